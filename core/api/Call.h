// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/KalturaObject.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <chrono>

namespace minikmc::api {

/// A byte range of a local file sent as one multipart part (KALTURA-API.md §1.7). The bytes are
/// streamed from the file when the request is sent; they are never read into memory as a whole.
struct FilePart {
    QString fieldName = QStringLiteral("fileData"); ///< the action's file parameter
    QString filePath; ///< local file
    qint64 offset = 0; ///< first byte sent
    qint64 length = -1; ///< bytes sent; -1 = to the end of the file
    QString fileName; ///< filename= of the part; empty = the local file's name
    QByteArray contentType = QByteArrayLiteral("application/octet-stream");
};

/// One api_v3 action call as a value: service, action, parameters, optional file parts, and how
/// it may be sent (idempotent → may be retried on transient failures; timeout; with or without
/// the client's KS). Parameters are JSON values; nested objects are built with KalturaObject.
/// A null top-level value is omitted, because api_v3 honours `__null` only inside objects (§1.4).
class Call {
public:
    Call(const QString &service, const QString &action);

    QString service() const { return m_service; }
    QString action() const { return m_action; }
    /// "service.action" for logs and errors.
    QString name() const { return m_service + QLatin1Char('.') + m_action; }

    Call &set(const QString &name, const QJsonValue &value);
    Call &set(const QString &name, const KalturaObject &object);
    QJsonObject params() const { return m_params; }

    Call &addFile(const FilePart &part);
    QList<FilePart> files() const { return m_files; }

    /// Reads (get, list, ping …) are idempotent: the client may repeat them after a transient
    /// failure. Writes are not, unless the action is known to be safe to repeat.
    Call &setIdempotent(bool idempotent);
    bool isIdempotent() const { return m_idempotent; }

    /// Inactivity timeout: the call fails with a Timeout error when no byte moves for this long.
    /// Zero means the client's default.
    Call &setTimeout(std::chrono::milliseconds timeout);
    std::chrono::milliseconds timeout() const { return m_timeout; }

    /// Sends the call without the client's KS (session.start, startWidgetSession, ping …).
    Call &setWithoutKs(bool without = true);
    bool isWithoutKs() const { return m_withoutKs; }

private:
    QString m_service;
    QString m_action;
    QJsonObject m_params;
    QList<FilePart> m_files;
    bool m_idempotent = false;
    bool m_withoutKs = false;
    std::chrono::milliseconds m_timeout {0};
};

} // namespace minikmc::api
