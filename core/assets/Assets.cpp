// SPDX-License-Identifier: GPL-3.0-or-later
#include "assets/Assets.h"

#include "api/JsonRead.h"

#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace minikmc::assets {

namespace {

int intOf(const QJsonObject &o, const QString &key)
{
    return int(api::json::toInt64(o.value(key)).value_or(0));
}

} // namespace

bool Flavor::fromJson(const QJsonValue &value, Flavor *flavor)
{
    const QJsonObject o = value.toObject();
    if (!o.value(u"objectType"_s).toString().endsWith(u"FlavorAsset"_s))
        return false;
    Flavor f;
    f.id = o.value(u"id"_s).toString();
    f.entryId = o.value(u"entryId"_s).toString();
    f.flavorParamsId = intOf(o, u"flavorParamsId"_s);
    f.status = FlavorStatus(intOf(o, u"status"_s));
    f.width = intOf(o, u"width"_s);
    f.height = intOf(o, u"height"_s);
    f.bitrateKbps = intOf(o, u"bitrate"_s);
    f.frameRate = api::json::toDouble(o.value(u"frameRate"_s)).value_or(0);
    // Flavor sizes arrive in KB (§8.1); sizeInBytes, where the server sends it, is exact.
    const auto bytes = api::json::toInt64(o.value(u"sizeInBytes"_s));
    f.sizeBytes
        = bytes && *bytes > 0 ? *bytes : api::json::toInt64(o.value(u"size"_s)).value_or(0) * 1024;
    f.containerFormat = o.value(u"containerFormat"_s).toString();
    f.videoCodecId = o.value(u"videoCodecId"_s).toString();
    f.fileExt = o.value(u"fileExt"_s).toString();
    f.tags = api::json::toList(o.value(u"tags"_s));
    f.isOriginal = o.value(u"isOriginal"_s).toBool();
    f.isWeb = o.value(u"isWeb"_s).toBool();
    f.createdAt = api::json::toTime(o.value(u"createdAt"_s));
    if (f.id.isEmpty())
        return false;
    *flavor = f;
    return true;
}

bool Thumb::fromJson(const QJsonValue &value, Thumb *thumb)
{
    const QJsonObject o = value.toObject();
    if (!o.value(u"objectType"_s).toString().endsWith(u"ThumbAsset"_s))
        return false;
    Thumb t;
    t.id = o.value(u"id"_s).toString();
    t.entryId = o.value(u"entryId"_s).toString();
    t.thumbParamsId = intOf(o, u"thumbParamsId"_s);
    t.status = ThumbStatus(intOf(o, u"status"_s));
    t.width = intOf(o, u"width"_s);
    t.height = intOf(o, u"height"_s);
    t.size = api::json::toInt64(o.value(u"size"_s)).value_or(0);
    t.fileExt = o.value(u"fileExt"_s).toString();
    t.tags = api::json::toList(o.value(u"tags"_s));
    t.createdAt = api::json::toTime(o.value(u"createdAt"_s));
    if (t.id.isEmpty())
        return false;
    *thumb = t;
    return true;
}

} // namespace minikmc::assets
