// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCache>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPixmap>
#include <QSet>
#include <QSize>
#include <QString>
#include <QStringList>
#include <QUrl>

class QNetworkAccessManager;
class QNetworkDiskCache;
class QNetworkReply;

namespace minikmc::api {
class Client;
}

namespace minikmc::ui {

/// Entry thumbnails from the thumbnail API (KALTURA-API.md §9.2), fetched lazily and kept in
/// memory and on disk. Views ask for the thumbnail of a row when they paint it; the first ask
/// starts a download and returns a null pixmap, thumbnailReady() follows, and later asks are
/// answered from memory. Downloads run at most kMaxConcurrent at a time on their own connection
/// pool (so they never hold up api_v3 calls), newest request first: when the user scrolls fast,
/// the rows now on screen load before those scrolled past, and requests that waited longest are
/// dropped once kMaxQueued wait.
///
/// Thumbnail URLs carry the thumbnail version, so cached pictures never go stale. A URL is tried
/// without a KS first; when the account's access control refuses it, it is retried with the KS
/// and every later URL carries one. Pictures are cached under the URL without the KS, so that the
/// cache stays valid across sessions and never holds a secret.
class ThumbnailCache final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ThumbnailCache)

public:
    /// cacheDirectory empty: memory only.
    ThumbnailCache(api::Client *client, const QString &cacheDirectory, QObject *parent = nullptr);
    ~ThumbnailCache() override;

    /// The thumbnail at size (logical pixels, drawn crisp at devicePixelRatio()), or a null
    /// pixmap while it loads (thumbnailReady(key) follows) or when there is none.
    /// key identifies the picture to the caller (an entry id).
    QPixmap thumbnail(const QString &key, const QString &thumbnailUrl, const QSize &size);

    void setDevicePixelRatio(qreal ratio);
    qreal devicePixelRatio() const { return m_devicePixelRatio; }
    /// Largest size of the disk cache in bytes (default 200 MiB).
    void setMaximumDiskCacheSize(qint64 bytes);
    qint64 diskCacheSize() const;
    /// Forgets every picture, in memory and on disk, and every failure.
    void clear();
    /// Drops queued downloads (e.g. when the list shows another query); running ones finish.
    void cancelQueued();
    /// Pictures that failed are tried again when next asked for (e.g. after Refresh).
    void forgetFailures();

    /// Counters for tests and benchmarks.
    struct Stats {
        int networkLoads = 0; ///< downloads finished with a picture
        int diskHits = 0;
        int failures = 0;
        int retriedWithKs = 0;
    };
    Stats stats() const { return m_stats; }
    bool usesKs() const { return m_needsKs; }

    static constexpr int kMaxConcurrent = 4;
    static constexpr int kMaxQueued = 256;

Q_SIGNALS:
    /// The picture asked for under key is now available from thumbnail() (or failed for good).
    void thumbnailReady(const QString &key);

private:
    struct Request {
        QString key;
        QString cacheKey; ///< the URL without KS, as a string
        QString thumbnailUrl;
        QSize pixelSize;
        bool withKs = false;
    };

    void startDownloads();
    void download(const Request &request);
    void onFinished(QNetworkReply *reply, Request request);
    bool loadFromDisk(const Request &request);
    void store(const Request &request, const QByteArray &bytes);
    void remember(const Request &request, const QImage &image);

    api::Client *m_client;
    QNetworkAccessManager *m_nam;
    QNetworkDiskCache *m_disk = nullptr;
    QCache<QString, QPixmap> m_memory; ///< cost: KiB
    QHash<QString, QStringList> m_waiting; ///< cache key → caller keys (queued or running)
    QList<Request> m_queue; ///< newest last
    int m_running = 0;
    QSet<QString> m_failed; ///< cache keys
    qreal m_devicePixelRatio = 1.0;
    bool m_needsKs = false;
    Stats m_stats;
};

} // namespace minikmc::ui
