// SPDX-License-Identifier: GPL-3.0-or-later
// The thumbnail API (KALTURA-API.md §9.2) and thumbAsset.serve (§8.2). Every image is made
// once per set of parameters and kept on disk (images::cached). An entry without a thumbnail of
// its own (no content yet, still importing, audio, or one of the --seed N entries without media)
// gets a picture derived from its id, where the real server shows a generic placeholder.
#include "api/ApiError.h"
#include "api/Dispatcher.h"
#include "delivery/DeliveryUtil.h"
#include "delivery/Images.h"
#include "http/HttpUtil.h"
#include "ingest/Ffmpeg.h"
#include "store/Store.h"

#include <QFile>
#include <QRegularExpression>

#include <httplib.h>

using namespace Qt::StringLiterals;

namespace sandbox::delivery {

namespace {

constexpr int kVideo = 1;
constexpr int kDefaultQuality = 75;

int intParam(const Request &r, const QString &name, int fallback)
{
    bool ok = false;
    const int v = r.param(name).toInt(&ok);
    return ok ? v : fallback;
}

images::Geometry geometryOf(const Request &r)
{
    images::Geometry g;
    const auto side
        = [&r](const QString &name) { return images::boundedSide(intParam(r, name, -1)); };
    const auto coordinate
        = [&r](const QString &name) { return images::boundedCoordinate(intParam(r, name, 0)); };
    g.width = side(u"width"_s);
    g.height = side(u"height"_s);
    g.type = qBound(1, intParam(r, u"type"_s, 1), 5);
    const QString bg = r.param(u"bgcolor"_s);
    if (QRegularExpression(u"^[0-9a-fA-F]{6}$"_s).match(bg).hasMatch())
        g.background = QColor(u'#' + bg);
    g.source = QRect(coordinate(u"src_x"_s), coordinate(u"src_y"_s), coordinate(u"src_w"_s),
        coordinate(u"src_h"_s));
    g.relative = QSize(side(u"rel_width"_s), side(u"rel_height"_s));
    return g;
}

/// Everything that changes the picture, for the cache key.
QString geometryKey(const images::Geometry &g, int quality)
{
    return u"%1x%2/t%3/%4/%5,%6,%7,%8/%9x%10/q%11"_s.arg(g.width)
        .arg(g.height)
        .arg(g.type)
        .arg(g.background.name())
        .arg(g.source.x())
        .arg(g.source.y())
        .arg(g.source.width())
        .arg(g.source.height())
        .arg(g.relative.width())
        .arg(g.relative.height())
        .arg(quality);
}

/// Where the picture comes from, decided under the lock; made outside it.
struct Source {
    QString key;
    std::function<QImage()> load;
};

Source frameSource(const assets::EntryRef &entry, double seconds, const images::Geometry &g)
{
    const auto web = assets::flavorByParams(entry.id, assets::kWebFlavorParamsId);
    const auto original = assets::flavorByParams(entry.id, 0);
    const assets::Flavor f = web && web->status == assets::Ready ? *web : *original;
    const bool beyondEnd = seconds * 1000 > entry.msDuration;
    const QString path = f.filePath;
    return {u"frame/%1/v%2/%3"_s.arg(f.id).arg(f.version).arg(beyondEnd ? -1.0 : seconds),
        [path, seconds, beyondEnd, g] {
            if (beyondEnd) {
                // Past the end the server answers a plain picture of the asked size.
                QImage blank(g.width > 0 ? g.width : 120, g.height > 0 ? g.height : 90,
                    QImage::Format_RGB32);
                blank.fill(g.background);
                return blank;
            }
            return QImage::fromData(ffmpeg::frameAt(path, seconds));
        }};
}

Source pictureSource(const assets::EntryRef &entry, const Request &r, const images::Geometry &g)
{
    std::lock_guard lock(Store::apiLock());
    const QString vidSec = r.param(u"vid_sec"_s);
    bool hasSeconds = false;
    const double seconds = vidSec.toDouble(&hasSeconds);
    const auto original = assets::flavorByParams(entry.id, 0);
    if (hasSeconds && seconds >= 0 && entry.mediaType == kVideo && original
        && original->status == assets::Ready)
        return frameSource(entry, seconds, g);
    if (const auto thumb = assets::defaultThumb(entry.id)) {
        const QString path = thumb->filePath;
        return {
            u"thumb/%1/v%2"_s.arg(thumb->id).arg(thumb->version), [path] { return QImage(path); }};
    }
    const QString id = entry.id;
    return {u"placeholder/"_s + id, [id] { return images::placeholder(id); }};
}

void answerImage(httplib::Response &res, const QByteArray &jpeg)
{
    res.set_content(jpeg.toStdString(), "image/jpeg");
}

// --- thumbAsset.serve --------------------------------------------------------------------

bool isServeCall(const QString &path, const QJsonObject &params)
{
    static const QRegularExpression pathForm(
        u"^/api_v3(/index\\.php)?/service/thumbasset/action/serve(/|$)"_s,
        QRegularExpression::CaseInsensitiveOption);
    if (pathForm.match(path).hasMatch())
        return true;
    return params.value(u"service"_s).toString().compare(u"thumbAsset"_s, Qt::CaseInsensitive) == 0
        && params.value(u"action"_s).toString().compare(u"serve"_s, Qt::CaseInsensitive) == 0;
}

void answerApiError(httplib::Response &res, const ApiError &e)
{
    res.set_content(http::phpJson(e.toJson()).toStdString(), "application/json");
}

QJsonObject apiParams(const httplib::Request &req)
{
    QString path = QString::fromStdString(req.path);
    path.remove(QRegularExpression(u"^/api_v3(/index\\.php)?"_s));
    QJsonObject query;
    for (const auto &[key, value] : req.params) {
        params::setNested(
            query, params::splitKey(QString::fromStdString(key)), QString::fromStdString(value));
    }
    return params::merge(query, params::parsePathPairs(path));
}

/// The thumbnail of thumbAsset.serve, READY, or the api error it gives.
assets::Thumb servableThumb(const QJsonObject &p)
{
    const QString id = params::string(p, u"thumbAssetId"_s).value_or(QString());
    if (id.isEmpty())
        throw ApiError(u"MISSING_MANDATORY_PARAMETER"_s, {u"thumbAssetId"_s});
    std::lock_guard lock(Store::apiLock());
    const QString ks = params::string(p, u"ks"_s).value_or(QString());
    if (!ks.isEmpty())
        Dispatcher::resolveKs(ks); // optional, but a bad one is refused
    const auto t = assets::thumb(id);
    if (!t || t->status == assets::Deleted)
        throw ApiError(u"THUMB_ASSET_ID_NOT_FOUND"_s, {id});
    if (t->status != assets::Ready)
        throw ApiError(u"THUMB_ASSET_IS_NOT_READY"_s);
    return *t;
}

images::Geometry geometryOf(const QJsonObject &thumbParams)
{
    images::Geometry g;
    g.width = images::boundedSide(params::integer(thumbParams, u"width"_s).value_or(0));
    g.height = images::boundedSide(params::integer(thumbParams, u"height"_s).value_or(0));
    g.type = qBound(1, int(params::integer(thumbParams, u"cropType"_s).value_or(1)), 5);
    return g;
}

} // namespace

void thumbnail(const Request &r, const httplib::Request &, httplib::Response &res)
{
    if (!checkKs(r, res))
        return;
    const auto entry = requireEntry(r, r.param(u"entry_id"_s), res);
    if (!entry)
        return;
    const images::Geometry g = geometryOf(r);
    int quality = intParam(r, u"quality"_s, kDefaultQuality);
    if (quality <= 0 || quality > 100)
        quality = kDefaultQuality;
    const Source source = pictureSource(*entry, r, g);
    const QByteArray jpeg
        = images::cached(source.key + u'/' + geometryKey(g, quality), [&source, &g, quality] {
              const QImage image = source.load();
              return image.isNull() ? QByteArray() : images::jpeg(images::shape(image, g), quality);
          });
    if (jpeg.isEmpty())
        return dieError(res, FileNotFound);
    if (!r.param(u"version"_s).isEmpty())
        res.set_header("Cache-Control", "max-age=86400"); // a new version is a new URL
    answerImage(res, jpeg);
}

bool serveThumbAsset(const httplib::Request &req, httplib::Response &res)
{
    if (req.method != "GET" && req.method != "HEAD")
        return false;
    if (req.path.rfind("/api_v3", 0) != 0)
        return false;
    const QJsonObject p = apiParams(req);
    if (!isServeCall(QString::fromStdString(req.path), p))
        return false;
    try {
        const assets::Thumb t = servableThumb(p);
        const QJsonObject thumbParams = p.value(u"thumbParams"_s).toObject();
        if (thumbParams.isEmpty()) {
            const bool download
                = params::boolean(p.value(u"options"_s).toObject(), u"download"_s).value_or(false);
            const QString name = u"%1_%2.%3"_s.arg(t.entryId, t.id, t.fileExt);
            serveFile(req, res, t.filePath, mimeType(t.fileExt), download ? name : QString());
            return true;
        }
        const images::Geometry g = geometryOf(thumbParams);
        int quality = int(params::integer(thumbParams, u"quality"_s).value_or(0));
        if (quality <= 0 || quality > 100)
            quality = kDefaultQuality;
        answerImage(res, images::jpeg(images::shape(QImage(t.filePath), g), quality));
    } catch (const ApiError &e) {
        answerApiError(res, e);
    }
    return true;
}

} // namespace sandbox::delivery
