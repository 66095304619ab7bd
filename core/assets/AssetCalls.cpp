// SPDX-License-Identifier: GPL-3.0-or-later
#include "assets/AssetCalls.h"

#include "api/KalturaObject.h"

#include <QFileInfo>
#include <QMimeDatabase>

using namespace Qt::StringLiterals;

namespace minikmc::assets::calls {

namespace {

api::Call assetList(const QString &service, const QString &filterType, const QString &entryId)
{
    api::Call call(service, u"list"_s);
    call.setIdempotent(true);
    call.set(u"filter"_s, api::KalturaObject(filterType).set(u"entryIdEqual"_s, entryId));
    call.set(u"pager"_s, api::KalturaObject(u"KalturaFilterPager"_s).set(u"pageSize"_s, 500));
    return call;
}

api::Call byId(
    const QString &service, const QString &action, const QString &name, const QString &id)
{
    return api::Call(service, action).set(name, id);
}

} // namespace

api::Call flavorList(const QString &entryId)
{
    return assetList(u"flavorAsset"_s, u"KalturaFlavorAssetFilter"_s, entryId);
}

api::Call flavorDelete(const QString &flavorId)
{
    return byId(u"flavorAsset"_s, u"delete"_s, u"id"_s, flavorId);
}

api::Call flavorReconvert(const QString &flavorId)
{
    return byId(u"flavorAsset"_s, u"reconvert"_s, u"id"_s, flavorId);
}

api::Call thumbList(const QString &entryId)
{
    return assetList(u"thumbAsset"_s, u"KalturaThumbAssetFilter"_s, entryId);
}

api::Call thumbSetDefault(const QString &thumbId)
{
    return byId(u"thumbAsset"_s, u"setAsDefault"_s, u"thumbAssetId"_s, thumbId);
}

api::Call thumbDelete(const QString &thumbId)
{
    return byId(u"thumbAsset"_s, u"delete"_s, u"thumbAssetId"_s, thumbId);
}

api::Call thumbAddFromImage(const QString &entryId, const QString &imagePath)
{
    api::FilePart part;
    part.filePath = imagePath;
    part.fileName = QFileInfo(imagePath).fileName();
    part.contentType = QMimeDatabase().mimeTypeForFile(imagePath).name().toLatin1();
    return api::Call(u"thumbAsset"_s, u"addFromImage"_s).set(u"entryId"_s, entryId).addFile(part);
}

api::Call thumbGenerate(const QString &entryId, double seconds)
{
    return api::Call(u"thumbAsset"_s, u"generate"_s)
        .set(u"entryId"_s, entryId)
        .set(u"thumbParams"_s,
            api::KalturaObject(u"KalturaThumbParams"_s)
                .set(u"videoOffset"_s, seconds)
                .set(u"cropType"_s, 1));
}

api::Call thumbGetUrl(const QString &thumbId)
{
    return byId(u"thumbAsset"_s, u"getUrl"_s, u"id"_s, thumbId).setIdempotent(true);
}

} // namespace minikmc::assets::calls
