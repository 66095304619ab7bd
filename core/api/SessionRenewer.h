// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace minikmc::api {

/// Gets a new KS when the server stops accepting the current one (KALTURA-API.md §4.4:
/// INVALID_KS, including its expired form). Installed on a Client with setSessionRenewer().
///
/// The Client asks for at most one renewal at a time: calls that fail with a session problem,
/// and calls started meanwhile, wait for it and are then sent again with the new KS (each call
/// at most once). The renewer does its work with calls marked Call::setWithoutKs() (they carry
/// their own credentials and never wait), sets the new KS with Client::setKs() and then calls
/// Client::finishSessionRenewal() — with the Error that stopped it if it failed, in which case
/// the waiting calls fail with that error.
class SessionRenewer {
public:
    virtual ~SessionRenewer() = default;
    virtual void renewSession() = 0;
};

} // namespace minikmc::api
