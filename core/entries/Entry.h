// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QJsonValue>
#include <QString>
#include <QStringList>

namespace minikmc::entries {

/// `KalturaEntryStatus` (KALTURA-API.md §7.2).
enum class EntryStatus {
    ErrorImporting = -2,
    ErrorConverting = -1,
    Import = 0,
    Preconvert = 1,
    Ready = 2,
    Deleted = 3,
    Pending = 4,
    Moderate = 5,
    Blocked = 6,
    NoContent = 7,
};

/// `KalturaMediaType`; Unknown for entries that are not media clips.
enum class MediaType { Unknown = 0, Video = 1, Image = 2, Audio = 5, LiveStream = 201 };

/// What an editor sees of an entry (base, playable and media fields of §7.1), parsed from the
/// api_v3 object of any entry subtype (KalturaMediaEntry, KalturaPlaylist, …).
struct Entry {
    QString id;
    QString objectType;
    int type = 0; ///< KalturaEntryType
    MediaType mediaType = MediaType::Unknown;
    EntryStatus status = EntryStatus::Ready;
    QString name;
    QString description;
    QStringList tags;
    QString referenceId;
    QString userId;
    QStringList categoryIds;
    qint64 durationMs = 0;
    qint64 plays = 0;
    qint64 views = 0;
    int width = 0;
    int height = 0;
    QDateTime createdAt; ///< UTC
    QDateTime updatedAt; ///< UTC
    QDateTime startDate; ///< invalid when none
    QDateTime endDate; ///< invalid when none
    QString thumbnailUrl;

    /// Parses one entry object; false (and why) when it is not one (no id or no objectType).
    static bool fromJson(const QJsonValue &value, Entry *entry, QString *why);
};

} // namespace minikmc::entries
