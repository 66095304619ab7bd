// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/Error.h"

#include <QElapsedTimer>
#include <QFile>
#include <QObject>
#include <QPointer>
#include <QUrl>

class QNetworkReply;
class QTimer;

namespace minikmc::api {
class Client;
class Reply;
} // namespace minikmc::api

namespace minikmc::assets {

/// Downloads a flavor's file (KALTURA-API.md §8.1 flavorAsset.getUrl → §9.3 serveFlavor) to a
/// local file, streamed to disk: bytes go to `FILE.part` as they arrive and the file gets its
/// name only when it is complete (its size checked against the server's). An interrupted
/// transfer resumes where it stopped with an HTTP Range request, after a short pause, also
/// across runs (a `.part` left behind is continued). Then exactly one of finished() or failed().
class FlavorDownload final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FlavorDownload)

public:
    FlavorDownload(api::Client *client, const QString &flavorId, const QString &filePath,
        QObject *parent = nullptr);
    ~FlavorDownload() override;

    void start();
    /// Stops; the `.part` file stays so that a later start() continues it.
    void cancel();

    QString filePath() const { return m_filePath; }
    QString partPath() const { return m_filePath + QStringLiteral(".part"); }
    qint64 received() const { return m_received; }
    qint64 total() const { return m_total; }
    /// How many times the transfer was resumed after an interruption.
    int resumes() const { return m_resumes; }

    static constexpr int kMaxAttempts = 8;

Q_SIGNALS:
    /// bytesPerSecond over the last seconds; total is -1 until the server says.
    void progress(qint64 received, qint64 total, double bytesPerSecond);
    void finished();
    void failed(const minikmc::api::Error &error);

private:
    void fetch();
    /// Writes what the reply has to the .part file; false when the disk refused it.
    bool drain(QNetworkReply *reply);
    void onFinished();
    /// The .part file is whole: it gets the file's name.
    void complete();
    void retryLater(const api::Error &error);
    void fail(const api::Error &error);

    api::Client *m_client;
    QString m_flavorId;
    QString m_filePath;
    QUrl m_url;
    QFile m_part;
    QPointer<api::Reply> m_urlReply;
    QPointer<QNetworkReply> m_reply;
    QTimer *m_retryTimer;
    qint64 m_received = 0;
    qint64 m_total = -1;
    int m_attempt = 0;
    int m_resumes = 0;
    bool m_done = false;
    QElapsedTimer m_speedClock;
    qint64 m_speedBase = 0;
    double m_bytesPerSecond = 0;
};

} // namespace minikmc::assets
