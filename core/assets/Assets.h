// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

namespace minikmc::assets {

/// `KalturaFlavorAssetStatus` (KALTURA-API.md §8.1).
enum class FlavorStatus {
    Error = -1,
    Queued = 0,
    Converting = 1,
    Ready = 2,
    Deleted = 3,
    NotApplicable = 4,
    Temp = 5,
    WaitForConvert = 6,
    Importing = 7,
    Validating = 8,
    Exporting = 9,
};

/// A rendition of an entry (`KalturaFlavorAsset`, §8.1).
struct Flavor {
    QString id;
    QString entryId;
    int flavorParamsId = 0; ///< 0: the source
    FlavorStatus status = FlavorStatus::Queued;
    int width = 0;
    int height = 0;
    int bitrateKbps = 0;
    double frameRate = 0;
    qint64 sizeBytes = 0; ///< from sizeInBytes, else size (KB) × 1024
    QString containerFormat;
    QString videoCodecId;
    QString fileExt;
    QStringList tags;
    bool isOriginal = false;
    bool isWeb = false;
    QDateTime createdAt;

    static bool fromJson(const QJsonValue &value, Flavor *flavor);
};

/// `KalturaThumbAssetStatus` (§8.2).
enum class ThumbStatus {
    Error = -1,
    Queued = 0,
    Capturing = 1,
    Ready = 2,
    Deleted = 3,
    Importing = 7,
    Exporting = 9
};

/// A thumbnail of an entry (`KalturaThumbAsset`, §8.2). The default one is tagged default_thumb.
struct Thumb {
    QString id;
    QString entryId;
    int thumbParamsId = 0;
    ThumbStatus status = ThumbStatus::Queued;
    int width = 0;
    int height = 0;
    qint64 size = 0; ///< as the server reports it (KB or bytes, §8.2)
    QString fileExt;
    QStringList tags;
    QDateTime createdAt;

    bool isDefault() const { return tags.contains(QStringLiteral("default_thumb")); }
    static bool fromJson(const QJsonValue &value, Thumb *thumb);
};

/// The assets of a `flavorAsset.list`/`thumbAsset.list` answer (objects that do not parse are
/// left out).
template<class Asset>
QList<Asset> assetsOf(const QJsonValue &listResponse)
{
    QList<Asset> out;
    const QJsonArray objects = listResponse.toObject().value(QStringLiteral("objects")).toArray();
    for (const QJsonValue &v : objects) {
        Asset asset;
        if (Asset::fromJson(v, &asset))
            out.append(asset);
    }
    return out;
}

} // namespace minikmc::assets
