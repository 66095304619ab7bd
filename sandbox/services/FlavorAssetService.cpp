// SPDX-License-Identifier: GPL-3.0-or-later
// flavorAsset: list, get, getByEntryId, getUrl, getDownloadUrl, delete, reconvert
// (KALTURA-API.md §8.1).
#include "api/ApiError.h"
#include "api/Dispatcher.h"
#include "delivery/Urls.h"
#include "ingest/Ingest.h"
#include "services/Services.h"
#include "store/Assets.h"
#include "store/Entries.h"

#include <QDateTime>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace sandbox {

namespace {

/// The flavor of the caller's partner that is not DELETED, or FLAVOR_ASSET_ID_NOT_FOUND.
assets::Flavor requireFlavor(const CallContext &ctx)
{
    const QString id = ctx.requireString(u"id"_s);
    const auto f = assets::flavor(id);
    if (!f || f->status == assets::Deleted || f->partnerId != ctx.requireSession().partnerId)
        throw ApiError(u"FLAVOR_ASSET_ID_NOT_FOUND"_s, {id});
    return *f;
}

assets::Flavor requireReady(const CallContext &ctx)
{
    const assets::Flavor f = requireFlavor(ctx);
    if (f.status != assets::Ready)
        throw ApiError(u"FLAVOR_ASSET_IS_NOT_READY"_s);
    return f;
}

/// reconvert = convert(entryId, flavorParamsId): the entry must have settled and its source
/// must be there (the server's checks, in its order).
void checkReconvertable(const CallContext &ctx, const assets::Flavor &f)
{
    if (f.isOriginal)
        throw ApiError(u"FLAVOR_ASSET_RECONVERT_ORIGINAL"_s);
    const int status
        = entries::require(f.entryId, f.partnerId, ctx.serviceUrl).value(u"status"_s).toInt();
    if (status != entries::ErrorConverting && status != entries::Preconvert
        && status != entries::Ready)
        throw ApiError(u"INVALID_ENTRY_STATUS"_s);
    const auto source = assets::flavorByParams(f.entryId, 0);
    if (!source || source->status != assets::Ready)
        throw ApiError(u"ORIGINAL_FLAVOR_ASSET_IS_MISSING"_s);
}

} // namespace

void registerFlavorAssetService(Dispatcher &d)
{
    d.add(u"flavorAsset"_s, u"list"_s, Access::Session, [](CallContext &ctx) {
        return QJsonValue(assets::list(true, ctx.params.value(u"filter"_s).toObject(),
            ctx.params.value(u"pager"_s).toObject(), u"KalturaFlavorAssetFilter"_s,
            ctx.requireSession().partnerId));
    });

    d.add(u"flavorAsset"_s, u"get"_s, Access::Session,
        [](CallContext &ctx) { return QJsonValue(assets::toJson(requireFlavor(ctx))); });

    d.add(u"flavorAsset"_s, u"getByEntryId"_s, Access::Session, [](CallContext &ctx) {
        const QString entryId = ctx.requireString(u"entryId"_s);
        entries::require(entryId, ctx.requireSession().partnerId, ctx.serviceUrl);
        QJsonArray out;
        for (const assets::Flavor &f : assets::flavorsOf(entryId))
            out.append(assets::toJson(f));
        return QJsonValue(out);
    });

    d.add(u"flavorAsset"_s, u"getUrl"_s, Access::Session, [](CallContext &ctx) {
        const assets::Flavor f = requireReady(ctx);
        const QString fileName
            = params::string(ctx.params.value(u"options"_s).toObject(), u"fileName"_s)
                  .value_or(QString());
        return QJsonValue(delivery::serveFlavorUrl(ctx.serviceUrl, f, fileName));
    });

    d.add(u"flavorAsset"_s, u"getDownloadUrl"_s, Access::Session, [](CallContext &ctx) {
        return QJsonValue(delivery::downloadUrl(ctx.serviceUrl, requireReady(ctx)));
    });

    d.add(u"flavorAsset"_s, u"delete"_s, Access::Session, [](CallContext &ctx) {
        assets::Flavor f = requireFlavor(ctx);
        f.status = assets::Deleted;
        f.deletedAt = QDateTime::currentSecsSinceEpoch();
        assets::save(f);
        return QJsonValue(QJsonValue::Null);
    });

    d.add(u"flavorAsset"_s, u"reconvert"_s, Access::Session, [](CallContext &ctx) {
        assets::Flavor f = requireFlavor(ctx);
        checkReconvertable(ctx, f);
        f.status = assets::Converting;
        assets::save(f);
        ingest::reconvert(f.id);
        return QJsonValue(QJsonValue::Null);
    });
}

} // namespace sandbox
