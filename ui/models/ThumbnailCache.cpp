// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/ThumbnailCache.h"

#include "api/Client.h"
#include "assets/DeliveryUrls.h"

#include <QDateTime>
#include <QImage>
#include <QNetworkAccessManager>
#include <QNetworkDiskCache>
#include <QNetworkReply>
#include <QTimer>

#include <memory>

using namespace Qt::StringLiterals;

namespace minikmc::ui {

namespace {

// Pictures of a few screens of rows or tiles; the disk cache keeps the rest.
constexpr int kMemoryCacheKiB = 24 * 1024;
constexpr qint64 kDefaultDiskCacheBytes = 200LL * 1024 * 1024;
constexpr int kTransferTimeoutMs = 20000;

int costOf(const QImage &image)
{
    return std::max(1, int(image.sizeInBytes() / 1024));
}

} // namespace

ThumbnailCache::ThumbnailCache(api::Client *client, const QString &cacheDirectory, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_nam(new QNetworkAccessManager(this))
{
    m_memory.setMaxCost(kMemoryCacheKiB);
    if (!cacheDirectory.isEmpty()) {
        m_disk = new QNetworkDiskCache(this);
        m_disk->setCacheDirectory(cacheDirectory);
        m_disk->setMaximumCacheSize(kDefaultDiskCacheBytes);
    }
}

ThumbnailCache::~ThumbnailCache() = default;

void ThumbnailCache::setDevicePixelRatio(qreal ratio)
{
    if (ratio <= 0 || qFuzzyCompare(ratio, m_devicePixelRatio))
        return;
    m_devicePixelRatio = ratio;
    m_memory.clear(); // sizes in device pixels change
}

void ThumbnailCache::setMaximumDiskCacheSize(qint64 bytes)
{
    if (m_disk)
        m_disk->setMaximumCacheSize(bytes);
}

qint64 ThumbnailCache::diskCacheSize() const
{
    return m_disk ? m_disk->cacheSize() : 0;
}

void ThumbnailCache::clear()
{
    cancelQueued();
    m_memory.clear();
    m_failed.clear();
    if (m_disk)
        m_disk->clear();
}

void ThumbnailCache::forgetFailures()
{
    m_failed.clear();
}

void ThumbnailCache::cancelQueued()
{
    for (const Request &request : std::as_const(m_queue))
        m_waiting.remove(request.cacheKey);
    m_queue.clear();
}

QPixmap ThumbnailCache::thumbnail(
    const QString &key, const QString &thumbnailUrl, const QSize &size)
{
    if (thumbnailUrl.isEmpty() || size.isEmpty())
        return {};
    Request request;
    request.key = key;
    request.thumbnailUrl = thumbnailUrl;
    request.pixelSize = (QSizeF(size) * m_devicePixelRatio).toSize();
    request.cacheKey = assets::entryThumbnailUrl(
        thumbnailUrl, request.pixelSize.width(), request.pixelSize.height())
                           .toString();
    if (const QPixmap *cached = m_memory.object(request.cacheKey))
        return *cached;
    if (m_failed.contains(request.cacheKey))
        return {};
    auto waiting = m_waiting.find(request.cacheKey);
    if (waiting != m_waiting.end()) {
        if (!waiting->contains(key))
            waiting->append(key);
        // Asked again: it is on screen now, so it moves to the front of the queue.
        for (qsizetype i = 0; i < m_queue.size(); ++i) {
            if (m_queue.at(i).cacheKey == request.cacheKey) {
                m_queue.move(i, m_queue.size() - 1);
                break;
            }
        }
        return {};
    }
    m_waiting.insert(request.cacheKey, {key});
    m_queue.append(request);
    if (m_queue.size() > kMaxQueued)
        m_waiting.remove(m_queue.takeFirst().cacheKey);
    // Started on the next event-loop turn: rows painted in the same frame are queued first, and
    // the ones scrolled past meanwhile wait behind them.
    if (m_queue.size() == 1)
        QTimer::singleShot(0, this, &ThumbnailCache::startDownloads);
    return {};
}

void ThumbnailCache::startDownloads()
{
    while (!m_queue.isEmpty() && m_running < kMaxConcurrent) {
        const Request request = m_queue.takeLast();
        if (!loadFromDisk(request))
            download(request);
    }
}

bool ThumbnailCache::loadFromDisk(const Request &request)
{
    if (!m_disk)
        return false;
    const std::unique_ptr<QIODevice> data(m_disk->data(QUrl(request.cacheKey)));
    if (!data)
        return false;
    const QImage image = QImage::fromData(data->readAll());
    if (image.isNull()) {
        m_disk->remove(QUrl(request.cacheKey));
        return false;
    }
    ++m_stats.diskHits;
    remember(request, image);
    return true;
}

void ThumbnailCache::download(const Request &request)
{
    const QString ks = request.withKs || m_needsKs ? m_client->ks() : QString();
    QNetworkRequest networkRequest(assets::entryThumbnailUrl(request.thumbnailUrl,
        request.pixelSize.width(), request.pixelSize.height(), assets::ThumbnailFit::Crop, ks));
    networkRequest.setTransferTimeout(kTransferTimeoutMs);
    networkRequest.setAttribute(
        QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    networkRequest.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
    Request sent = request;
    sent.withKs = !ks.isEmpty();
    QNetworkReply *reply = m_nam->get(networkRequest);
    ++m_running;
    connect(reply, &QNetworkReply::finished, this, [this, reply, sent] {
        reply->deleteLater();
        --m_running;
        onFinished(reply, sent);
        startDownloads();
    });
}

void ThumbnailCache::onFinished(QNetworkReply *reply, Request request)
{
    const int deliveryError = assets::deliveryError(reply);
    if (deliveryError != 0 && !request.withKs && assets::deliveryErrorNeedsKs(deliveryError)
        && m_client->hasKs()) {
        // The account's access control wants a KS on delivery URLs: from now on every URL has one.
        m_needsKs = true;
        ++m_stats.retriedWithKs;
        request.withKs = true;
        download(request);
        return;
    }
    const QByteArray bytes = reply->error() == QNetworkReply::NoError && deliveryError == 0
        ? reply->readAll()
        : QByteArray();
    const QImage image = QImage::fromData(bytes);
    if (image.isNull()) {
        ++m_stats.failures;
        m_failed.insert(request.cacheKey);
        const QStringList keys = m_waiting.take(request.cacheKey);
        for (const QString &key : keys)
            Q_EMIT thumbnailReady(key);
        return;
    }
    ++m_stats.networkLoads;
    store(request, bytes);
    remember(request, image);
}

void ThumbnailCache::store(const Request &request, const QByteArray &bytes)
{
    if (!m_disk)
        return;
    QNetworkCacheMetaData metaData;
    metaData.setUrl(QUrl(request.cacheKey));
    metaData.setSaveToDisk(true);
    metaData.setLastModified(QDateTime::currentDateTimeUtc());
    QIODevice *device = m_disk->prepare(metaData);
    if (!device)
        return;
    device->write(bytes);
    m_disk->insert(device);
}

void ThumbnailCache::remember(const Request &request, const QImage &image)
{
    auto *pixmap = new QPixmap(QPixmap::fromImage(image));
    pixmap->setDevicePixelRatio(m_devicePixelRatio);
    m_memory.insert(request.cacheKey, pixmap, costOf(image));
    const QStringList keys = m_waiting.take(request.cacheKey);
    for (const QString &key : keys)
        Q_EMIT thumbnailReady(key);
}

} // namespace minikmc::ui
