// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/Call.h"
#include "api/MultiRequest.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QStringList>

#include <optional>

namespace minikmc::upload {

/// `KalturaUploadTokenStatus` (KALTURA-API.md §6.1).
enum class TokenStatus {
    Unknown = -1,
    Pending = 0,
    PartialUpload = 1,
    FullUpload = 2,
    Closed = 3, ///< consumed by the entry it is attached to
    TimedOut = 4,
    Deleted = 5,
};

/// The fields of a `KalturaUploadToken` that an upload needs.
struct UploadToken {
    QString id;
    TokenStatus status = TokenStatus::Unknown;
    qint64 fileSize = -1; ///< -1: the token was created without one
    qint64 uploadedFileSize = 0; ///< contiguous bytes from the start (§6.4)
    qint64 createdAt = 0; ///< Unix time
    QString attachedObjectType; ///< "entry" (images) or "flavorAsset" (the new source flavor)
    QString attachedObjectId;

    static UploadToken fromJson(const QJsonValue &value);
    /// FULL_UPLOAD, or CLOSED (the attached entry took the file).
    bool isComplete() const
    {
        return status == TokenStatus::FullUpload || status == TokenStatus::Closed;
    }
};

/// What the editor says about a new entry; sent with `media.add`, and later changes as a
/// partial update. Empty fields are not sent.
struct UploadMetadata {
    QString name;
    QString description;
    QString tags;
    QStringList categoryIds;

    QJsonObject toJson() const;
    static UploadMetadata fromJson(const QJsonObject &object);
    bool operator==(const UploadMetadata &other) const
    {
        return name == other.name && description == other.description && tags == other.tags
            && categoryIds == other.categoryIds;
    }
    bool operator!=(const UploadMetadata &other) const { return !(*this == other); }
};

/// `KalturaMediaType` for a local file from its MIME type: 1 video, 2 image, 5 audio; 0 when the
/// file is none of them (not uploadable as a media entry).
int mediaTypeFor(const QString &filePath);

namespace calls {

/// One multirequest: `uploadToken.add{fileName, fileSize}`, `media.add{KalturaMediaEntry}` and
/// `media.addContent(entryId={2:result:id}, KalturaUploadedFileTokenResource{token={1:result:id}})`
/// (§6.7): the entry exists, with its metadata, before the first byte is sent.
api::MultiRequest createEntryWithToken(
    const QString &fileName, qint64 fileSize, int mediaType, const UploadMetadata &metadata);
api::Call tokenGet(const QString &tokenId);
/// The newest PENDING tokens of this user for a file name and size (`uploadToken.list`), to
/// find the token (and entry) of a create step whose answer was lost.
api::Call pendingTokens(const QString &fileName, qint64 fileSize);
api::Call flavorGet(const QString &flavorId);
api::Call tokenDelete(const QString &tokenId);
/// `uploadToken.upload` with bytes [offset, offset + length) of the file as `fileData`.
api::Call uploadChunk(const QString &tokenId, const QString &filePath, const QString &fileName,
    qint64 offset, qint64 length, bool resume, bool finalChunk, qint64 resumeAt);
api::Call entryDelete(const QString &entryId);
/// `media.update` with only the fields that differ from `before` (an entries::EntryPatch:
/// cleared ones as `field__null`); nothing when no field differs.
std::optional<api::Call> entryUpdate(
    const QString &entryId, const UploadMetadata &before, const UploadMetadata &after);

} // namespace calls

} // namespace minikmc::upload
