// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/Params.h"

#include <QJsonObject>
#include <QMap>

#include <optional>

namespace sandbox {

/// A valid KS as the server knows it (KALTURA-API.md §4).
struct Session {
    QString ks;
    qint64 partnerId = 0;
    int type = 0; ///< 0 USER, 2 ADMIN
    QString userId;
    qint64 expiry = 0; ///< absolute unix seconds
    QString privileges;
    bool isAdmin() const { return type == 2; }
};

/// What a handler sees of one api_v3 call.
struct CallContext {
    QString service; ///< lower-case
    QString action;
    QJsonObject params;
    QMap<QString, UploadedFile> files;
    std::optional<Session> session; ///< set when the action needs a KS
    QString serviceUrl; ///< http://127.0.0.1:PORT

    /// The parameter as a string, or MISSING_MANDATORY_PARAMETER.
    QString requireString(const QString &name) const;
    const Session &requireSession() const;
};

} // namespace sandbox
