// SPDX-License-Identifier: GPL-3.0-or-later
// thumbAsset: list, get, getByEntryId, getUrl, setAsDefault, addFromImage, generate, delete
// (KALTURA-API.md §8.2). thumbAsset.serve answers a file, not JSON: delivery/Delivery.cpp.
#include "api/ApiError.h"
#include "api/Dispatcher.h"
#include "delivery/Urls.h"
#include "ingest/Ingest.h"
#include "services/Services.h"
#include "store/Assets.h"
#include "store/Entries.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QImageReader>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace sandbox {

namespace {

constexpr int kMediaClip = 1;
constexpr int kVideo = 1;

assets::Thumb requireThumb(const CallContext &ctx, const QString &param = u"thumbAssetId"_s)
{
    const QString id = ctx.requireString(param);
    const auto t = assets::thumb(id);
    if (!t || t->status == assets::Deleted || t->partnerId != ctx.requireSession().partnerId)
        throw ApiError(u"THUMB_ASSET_ID_NOT_FOUND"_s, {id});
    return *t;
}

QJsonObject requireEntry(const CallContext &ctx)
{
    return entries::require(
        ctx.requireString(u"entryId"_s), ctx.requireSession().partnerId, ctx.serviceUrl);
}

/// The image part of addFromImage, kept as the thumbnail's file (size in bytes, §8.2).
assets::Thumb storeImage(const CallContext &ctx, const QJsonObject &entry)
{
    const auto file = ctx.files.constFind(u"fileData"_s);
    if (file == ctx.files.cend())
        throw ApiError(u"MISSING_MANDATORY_PARAMETER"_s, {u"fileData"_s});
    QImageReader reader(file->path);
    const QSize size = reader.size();
    if (!reader.canRead() || !size.isValid())
        throw ApiError(u"FILE_CONTENT_NOT_SECURE"_s);
    assets::Thumb t;
    t.entryId = entry.value(u"id"_s).toString();
    t.partnerId = qint64(entry.value(u"partnerId"_s).toDouble());
    t.status = assets::Queued;
    t.fileExt = QFileInfo(file->fileName).suffix().toLower();
    assets::insert(t);
    t.filePath = assets::entryDir(t.entryId) + u'/' + t.id + u'.' + t.fileExt;
    if (!QFile::copy(file->path, t.filePath))
        throw std::runtime_error("cannot store the thumbnail file");
    t.sizeBytes = file->size;
    t.width = size.width();
    t.height = size.height();
    t.status = assets::Ready;
    assets::save(t);
    return t;
}

/// generate's checks, in the server's order (§8.2).
void checkGeneratable(const QJsonObject &entry)
{
    const int type = entry.value(u"type"_s).toInt();
    if (type != kMediaClip)
        throw ApiError(u"ENTRY_TYPE_NOT_SUPPORTED"_s, {QString::number(type)});
    const int mediaType = entry.value(u"mediaType"_s).toInt();
    if (mediaType != kVideo)
        throw ApiError(u"ENTRY_MEDIA_TYPE_NOT_SUPPORTED"_s, {QString::number(mediaType)});
    const int status = entry.value(u"status"_s).toInt();
    if (status != entries::ErrorConverting && status != entries::Preconvert
        && status != entries::Ready)
        throw ApiError(u"INVALID_ENTRY_STATUS"_s);
}

/// The flavor a frame is taken from: the one asked for, else any READY flavor of the entry.
void checkFrameSource(const CallContext &ctx, const QString &entryId)
{
    const QString sourceAssetId
        = params::string(ctx.params, u"sourceAssetId"_s).value_or(QString());
    for (const assets::Flavor &f : assets::flavorsOf(entryId)) {
        if (f.status == assets::Ready && (sourceAssetId.isEmpty() || f.id == sourceAssetId))
            return;
    }
    throw ApiError(u"THUMB_ASSET_IS_NOT_READY"_s);
}

void registerReads(Dispatcher &d)
{
    d.add(u"thumbAsset"_s, u"list"_s, Access::Session, [](CallContext &ctx) {
        return QJsonValue(assets::list(false, ctx.params.value(u"filter"_s).toObject(),
            ctx.params.value(u"pager"_s).toObject(), u"KalturaThumbAssetFilter"_s,
            ctx.requireSession().partnerId));
    });

    d.add(u"thumbAsset"_s, u"get"_s, Access::Session,
        [](CallContext &ctx) { return QJsonValue(assets::toJson(requireThumb(ctx))); });

    d.add(u"thumbAsset"_s, u"getByEntryId"_s, Access::Session, [](CallContext &ctx) {
        const QJsonObject entry = requireEntry(ctx);
        QJsonArray out;
        for (const assets::Thumb &t : assets::thumbsOf(entry.value(u"id"_s).toString()))
            out.append(assets::toJson(t));
        return QJsonValue(out);
    });

    d.add(u"thumbAsset"_s, u"getUrl"_s, Access::Session, [](CallContext &ctx) {
        const assets::Thumb t = requireThumb(ctx, u"id"_s);
        if (t.status != assets::Ready)
            throw ApiError(u"THUMB_ASSET_IS_NOT_READY"_s);
        return QJsonValue(delivery::thumbServeUrl(ctx.serviceUrl, t));
    });
}

void registerWrites(Dispatcher &d)
{
    d.add(u"thumbAsset"_s, u"setAsDefault"_s, Access::Session, [](CallContext &ctx) {
        const assets::Thumb t = requireThumb(ctx);
        assets::makeDefault(t);
        entries::bumpThumbVersion(t.entryId);
        return QJsonValue(QJsonValue::Null);
    });

    d.add(u"thumbAsset"_s, u"addFromImage"_s, Access::Session, [](CallContext &ctx) {
        const QJsonObject entry = requireEntry(ctx);
        assets::Thumb t = storeImage(ctx, entry);
        // The server makes it the default only for an entry without content yet (§8.2).
        const bool first = assets::thumbsOf(t.entryId).size() == 1;
        if (first && entry.value(u"status"_s).toInt() == entries::NoContent) {
            assets::makeDefault(t);
            entries::bumpThumbVersion(t.entryId);
        }
        return QJsonValue(assets::toJson(*assets::thumb(t.id)));
    });

    d.add(u"thumbAsset"_s, u"generate"_s, Access::Session, [](CallContext &ctx) {
        const QJsonObject entry = requireEntry(ctx);
        checkGeneratable(entry);
        const QString entryId = entry.value(u"id"_s).toString();
        checkFrameSource(ctx, entryId);
        assets::Thumb t;
        t.entryId = entryId;
        t.partnerId = qint64(entry.value(u"partnerId"_s).toDouble());
        t.status = assets::Queued;
        t.params = ctx.params.value(u"thumbParams"_s).toObject();
        if (const auto source = params::string(ctx.params, u"sourceAssetId"_s))
            t.params.insert(u"sourceAssetId"_s, *source);
        t.tags = params::string(t.params, u"tags"_s).value_or(QString());
        assets::insert(t);
        ingest::capture(t.id);
        return QJsonValue(assets::toJson(t));
    });

    d.add(u"thumbAsset"_s, u"delete"_s, Access::Session, [](CallContext &ctx) {
        assets::Thumb t = requireThumb(ctx);
        if (t.isDefault())
            throw ApiError(u"THUMB_ASSET_IS_DEFAULT"_s, {t.id});
        t.status = assets::Deleted;
        t.deletedAt = QDateTime::currentSecsSinceEpoch();
        assets::save(t);
        return QJsonValue(QJsonValue::Null);
    });
}

} // namespace

void registerThumbAssetService(Dispatcher &d)
{
    registerReads(d);
    registerWrites(d);
}

} // namespace sandbox
