// SPDX-License-Identifier: GPL-3.0-or-later
// Ingest, like Kaltura's batch jobs: one background worker probes sources with ffprobe, makes
// the web flavor with ffmpeg and captures thumbnails (KALTURA-API.md §7.2, §8). The database is
// touched only under Store::apiLock(), never while ffmpeg runs; since the user may delete an
// entry or asset meanwhile, a job re-reads its rows after every slow step and writes its results
// onto the fresh rows, or stops when they are gone. Unfinished work is found again
// at the next start (resume()): pending ingests are settings rows "ingest.pending.<entryId>",
// flavors and thumbnails carry their own status.
#include "ingest/Ingest.h"

#include "api/Params.h"
#include "delivery/Images.h"
#include "ingest/Ffmpeg.h"
#include "store/Assets.h"
#include "store/Entries.h"
#include "store/Store.h"

#include <QBuffer>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QImageReader>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>
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

void markPending(const QString &entryId, const QString &sourcePath, EntryStatus status)
{
    if (status == EntryStatus::Import)
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

/// The entry exists and is not DELETED.
bool entryAlive(const QString &entryId)
{
    const auto entry = assets::entryRef(entryId);
    return entry && entry->status != entries::Deleted;
}

/// A job's flavor / thumbnail as it is now, nullopt when it was deleted meanwhile.
std::optional<assets::Flavor> liveFlavor(const QString &id)
{
    auto f = assets::flavor(id);
    return f && f->status != assets::Deleted ? f : std::nullopt;
}

std::optional<assets::Thumb> liveThumb(const QString &id)
{
    auto t = assets::thumb(id);
    return t && t->status != assets::Deleted ? t : std::nullopt;
}

/// The flavor (unless deleted meanwhile) and the entry end in error.
void fail(const QString &entryId, const QString &flavorId, const QString &why)
{
    if (auto flavor = liveFlavor(flavorId)) {
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

/// The dimensions a JPEG's header states (decoded outside the api lock).
QSize jpegSize(const QByteArray &jpeg)
{
    QBuffer buffer;
    buffer.setData(jpeg);
    return QImageReader(&buffer, "jpeg").size();
}

/// Stores a JPEG (of the given size) as the thumbnail's file and marks it READY.
void storeThumb(assets::Thumb &t, const QByteArray &jpeg, QSize size)
{
    t.filePath = assets::entryDir(t.entryId) + u'/' + t.id + u".jpg"_s;
    QFile file(t.filePath);
    file.open(QIODevice::WriteOnly);
    file.write(jpeg);
    t.sizeBytes = jpeg.size();
    t.width = size.width();
    t.height = size.height();
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
    const QSize size = jpegSize(jpeg);
    Lock lock(Store::apiLock());
    if (!entryAlive(entry.id))
        return;
    assets::Thumb t;
    t.entryId = entry.id;
    t.partnerId = entry.partnerId;
    t.status = assets::Converting;
    t.tags = QString::fromLatin1(assets::kDefaultThumbTag);
    assets::insert(t);
    storeThumb(t, jpeg, size);
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

/// Makes (or re-makes) a web flavor file from the source and gives the flavor that version;
/// false when stopping or when the flavor or its entry was deleted meanwhile.
bool convert(const assets::Flavor &web, const QString &source, bool withVideo)
{
    const QString target = assets::entryDir(web.entryId) + u'/' + web.id + u".mp4"_s;
    QString error;
    const bool made = ffmpeg::makeWebFlavor(source, target, withVideo, &error);
    const ffmpeg::MediaInfo info = made ? ffmpeg::probe(target) : ffmpeg::MediaInfo();
    if (g_stopping)
        return false;
    Lock lock(Store::apiLock());
    auto fresh = liveFlavor(web.id);
    if (!fresh || !entryAlive(web.entryId))
        return false;
    if (!made || !info.ok) {
        fail(web.entryId, web.id, made ? info.error : error);
        return true;
    }
    setFacts(*fresh, info, target);
    fresh->version = web.version;
    fresh->status = assets::Ready;
    assets::save(*fresh);
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
    if (!entryAlive(entry.id)) {
        clearPending(entry.id);
        return;
    }
    if (!readable) {
        fail(entry.id, {}, {});
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

/// The probed source flavor READY and the web flavor CONVERTING; nullopt when the entry was
/// deleted meanwhile or the source is not media.
std::optional<assets::Flavor> startConversion(
    const assets::EntryRef &entry, const QString &sourceId, const ffmpeg::MediaInfo &info)
{
    if (!entryAlive(entry.id)) {
        clearPending(entry.id);
        return std::nullopt;
    }
    if (!info.ok) {
        fail(entry.id, sourceId, info.error);
        return std::nullopt;
    }
    if (auto source = liveFlavor(sourceId)) {
        setFacts(*source, info, source->filePath);
        source->status = assets::Ready;
        assets::save(*source);
    }
    entries::setMediaFacts(entry.id, info.durationMs, info.width, info.height);
    // New content walks IMPORT → PRECONVERT; an entry that keeps its status keeps it.
    entries::setStatusIf(entry.id, {entries::Import}, entries::Preconvert);
    assets::Flavor web = webFlavorRow(entry);
    web.status = assets::Converting;
    assets::save(web);
    return web;
}

void ingestMedia(const assets::EntryRef &entry, const QString &sourcePath)
{
    QString sourceId;
    {
        Lock lock(Store::apiLock());
        if (!entryAlive(entry.id)) {
            clearPending(entry.id);
            return;
        }
        assets::Flavor source = sourceFlavorRow(entry, sourcePath);
        assets::save(source);
        sourceId = source.id;
    }
    const ffmpeg::MediaInfo info = ffmpeg::probe(sourcePath);
    if (g_stopping)
        return;
    const bool withVideo = info.hasVideo && entry.mediaType != kAudioMediaType;
    std::optional<assets::Flavor> web;
    {
        Lock lock(Store::apiLock());
        web = startConversion(entry, sourceId, info);
    }
    if (!web)
        return;
    if (withVideo)
        captureDefaultThumb(entry, sourcePath, info.durationMs);
    if (g_stopping)
        return;
    convert(*web, sourcePath, withVideo);
    if (g_stopping)
        return;
    Lock lock(Store::apiLock());
    // READY unless the conversion failed (a web flavor deleted meanwhile leaves the source);
    // setStatus() leaves an entry deleted meanwhile deleted.
    const auto now = liveFlavor(web->id);
    if (!now || now->status == assets::Ready)
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
    if (!web || !source || !entry || web->status == assets::Deleted
        || entry->status == entries::Deleted)
        return;
    const bool withVideo = source->width > 0 && entry->mediaType != kAudioMediaType;
    ++web->version;
    convert(*web, source->filePath, withVideo);
}

/// The shape the KalturaThumbParams of generate ask for; form and multipart calls give its
/// numbers as strings.
images::Geometry geometryOf(const QJsonObject &p)
{
    const auto value = [&p](const QString &key, qint64 fallback) {
        return params::integer(p, key).value_or(fallback);
    };
    images::Geometry g;
    g.width = images::boundedSide(value(u"width"_s, 0));
    g.height = images::boundedSide(value(u"height"_s, 0));
    g.type = int(std::clamp<qint64>(value(u"cropType"_s, 1), 1, 5));
    const QString bg = params::string(p, u"backgroundColor"_s).value_or(QString());
    if (!bg.isEmpty())
        g.background = QColor(u'#' + bg.right(6));
    g.source = QRect(images::boundedCoordinate(value(u"cropX"_s, 0)),
        images::boundedCoordinate(value(u"cropY"_s, 0)),
        images::boundedCoordinate(value(u"cropWidth"_s, 0)),
        images::boundedCoordinate(value(u"cropHeight"_s, 0)));
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
    double seconds = params::number(p, u"videoOffset"_s).value_or(0);
    if (const auto percent = params::number(p, u"videoOffsetInPercentage"_s))
        seconds = msDuration * *percent / 100000.0;
    const QImage frame = QImage::fromData(ffmpeg::frameAt(source, seconds));
    if (g_stopping)
        return;
    // Shaped and encoded before taking the lock: image work is slow.
    QImage shaped;
    QByteArray jpeg;
    if (!frame.isNull()) {
        const qint64 quality = params::integer(p, u"quality"_s).value_or(0);
        shaped = images::shape(frame, geometryOf(p));
        jpeg = images::jpeg(shaped, quality > 0 && quality <= 100 ? int(quality) : 75);
    }
    Lock lock(Store::apiLock());
    thumb = liveThumb(thumbId);
    if (!thumb)
        return;
    if (jpeg.isEmpty()) {
        thumb->status = assets::Error;
        thumb->description = u"No frame at %1 seconds"_s.arg(seconds);
        assets::save(*thumb);
        return;
    }
    storeThumb(*thumb, jpeg, shaped.size());
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

void enqueue(const QString &entryId, const QString &sourcePath, EntryStatus status)
{
    markPending(entryId, sourcePath, status);
    worker().push({Job::Ingest, entryId, sourcePath});
}

void ingestNow(const QString &entryId, const QString &sourcePath)
{
    markPending(entryId, sourcePath, EntryStatus::Import);
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
