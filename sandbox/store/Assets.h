// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace sandbox::assets {

// KalturaFlavorAssetStatus / KalturaThumbAssetStatus (KALTURA-API.md §8.1, §8.2).
enum Status {
    Error = -1,
    Queued = 0,
    Converting = 1, ///< flavors; thumbnails call it CAPTURING
    Ready = 2,
    Deleted = 3,
    Importing = 7,
};

/// The flavor params of the one conversion the sandbox makes: "Basic/Small - WEB/MBL
/// (H264/400)", an H.264/AAC MP4 (AAC only for audio sources).
constexpr int kWebFlavorParamsId = 487041;
inline constexpr char kWebFlavorTags[] = "mobile,web,mbr,iphone,ipad";
inline constexpr char kDefaultThumbTag[] = "default_thumb";

struct Flavor {
    QString id;
    QString entryId;
    qint64 partnerId = 0;
    int flavorParamsId = 0;
    int status = Queued;
    qint64 sizeBytes = 0;
    int width = 0;
    int height = 0;
    int bitrate = 0; ///< kbit/s
    double frameRate = 0;
    bool isOriginal = false;
    bool isWeb = false;
    QString containerFormat;
    QString videoCodecId;
    QString fileExt;
    QString tags;
    QString description;
    QString filePath;
    int version = 1;
    qint64 createdAt = 0;
    qint64 updatedAt = 0;
    std::optional<qint64> deletedAt;
};

struct Thumb {
    QString id;
    QString entryId;
    qint64 partnerId = 0;
    int thumbParamsId = 0;
    int status = Queued;
    qint64 sizeBytes = 0;
    int width = 0;
    int height = 0;
    QString tags;
    QString fileExt = QStringLiteral("jpg");
    QString filePath;
    QString description;
    QJsonObject params; ///< the KalturaThumbParams of thumbAsset.generate (capture jobs)
    int version = 1;
    qint64 createdAt = 0;
    qint64 updatedAt = 0;
    std::optional<qint64> deletedAt;

    bool isDefault() const;
};

/// What ingest and delivery need to know of an entry (any status, DELETED included).
struct EntryRef {
    QString id;
    QString name;
    qint64 partnerId = 0;
    int type = 0;
    int mediaType = 0; ///< 0 when the entry has none
    int status = 0;
    qint64 msDuration = 0;
};
std::optional<EntryRef> entryRef(const QString &entryId);

/// The directory that holds an entry's files (flavors, thumbnails, image data); created on use.
QString entryDir(const QString &entryId);

/// A flavor or thumbnail of any status, DELETED included (callers decide what "found" means).
std::optional<Flavor> flavor(const QString &id);
std::optional<Thumb> thumb(const QString &id);
/// An entry's flavors / thumbnails that are not DELETED, oldest first.
QList<Flavor> flavorsOf(const QString &entryId);
QList<Thumb> thumbsOf(const QString &entryId);
/// The entry's flavor with these params (not DELETED), e.g. 0 for its source.
std::optional<Flavor> flavorByParams(const QString &entryId, int flavorParamsId);
/// The READY thumbnail tagged default_thumb.
std::optional<Thumb> defaultThumb(const QString &entryId);

/// Insert with a new id (returned, also set in the argument) and created/updated now.
QString insert(Flavor &flavor);
QString insert(Thumb &thumb);
/// Writes every column back; bumps updatedAt.
void save(Flavor &flavor);
void save(Thumb &thumb);

/// Moves the default_thumb tag to this thumbnail (off all others of its entry).
void makeDefault(const Thumb &thumb);

/// KalturaFlavorAsset / KalturaThumbAsset with objectType (size in KB for flavors, in bytes for
/// thumbnails: §8.2 notes the server's inconsistency).
QJsonObject toJson(const Flavor &flavor);
QJsonObject toJson(const Thumb &thumb);

/// flavorAsset.list / thumbAsset.list: KalturaAssetFilter fields plus the flavor/thumb ones,
/// orderBy, pager, within the partner. filterClass names the filter in the "entryIdEqual or
/// entryIdIn" error.
QJsonObject list(bool flavors, const QJsonObject &filter, const QJsonObject &pager,
    const QString &filterClass, qint64 partnerId);

} // namespace sandbox::assets
