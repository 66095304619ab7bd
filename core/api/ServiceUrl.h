// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QUrl>

namespace minikmc::api {

/// The base URL of a Kaltura deployment, normalised once so that every part of the app builds the
/// same endpoints from it. Accepts `https://host`, `https://host/`, `https://host/api_v3` and
/// `https://host/api_v3/` (and a path prefix before /api_v3 for self-hosted installs); a missing
/// scheme means https. The normalised base has no trailing slash and no `/api_v3`.
class ServiceUrl {
    Q_DECLARE_TR_FUNCTIONS(minikmc::api::ServiceUrl)

public:
    ServiceUrl() = default;

    /// Parses user input; on failure returns an invalid ServiceUrl and sets *error to a sentence an
    /// editor understands.
    static ServiceUrl fromUserInput(const QString &input, QString *error = nullptr);

    bool isValid() const { return m_base.isValid() && !m_base.isEmpty(); }
    /// e.g. https://www.kaltura.com or http://127.0.0.1:8080/kaltura
    QUrl base() const { return m_base; }
    QString toString() const { return m_base.toString(); }
    /// `{base}/api_v3/service/{service}/action/{action}`; service is sent lower-case like the
    /// official clients do (the server lower-cases it anyway, KALTURA-API.md §1.1).
    QUrl actionUrl(const QString &service, const QString &action) const;
    /// `{base}/api_v3/service/multirequest`
    QUrl multiRequestUrl() const;
    /// True when the host is a loopback address or `localhost`.
    bool isLoopback() const;

    bool operator==(const ServiceUrl &o) const { return m_base == o.m_base; }

private:
    QUrl m_base;
};

} // namespace minikmc::api
