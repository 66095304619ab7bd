// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QString>

namespace minikmc::test {

class SandboxProcess;

/// One HTTP answer of the sandbox, with its body parsed as any JSON value.
struct Answer {
    int status = 0;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QByteArray contentType;
    QByteArray body;
    QJsonValue json; ///< undefined when the body is not JSON
    QHash<QByteArray, QByteArray> headers; ///< lower-case names

    /// The Kaltura error code when the answer is a KalturaAPIException, else "".
    QString code() const;
    QJsonObject object() const { return json.toObject(); }
};

/// Raw HTTP against a running kaltura-sandbox (QNAM on 127.0.0.1): api_v3 calls written by hand,
/// so that a test states exactly what goes on the wire, plus the /__sandbox/ test controls.
/// Blocking helpers for Qt Test functions (they spin an event loop while waiting).
class SandboxHttp {
public:
    explicit SandboxHttp(const SandboxProcess &sandbox);

    /// Waits (up to 60 s) for a reply and reads it; deletes the reply.
    Answer wait(QNetworkReply *reply);
    Answer get(const QString &path, const QList<QPair<QByteArray, QByteArray>> &headers = {});
    Answer postRaw(const QString &path, const QByteArray &contentType, const QByteArray &body);
    /// An api_v3 call as a JSON body (format=1 added) to /api_v3/service/S/action/A.
    Answer call(const QString &service, const QString &action, QJsonObject params = {});
    /// A multirequest of items (numbered from 1) with a top-level ks.
    Answer multi(const QString &ks, const QJsonArray &items);
    /// An api_v3 call as multipart: a `json` part with params (format=1 added) and one file part
    /// per (field name, file path).
    Answer upload(const QString &service, const QString &action, QJsonObject params,
        const QList<QPair<QString, QString>> &files);
    /// As upload(), without waiting: for calls that must overlap (wait() reads the answer).
    QNetworkReply *startUpload(const QString &service, const QString &action, QJsonObject params,
        const QList<QPair<QString, QString>> &files);

    /// session.start with the admin secret; type 0 USER, 2 ADMIN.
    QString startSession(int type, const QString &userId = QStringLiteral("editor"));
    /// What baseEntry.count answers for filter (-1 when it does not answer a number).
    qint64 entryCount(const QString &ks, const QJsonObject &filter);
    /// GET /__sandbox/uploads/<tokenId>: {"status","size","sha256"} of what the token received.
    QJsonObject uploadedCopy(const QString &tokenId);
    /// The id of the first entry baseEntry.list answers for filter ("" when none).
    QString firstEntryId(const QString &ks, const QJsonObject &filter);

    QJsonArray requestLog();
    void clearRequestLog();
    /// POST /__sandbox/faults; false when the sandbox refuses the body.
    bool faults(const QJsonObject &body);
    void clearFaults();

    QNetworkAccessManager &nam() { return m_nam; }
    QString url(const QString &path) const;

private:
    const SandboxProcess &m_sandbox;
    QNetworkAccessManager m_nam;
};

} // namespace minikmc::test
