// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/UploadTokens.h"

#include "api/ApiError.h"
#include "ingest/Ingest.h"
#include "store/Entries.h"
#include "store/Store.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSqlQuery>
#include <QVariant>

#include <atomic>
#include <cerrno>
#include <cstring>
#include <memory>
#include <stdexcept>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace sandbox::uploads {

namespace {

std::atomic<int> g_finalChunkWait {45};

// Flavor asset statuses used here (KALTURA-API.md §8.1).
constexpr int kFlavorQueued = 0;
constexpr int kFlavorConverting = 1;
constexpr int kFlavorReady = 2;
constexpr int kFlavorImporting = 7;

const QString kColumns = u"id, partner_id, user_id, status, file_name, file_size,"
                         " uploaded_file_size, auto_finalize, attached_object_type,"
                         " attached_object_id, file_path, sha256, created_at, updated_at"_s;

std::optional<double> optionalDouble(const QVariant &v)
{
    return v.isNull() ? std::nullopt : std::optional<double>(v.toDouble());
}

Token fromRow(const QSqlQuery &q)
{
    Token t;
    t.id = q.value(0).toString();
    t.partnerId = q.value(1).toLongLong();
    t.userId = q.value(2).toString();
    t.status = q.value(3).toInt();
    t.fileName = q.value(4).toString();
    t.fileSize = optionalDouble(q.value(5));
    t.uploadedFileSize = optionalDouble(q.value(6));
    t.autoFinalize = q.value(7).toInt() != 0;
    t.attachedObjectType = q.value(8).toString();
    t.attachedObjectId = q.value(9).toString();
    t.filePath = q.value(10).toString();
    t.sha256 = q.value(11).toString();
    t.createdAt = q.value(12).toLongLong();
    t.updatedAt = q.value(13).toLongLong();
    return t;
}

void setStatus(const QString &id, int status)
{
    QSqlQuery q(Store::db());
    q.prepare(u"UPDATE upload_token SET status = ?, updated_at = ? WHERE id = ?"_s);
    q.addBindValue(status);
    q.addBindValue(QDateTime::currentSecsSinceEpoch());
    q.addBindValue(id);
    execOrThrow(q);
}

/// The entry a token is attached to (through its source flavor for video/audio).
QString attachedEntryId(const Token &t)
{
    if (t.attachedObjectType == u"entry"_s)
        return t.attachedObjectId;
    QSqlQuery q(Store::db());
    q.prepare(u"SELECT entry_id FROM flavor_asset WHERE id = ?"_s);
    q.addBindValue(t.attachedObjectId);
    execOrThrow(q);
    return q.next() ? q.value(0).toString() : QString();
}

void setFlavorStatus(const QString &flavorId, int from, int to)
{
    QSqlQuery q(Store::db());
    q.prepare(u"UPDATE flavor_asset SET status = ?, updated_at = ? WHERE id = ? AND status = ?"_s);
    q.addBindValue(to);
    q.addBindValue(QDateTime::currentSecsSinceEpoch());
    q.addBindValue(flavorId);
    q.addBindValue(from);
    execOrThrow(q);
}

int entryStatus(const QString &entryId)
{
    QSqlQuery q(Store::db());
    q.prepare(u"SELECT status FROM entry WHERE id = ?"_s);
    q.addBindValue(entryId);
    execOrThrow(q);
    return q.next() ? q.value(0).toInt() : entries::Deleted;
}

/// The status an entry in IMPORT gets back when its upload is cancelled, from its flavors.
int statusFromFlavors(const QString &entryId)
{
    QSqlQuery q(Store::db());
    q.prepare(u"SELECT status FROM flavor_asset WHERE entry_id = ? AND deleted_at IS NULL"_s);
    q.addBindValue(entryId);
    execOrThrow(q);
    int status = entries::NoContent;
    while (q.next()) {
        const int flavor = q.value(0).toInt();
        if (flavor == kFlavorReady && status == entries::NoContent)
            status = entries::Pending;
        if (flavor == kFlavorImporting && status != entries::Preconvert)
            status = entries::Import;
        if (flavor == kFlavorConverting)
            status = entries::Preconvert;
    }
    return status;
}

void hardLink(const QString &from, const QString &to)
{
    QDir().mkpath(QFileInfo(to).absolutePath());
    QFile::remove(to);
    if (::link(QFile::encodeName(from).constData(), QFile::encodeName(to).constData()) != 0)
        throw std::runtime_error("cannot link " + from.toStdString() + ": " + std::strerror(errno));
}

} // namespace

std::optional<Token> find(const QString &id)
{
    QSqlQuery q(Store::db());
    q.prepare(u"SELECT %1 FROM upload_token WHERE id = ?"_s.arg(kColumns));
    q.addBindValue(id);
    execOrThrow(q);
    if (!q.next())
        return std::nullopt;
    return fromRow(q);
}

Token require(const QString &id, const Session &session)
{
    const auto token = find(id);
    if (!token || token->partnerId != session.partnerId
        || (!session.isAdmin() && token->userId != session.userId))
        throw ApiError(u"UPLOAD_TOKEN_NOT_FOUND"_s);
    return *token;
}

QJsonObject toJson(const Token &t)
{
    QJsonObject o {{u"id"_s, t.id}, {u"partnerId"_s, double(t.partnerId)}, {u"status"_s, t.status},
        {u"createdAt"_s, double(t.createdAt)}, {u"updatedAt"_s, double(t.updatedAt)},
        {u"autoFinalize"_s, t.autoFinalize}, {u"objectType"_s, u"KalturaUploadToken"_s}};
    // JSON answers leave out what is null (§2.1).
    if (!t.userId.isEmpty())
        o.insert(u"userId"_s, t.userId);
    if (!t.fileName.isEmpty())
        o.insert(u"fileName"_s, t.fileName);
    if (t.fileSize)
        o.insert(u"fileSize"_s, *t.fileSize);
    if (t.uploadedFileSize)
        o.insert(u"uploadedFileSize"_s, *t.uploadedFileSize);
    if (!t.attachedObjectType.isEmpty()) {
        o.insert(u"attachedObjectType"_s, t.attachedObjectType);
        o.insert(u"attachedObjectId"_s, t.attachedObjectId);
    }
    return o;
}

std::mutex &fileLock(const QString &id)
{
    static std::mutex registry;
    static QHash<QString, std::shared_ptr<std::mutex>> locks;
    std::lock_guard lock(registry);
    std::shared_ptr<std::mutex> &m = locks[id];
    if (!m)
        m = std::make_shared<std::mutex>();
    return *m;
}

QString uploadPath(const QString &id, const QString &extension)
{
    return u"%1/uploads/%2.%3"_s.arg(Store::filesDir(), id, extension);
}

void handOver(const Token &t, const QString &entryId, ingest::EntryStatus status)
{
    const QString source
        = u"%1/sources/%2.%3"_s.arg(Store::filesDir(), t.id, QFileInfo(t.filePath).suffix());
    hardLink(t.filePath, source);
    setStatus(t.id, Closed);
    ingest::enqueue(entryId, source, status);
}

void finishAttached(const QString &id)
{
    const auto token = find(id);
    if (!token || token->attachedObjectType.isEmpty())
        return;
    const QString entryId = attachedEntryId(*token);
    const int status = entryStatus(entryId);
    if (entryId.isEmpty() || status == entries::Deleted)
        return; // like handleUploadFinished: nothing to attach to, the token stays FULL_UPLOAD
    if (token->attachedObjectType == u"flavorAsset"_s)
        setFlavorStatus(token->attachedObjectId, kFlavorImporting, kFlavorQueued);
    // The attach set the status the entry has while the bytes are processed.
    handOver(*token, entryId, ingest::EntryStatus::Keep);
}

void cancel(const Token &t)
{
    setStatus(t.id, Deleted);
    // A consumed token's bytes already belong to its entry: only an unfinished attachment is
    // undone.
    if (t.attachedObjectType.isEmpty() || !t.uploadable())
        return;
    if (t.attachedObjectType == u"flavorAsset"_s)
        setFlavorStatus(t.attachedObjectId, kFlavorImporting, kFlavorQueued);
    const QString entryId = attachedEntryId(t);
    if (!entryId.isEmpty() && entryStatus(entryId) == entries::Import)
        entries::setStatus(entryId, statusFromFlavors(entryId));
}

int finalChunkWaitSeconds()
{
    return g_finalChunkWait;
}

void setFinalChunkWaitSeconds(int seconds)
{
    g_finalChunkWait = seconds;
}

} // namespace sandbox::uploads
