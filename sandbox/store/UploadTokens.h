// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/CallContext.h"
#include "ingest/Ingest.h"

#include <QJsonObject>
#include <QString>

#include <mutex>
#include <optional>

namespace sandbox::uploads {

/// KalturaUploadTokenStatus (KALTURA-API.md §6.1).
enum Status {
    Pending = 0,
    PartialUpload = 1,
    FullUpload = 2,
    Closed = 3,
    TimedOut = 4,
    Deleted = 5,
};

/// One upload_token row.
struct Token {
    QString id;
    qint64 partnerId = 0;
    QString userId;
    int status = Pending;
    QString fileName;
    std::optional<double> fileSize;
    std::optional<double> uploadedFileSize;
    bool autoFinalize = false;
    QString attachedObjectType; ///< "entry" or "flavorAsset" when attached to an entry
    QString attachedObjectId;
    QString filePath; ///< the token's contiguous file, once a first part arrived
    QString sha256; ///< cached once the bytes can no longer change
    qint64 createdAt = 0;
    qint64 updatedAt = 0;

    bool uploadable() const { return status == Pending || status == PartialUpload; }
};

/// The token (any partner, any user), or nullopt.
std::optional<Token> find(const QString &id);
/// The token as this session may see it: its partner's, and only its own with a USER session
/// (UploadTokenService::restrictPeerToCurrentUser); else UPLOAD_TOKEN_NOT_FOUND.
Token require(const QString &id, const Session &session);
/// The KalturaUploadToken of a row.
QJsonObject toJson(const Token &token);

/// A token's "busy" lock, held while its file is written or read. Lock order: take it before
/// Store::apiLock(), never while holding the api lock (release that first).
std::mutex &fileLock(const QString &id);
/// Where a token's bytes are assembled: DATA/files/uploads/<id>.<extension>.
QString uploadPath(const QString &id, const QString &extension);

/// A complete token's file goes to ingest as the entry's new source and the token is CLOSED
/// (kFlowHelper::handleUploadFinished). The token keeps a hard link to its bytes, so that
/// /__sandbox/uploads still answers for it without copying or hashing anything now.
void handOver(const Token &token, const QString &entryId, ingest::EntryStatus status);
/// Called (under the api lock) when a token has just reached FULL_UPLOAD: an attached entry or
/// source flavor gets the bytes now.
void finishAttached(const QString &id);
/// The token is DELETED; if it was unfinished, what it was attached to goes back to waiting for
/// content (kFlowHelper::handleUploadCanceled): a flavor IMPORTING → QUEUED, an entry in IMPORT
/// gets the status its flavors give it (NO_CONTENT when none is there).
void cancel(const Token &token);

/// How long (seconds, one try a second) a final chunk waits for the chunks before it
/// (upload_final_chunk_max_append_time, 45 on the real server).
int finalChunkWaitSeconds();
void setFinalChunkWaitSeconds(int seconds);

} // namespace sandbox::uploads
