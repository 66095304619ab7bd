// SPDX-License-Identifier: GPL-3.0-or-later
// Ingest, like Kaltura's batch jobs: one background worker probes sources with ffprobe, makes
// the web flavor with ffmpeg and captures thumbnails (KALTURA-API.md §7.2, §8). The database is
// touched only under Store::apiLock(), never while ffmpeg runs. Unfinished work is found again
// at the next start (resume()): pending ingests are settings rows "ingest.pending.<entryId>",
// flavors and thumbnails carry their own status.
#include "ingest/Ingest.h"

#include "delivery/Images.h"
#include "ingest/Ffmpeg.h"
#include "store/Assets.h"
#include "store/Entries.h"
#include "store/Store.h"

#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QImageReader>
#include <QSqlQuery>
#include <QVariant>

#include <atomic>
#include <condition_variable>
#include <deque>
#include <mutex>
#include <thread>

using namespace Qt::StringLiterals;

namespace sandbox::ingest {

namespace {

constexpr int kAudioMediaType = 5;
constexpr int kImageMediaType = 2;
const QString kPendingPrefix = u"ingest.pending."_s;

std::atomic<bool> g_stopping {false};

struct Job {
    enum Kind { Ingest, Reconvert, Capture } kind;
    QString id; ///< entry, flavor or thumbnail id
    QString path; ///< Ingest: the source file
};

using Lock = std::lock_guard<std::mutex>;

// --- bookkeeping --------------------------------------------------------------------------

void markPending(const QString &entryId, const QString &sourcePath)
{
    entries::setStatus(entryId, entries::Import);
    Store::setSetting(kPendingPrefix + entryId, sourcePath);
}

void clearPending(const QString &entryId)
{
    QSqlQuery q(Store::db());
    q.prepare(u"DELETE FROM settings WHERE key = ?"_s);
    q.addBindValue(kPendingPrefix + entryId);
    execOrThrow(q);
}

void fail(const QString &entryId, assets::Flavor *flavor, const QString &why)
{
    if (flavor) {
        flavor->status = assets::Error;
        flavor->description = why;
        assets::save(*flavor);
    }
    entries::setStatus(entryId, entries::ErrorConverting);
    clearPending(entryId);
}

void setFacts(assets::Flavor &f, const ffmpeg::MediaInfo &info, const QString &path)
{
    f.sizeBytes = QFileInfo(path).size();
    f.width = info.width;
    f.height = info.height;
    f.bitrate = info.bitrateKbps;
    f.frameRate = info.frameRate;
    f.containerFormat = info.container;
    f.videoCodecId = info.videoCodec;
    f.fileExt = info.container;
    f.isWeb = info.isWeb();
    f.filePath = path;
}

/// Stores a JPEG as the thumbnail's file and marks it READY.
void storeThumb(assets::Thumb &t, const QByteArray &jpeg)
{
    t.filePath = assets::entryDir(t.entryId) + u'/' + t.id + u".jpg"_s;
    QFile file(t.filePath);
    file.open(QIODevice::WriteOnly);
    file.write(jpeg);
    const QImage image = QImage::fromData(jpeg);
    t.sizeBytes = jpeg.size();
    t.width = image.width();
    t.height = image.height();
    t.fileExt = u"jpg"_s;
    t.status = assets::Ready;
    assets::save(t);
}

// --- the jobs -----------------------------------------------------------------------------

/// A frame of the source as the entry's default thumbnail, unless it already has one (a
/// thumbnail the user added, or this job's own before a restart).
void captureDefaultThumb(const assets::EntryRef &entry, const QString &source, qint64 msDuration)
{
    {
        Lock lock(Store::apiLock());
        if (assets::defaultThumb(entry.id))
            return;
    }
    const QByteArray jpeg = ffmpeg::frameAt(source, qMin(3.0, msDuration / 2000.0));
    if (jpeg.isEmpty())
        return;
    Lock lock(Store::apiLock());
    assets::Thumb t;
    t.entryId = entry.id;
    t.partnerId = entry.partnerId;
    t.status = assets::Converting;
    t.tags = QString::fromLatin1(assets::kDefaultThumbTag);
    assets::insert(t);
    storeThumb(t, jpeg);
    entries::bumpThumbVersion(entry.id);
}

assets::Flavor webFlavorRow(const assets::EntryRef &entry)
{
    auto web = assets::flavorByParams(entry.id, assets::kWebFlavorParamsId);
    if (web) {
        // New content for an entry that had some: a new version of the file (new URLs).
        if (web->status == assets::Ready)
            ++web->version;
        return *web;
    }
    assets::Flavor f;
    f.entryId = entry.id;
    f.partnerId = entry.partnerId;
    f.flavorParamsId = assets::kWebFlavorParamsId;
    f.tags = QString::fromLatin1(assets::kWebFlavorTags);
    f.status = assets::Queued;
    assets::insert(f);
    return f;
}

/// Makes (or re-makes) a web flavor file from the source; false when stopping.
bool convert(assets::Flavor web, const QString &source, bool withVideo)
{
    const QString target = assets::entryDir(web.entryId) + u'/' + web.id + u".mp4"_s;
    QString error;
    const bool made = ffmpeg::makeWebFlavor(source, target, withVideo, &error);
    const ffmpeg::MediaInfo info = made ? ffmpeg::probe(target) : ffmpeg::MediaInfo();
    if (g_stopping)
        return false;
    Lock lock(Store::apiLock());
    if (!made || !info.ok) {
        fail(web.entryId, &web, made ? info.error : error);
        return true;
    }
    setFacts(web, info, target);
    web.status = assets::Ready;
    assets::save(web);
    return true;
}

void ingestImage(const assets::EntryRef &entry, const QString &sourcePath)
{
    QImageReader reader(sourcePath);
    const QSize size = reader.size();
    const QString format = QString::fromLatin1(reader.format());
    // The image is the entry's data (raw/) and its default thumbnail.
    const QString data = assets::entryDir(entry.id) + u"/data"_s;
    const bool readable = reader.canRead() && size.isValid();
    if (readable && sourcePath != data) {
        QFile::remove(data);
        if (!QFile::rename(sourcePath, data))
            QFile::copy(sourcePath, data);
    }
    Lock lock(Store::apiLock());
    if (!readable) {
        fail(entry.id, nullptr, {});
        return;
    }
    if (!assets::defaultThumb(entry.id)) {
        assets::Thumb t;
        t.entryId = entry.id;
        t.partnerId = entry.partnerId;
        t.status = assets::Ready;
        t.tags = QString::fromLatin1(assets::kDefaultThumbTag);
        t.fileExt = format == u"jpeg"_s ? u"jpg"_s : format;
        t.filePath = data;
        t.sizeBytes = QFileInfo(data).size();
        t.width = size.width();
        t.height = size.height();
        assets::insert(t);
        entries::bumpThumbVersion(entry.id);
    }
    entries::setMediaFacts(entry.id, 0, size.width(), size.height());
    entries::setStatus(entry.id, entries::Ready);
    clearPending(entry.id);
}

/// The source flavor (a row the upload may have made already), pointing at the source file.
assets::Flavor sourceFlavorRow(const assets::EntryRef &entry, const QString &sourcePath)
{
    assets::Flavor f = assets::flavorByParams(entry.id, 0).value_or(assets::Flavor());
    if (f.status == assets::Ready && f.filePath != sourcePath)
        ++f.version; // replaced content
    if (f.id.isEmpty()) {
        f.entryId = entry.id;
        f.partnerId = entry.partnerId;
        f.status = assets::Importing;
        f.isOriginal = true;
        assets::insert(f);
    }
    f.filePath = sourcePath;
    f.isOriginal = true;
    f.sizeBytes = QFileInfo(sourcePath).size();
    f.fileExt = QFileInfo(sourcePath).suffix().toLower();
    return f;
}

void ingestMedia(const assets::EntryRef &entry, const QString &sourcePath)
{
    assets::Flavor source;
    {
        Lock lock(Store::apiLock());
        source = sourceFlavorRow(entry, sourcePath);
        assets::save(source);
    }
    const ffmpeg::MediaInfo info = ffmpeg::probe(sourcePath);
    if (g_stopping)
        return;
    const bool withVideo = info.hasVideo && entry.mediaType != kAudioMediaType;
    assets::Flavor web;
    {
        Lock lock(Store::apiLock());
        if (!info.ok) {
            fail(entry.id, &source, info.error);
            return;
        }
        setFacts(source, info, sourcePath);
        source.status = assets::Ready;
        assets::save(source);
        entries::setMediaFacts(entry.id, info.durationMs, info.width, info.height);
        entries::setStatus(entry.id, entries::Preconvert);
        web = webFlavorRow(entry);
        web.status = assets::Converting;
        assets::save(web);
    }
    if (withVideo)
        captureDefaultThumb(entry, sourcePath, info.durationMs);
    if (g_stopping || !convert(web, sourcePath, withVideo))
        return;
    Lock lock(Store::apiLock());
    const auto now = assets::flavor(web.id);
    if (now && now->status == assets::Ready)
        entries::setStatus(entry.id, entries::Ready);
    clearPending(entry.id);
}

void runIngest(const QString &entryId, const QString &sourcePath)
{
    std::optional<assets::EntryRef> entry;
    {
        Lock lock(Store::apiLock());
        entry = assets::entryRef(entryId);
        if (!entry || entry->status == entries::Deleted) {
            clearPending(entryId);
            return;
        }
    }
    // A restart after the image was moved into place finds it there.
    const QString dataPath = assets::entryDir(entryId) + u"/data"_s;
    const QString path = QFile::exists(sourcePath) ? sourcePath : dataPath;
    if (entry->mediaType == kImageMediaType)
        ingestImage(*entry, path);
    else
        ingestMedia(*entry, path);
}

void runReconvert(const QString &flavorId)
{
    std::optional<assets::Flavor> web;
    std::optional<assets::Flavor> source;
    std::optional<assets::EntryRef> entry;
    {
        Lock lock(Store::apiLock());
        web = assets::flavor(flavorId);
        if (web) {
            source = assets::flavorByParams(web->entryId, 0);
            entry = assets::entryRef(web->entryId);
        }
    }
    if (!web || !source || !entry || web->status == assets::Deleted)
        return;
    const bool withVideo = source->width > 0 && entry->mediaType != kAudioMediaType;
    ++web->version;
    convert(*web, source->filePath, withVideo);
}

images::Geometry geometryOf(const QJsonObject &p)
{
    images::Geometry g;
    g.width = int(p.value(u"width"_s).toDouble());
    g.height = int(p.value(u"height"_s).toDouble());
    g.type = qBound(1, int(p.value(u"cropType"_s).toDouble(1)), 5);
    const QString bg = p.value(u"backgroundColor"_s).toString();
    if (!bg.isEmpty())
        g.background = QColor(u'#' + bg.right(6));
    g.source = QRect(int(p.value(u"cropX"_s).toDouble()), int(p.value(u"cropY"_s).toDouble()),
        int(p.value(u"cropWidth"_s).toDouble()), int(p.value(u"cropHeight"_s).toDouble()));
    return g;
}

/// The flavor a generated thumbnail is captured from: the one generate named, else the web
/// flavor when it is ready, else the source.
QString frameSource(const assets::Thumb &t)
{
    const QString wanted = t.params.value(u"sourceAssetId"_s).toString();
    if (!wanted.isEmpty())
        return assets::flavor(wanted).value_or(assets::Flavor()).filePath;
    const auto web = assets::flavorByParams(t.entryId, assets::kWebFlavorParamsId);
    if (web && web->status == assets::Ready)
        return web->filePath;
    return assets::flavorByParams(t.entryId, 0).value_or(assets::Flavor()).filePath;
}

void runCapture(const QString &thumbId)
{
    std::optional<assets::Thumb> thumb;
    QString source;
    qint64 msDuration = 0;
    {
        Lock lock(Store::apiLock());
        thumb = assets::thumb(thumbId);
        if (!thumb || thumb->status == assets::Deleted)
            return;
        source = frameSource(*thumb);
        msDuration = assets::entryRef(thumb->entryId).value_or(assets::EntryRef()).msDuration;
        thumb->status = assets::Converting; // CAPTURING
        assets::save(*thumb);
    }
    const QJsonObject &p = thumb->params;
    double seconds = p.value(u"videoOffset"_s).toDouble();
    if (p.contains(u"videoOffsetInPercentage"_s))
        seconds = msDuration * p.value(u"videoOffsetInPercentage"_s).toDouble() / 100000.0;
    const QImage frame = QImage::fromData(ffmpeg::frameAt(source, seconds));
    if (g_stopping)
        return;
    Lock lock(Store::apiLock());
    if (frame.isNull()) {
        thumb->status = assets::Error;
        thumb->description = u"No frame at %1 seconds"_s.arg(seconds);
        assets::save(*thumb);
        return;
    }
    const int quality = p.value(u"quality"_s).toInt(75);
    storeThumb(
        *thumb, images::jpeg(images::shape(frame, geometryOf(p)), quality > 0 ? quality : 75));
    if (thumb->isDefault()) {
        assets::makeDefault(*thumb);
        entries::bumpThumbVersion(thumb->entryId);
    }
}

void run(const Job &job)
{
    switch (job.kind) {
    case Job::Ingest:
        runIngest(job.id, job.path);
        break;
    case Job::Reconvert:
        runReconvert(job.id);
        break;
    case Job::Capture:
        runCapture(job.id);
        break;
    }
}

/// One background thread working through the jobs in order (ffmpeg already uses both cores).
class Worker {
public:
    void push(Job job)
    {
        Lock lock(m_mutex);
        if (g_stopping)
            return;
        m_queue.push_back(std::move(job));
        if (!m_thread.joinable())
            m_thread = std::thread([this] { loop(); });
        m_wake.notify_one();
    }

    void stop()
    {
        {
            Lock lock(m_mutex);
            g_stopping = true;
        }
        m_wake.notify_all();
        ffmpeg::stopAll();
        if (m_thread.joinable())
            m_thread.join();
    }

private:
    void loop()
    {
        for (;;) {
            Job job;
            {
                std::unique_lock lock(m_mutex);
                m_wake.wait(lock, [this] { return g_stopping || !m_queue.empty(); });
                if (g_stopping)
                    return;
                job = m_queue.front();
                m_queue.pop_front();
            }
            try {
                run(job);
            } catch (const std::exception &e) {
                qWarning("sandbox: ingest job for %s failed: %s", qPrintable(job.id), e.what());
            }
        }
    }

    std::mutex m_mutex;
    std::condition_variable m_wake;
    std::deque<Job> m_queue;
    std::thread m_thread;
};

// Never destroyed: a thread still running at exit must not meet a destroyed std::thread.
Worker &worker()
{
    static Worker *w = new Worker;
    return *w;
}

/// Ids of rows in a status that means "a job was running" (flavors other than the source being
/// converted, thumbnails waiting for their frame).
QStringList unfinished(const QString &table, const QString &where)
{
    QSqlQuery q(Store::db());
    q.exec(u"SELECT id FROM %1 WHERE %2"_s.arg(table, where));
    QStringList ids;
    while (q.next())
        ids.append(q.value(0).toString());
    return ids;
}

} // namespace

void enqueue(const QString &entryId, const QString &sourcePath)
{
    markPending(entryId, sourcePath);
    worker().push({Job::Ingest, entryId, sourcePath});
}

void ingestNow(const QString &entryId, const QString &sourcePath)
{
    markPending(entryId, sourcePath);
    runIngest(entryId, sourcePath);
}

void reconvert(const QString &flavorAssetId)
{
    worker().push({Job::Reconvert, flavorAssetId, {}});
}

void capture(const QString &thumbAssetId)
{
    worker().push({Job::Capture, thumbAssetId, {}});
}

void resume()
{
    Lock lock(Store::apiLock()); // the worker may start on the first job meanwhile
    QSqlQuery q(Store::db());
    q.prepare(u"SELECT key, value FROM settings WHERE key LIKE ?"_s);
    q.addBindValue(kPendingPrefix + u'%');
    execOrThrow(q);
    QStringList pendingEntries;
    while (q.next()) {
        const QString entryId = q.value(0).toString().mid(kPendingPrefix.size());
        pendingEntries.append(entryId);
        worker().push({Job::Ingest, entryId, q.value(1).toString()});
    }
    // Conversions of pending entries are redone by their ingest.
    for (const QString &id :
        unfinished(u"flavor_asset"_s, u"flavor_params_id != 0 AND status IN (0, 1)"_s)) {
        const auto f = assets::flavor(id);
        if (f && !pendingEntries.contains(f->entryId))
            reconvert(id);
    }
    for (const QString &id : unfinished(u"thumb_asset"_s, u"status IN (0, 1)"_s))
        capture(id);
}

void shutdown()
{
    worker().stop();
}

} // namespace sandbox::ingest
