// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/CallContext.h"

#include <QHash>
#include <QJsonValue>

#include <functional>

namespace sandbox {

class RequestLog;

/// Who may call an action.
enum class Access {
    Public, ///< no KS needed (a given KS is ignored)
    Session, ///< any valid KS (USER or ADMIN)
    Admin, ///< an ADMIN KS; a USER KS gets SERVICE_FORBIDDEN
};

using Handler = std::function<QJsonValue(CallContext &)>;

/// Routes api_v3 calls to handlers: single calls and multirequests (KALTURA-API.md §3), KS
/// checks, errors as KalturaAPIException results, and one request-log line per call.
class Dispatcher {
public:
    explicit Dispatcher(RequestLog &log);

    void add(const QString &service, const QString &action, Access access, Handler handler);

    /// Runs what one HTTP request asked for; the result is what the body must contain.
    QJsonValue handle(const QJsonObject &params, const QMap<QString, UploadedFile> &files,
        int httpSeq, const QString &serviceUrl);

    /// Resolves a KS to its session or throws INVALID_KS (with the server's KSID quirk).
    static Session resolveKs(const QString &ks);

private:
    struct Action {
        Access access;
        Handler handler;
    };
    QJsonValue runOne(const QString &service, const QString &action, const QJsonObject &params,
        const QMap<QString, UploadedFile> &files, int httpSeq, const QString &serviceUrl);
    QJsonValue runMulti(const QJsonObject &params, const QMap<QString, UploadedFile> &files,
        int httpSeq, const QString &serviceUrl);

    RequestLog &m_log;
    QHash<QString, QHash<QString, Action>> m_actions; ///< service → lower-case action → handler
};

} // namespace sandbox
