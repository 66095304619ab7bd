// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/Reply.h"

#include <QDateTime>

namespace minikmc::api {

/// `KalturaSessionInfo` (KALTURA-API.md §4.1). The KS itself is opaque to us; this is what the
/// server says about it.
struct SessionInfo {
    enum class Type { User = 0, Admin = 2 };

    qint64 partnerId = 0;
    QString userId;
    Type sessionType = Type::User;
    QDateTime expiry; ///< absolute, UTC
    QString privileges;

    /// Parses the object; returns false (and a reason) when a required field is missing.
    static bool fromJson(const QJsonValue &value, SessionInfo *info, QString *why);
};

/// `session.get(session?)`: describes the given KS, or the client's current one when empty.
/// Permission-gated on the server: a plain user KS may get SERVICE_FORBIDDEN.
class SessionGet final : public Reply {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SessionGet)

public:
    explicit SessionGet(const QString &session = {});
    /// Asks with an explicit KS instead of the client's (e.g. while the client's is renewed).
    SessionGet(const QString &session, const QString &ks);
    SessionInfo info() const { return m_info; }

protected:
    Error interpretResult(const QJsonValue &result) override;

private:
    SessionInfo m_info;
};

/// `session.startWidgetSession(widgetId)` → a USER KS for the anonymous user of a widget
/// (KALTURA-API.md §4.1); every partner has the widget "_{partnerId}". Needs no KS.
class SessionStartWidgetSession final : public Reply {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SessionStartWidgetSession)
public:
    explicit SessionStartWidgetSession(const QString &widgetId);
    QString ks() const { return m_ks; }

protected:
    Error interpretResult(const QJsonValue &result) override;

private:
    QString m_ks;
};

} // namespace minikmc::api
