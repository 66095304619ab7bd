// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace httplib {
class Server;
}

namespace sandbox {

/// GET /__sandbox/uploads/<tokenId> (loopback only): {"status","size","sha256"} of the bytes the
/// token received, still answered after an entry consumed the token.
void addUploadsControl(httplib::Server &server);

} // namespace sandbox
