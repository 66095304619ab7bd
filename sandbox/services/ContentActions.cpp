// SPDX-License-Identifier: GPL-3.0-or-later
// Upload tokens attached to entries (KALTURA-API.md §6.4 end, §6.7): media.addContent,
// media.updateContent, baseEntry.addFromUploadedFile, media.addFromUploadedFile. A complete token's
// file goes to ingest at once; an unfinished one is attached (to the entry for images, to a new
// source flavor IMPORTING otherwise) and goes to ingest when its last part arrives.
#include "api/ApiError.h"
#include "api/Dispatcher.h"
#include "ingest/Ingest.h"
#include "services/EntryObject.h"
#include "services/Services.h"
#include "store/ChunkedFile.h"
#include "store/Entries.h"
#include "store/Store.h"
#include "store/UploadTokens.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace sandbox {

namespace {

using uploads::Token;

constexpr int kMediaClip = 1;
constexpr int kVideo = 1;
constexpr int kImage = 2;
constexpr int kAudio = 5;
constexpr int kFlavorImporting = 7;

/// The upload token a content resource names, and whether it came in an asset-params container.
struct TokenResource {
    QString tokenId;
    bool container = false;
};

QJsonArray itemsOf(const QJsonValue &v)
{
    // JSON bodies send an array; form fields (resources:0:…) arrive as an object keyed "0", "1"…
    if (v.isArray())
        return v.toArray();
    QJsonArray out;
    const QJsonObject o = v.toObject();
    for (auto it = o.begin(); it != o.end(); ++it)
        out.append(it.value());
    return out;
}

/// KalturaUploadedFileTokenResource, alone or as the source (assetParamsId 0) of KMC-ng's
/// KalturaAssetsParamsResourceContainers / KalturaAssetParamsResourceContainer. Other resources
/// (URL, remote storage, other flavors…) are not offered by the sandbox.
TokenResource tokenResourceOf(const QJsonObject &resource)
{
    const QString type = resource.value(u"objectType"_s).toString();
    if (type == u"KalturaUploadedFileTokenResource"_s) {
        const QString token = params::string(resource, u"token"_s).value_or(QString());
        if (token.isEmpty())
            throw ApiError(u"PROPERTY_VALIDATION_CANNOT_BE_NULL"_s, {type + u"::token"_s});
        return {token, false};
    }
    if (type == u"KalturaAssetParamsResourceContainer"_s
        && params::integer(resource, u"assetParamsId"_s).value_or(0) == 0) {
        return {tokenResourceOf(resource.value(u"resource"_s).toObject()).tokenId, true};
    }
    if (type == u"KalturaAssetsParamsResourceContainers"_s) {
        const QJsonArray items = itemsOf(resource.value(u"resources"_s));
        if (items.size() == 1)
            return {tokenResourceOf(items.first().toObject()).tokenId, true};
    }
    throw ApiError(u"RESOURCE_TYPE_NOT_SUPPORTED"_s, {type});
}

/// @validateUser entry entryId edit: a USER session edits its own entries only (§4.4).
void checkEditor(const QJsonObject &entry, const Session &session)
{
    if (!session.isAdmin()
        && entry.value(u"userId"_s).toString().compare(session.userId, Qt::CaseInsensitive) != 0)
        throw ApiError(u"INVALID_KS"_s, {QString(), u"-4"_s, u"INVALID_TYPE"_s});
}

/// The media clip of the call's entryId, which this session may edit.
QJsonObject requireMediaClip(const CallContext &ctx)
{
    const QString id = ctx.requireString(u"entryId"_s);
    const Session &session = ctx.requireSession();
    const auto entry = entries::find(id, session.partnerId, ctx.serviceUrl);
    if (entry)
        checkEditor(*entry, session);
    if (!entry || entry->value(u"type"_s).toInt() != kMediaClip)
        throw ApiError(u"ENTRY_ID_NOT_FOUND"_s, {id});
    return *entry;
}

Token requireToken(const QString &id, const Session &session)
{
    const auto token = uploads::find(id);
    if (!token || token->partnerId != session.partnerId)
        throw ApiError(u"UPLOAD_TOKEN_NOT_FOUND"_s);
    return *token;
}

/// The entry's source flavor row (flavor_params_id 0), if it has one.
QString sourceFlavorOf(const QString &entryId)
{
    QSqlQuery q(Store::db());
    q.prepare(u"SELECT id FROM flavor_asset WHERE entry_id = ? AND flavor_params_id = 0"
              " AND deleted_at IS NULL ORDER BY created_at LIMIT 1"_s);
    q.addBindValue(entryId);
    execOrThrow(q);
    return q.next() ? q.value(0).toString() : QString();
}

/// A source flavor IMPORTING for bytes still on their way (kFlowHelper::createOriginalFlavorAsset
/// reuses the entry's original when there is one).
QString importingSourceFlavor(const QJsonObject &entry, const Token &token)
{
    const QString entryId = entry.value(u"id"_s).toString();
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    QString id = sourceFlavorOf(entryId);
    QSqlQuery q(Store::db());
    if (id.isEmpty()) {
        id = Store::newId(u"flavor_asset"_s);
        q.prepare(
            u"INSERT INTO flavor_asset (id, entry_id, partner_id, flavor_params_id, status,"
            " is_original, file_ext, created_at, updated_at) VALUES (?, ?, ?, 0, ?, 1, ?, ?, ?)"_s);
        q.addBindValue(id);
        q.addBindValue(entryId);
        q.addBindValue(entry.value(u"partnerId"_s).toDouble());
        q.addBindValue(kFlavorImporting);
        q.addBindValue(QFileInfo(token.fileName).suffix().toLower());
        q.addBindValue(now);
        q.addBindValue(now);
    } else {
        q.prepare(u"UPDATE flavor_asset SET status = ?, updated_at = ? WHERE id = ?"_s);
        q.addBindValue(kFlavorImporting);
        q.addBindValue(now);
        q.addBindValue(id);
    }
    execOrThrow(q);
    return id;
}

void recordAttachment(const QString &tokenId, const QString &type, const QString &id)
{
    QSqlQuery q(Store::db());
    q.prepare(u"UPDATE upload_token SET attached_object_type = ?, attached_object_id = ?,"
              " updated_at = ? WHERE id = ?"_s);
    q.addBindValue(type);
    q.addBindValue(id);
    q.addBindValue(QDateTime::currentSecsSinceEpoch());
    q.addBindValue(tokenId);
    execOrThrow(q);
}

/// A token that is not FULL_UPLOAD is "not ready" (KalturaUploadedFileTokenResource::toObject,
/// whatever its status) and is attached; the bytes follow when it completes
/// (KalturaEntryService::attachLocalFileResource). A replacement keeps the entry as it is and
/// the source flavor it has.
void attachUnfinished(const QJsonObject &entry, const Token &token, bool replacing)
{
    const QString entryId = entry.value(u"id"_s).toString();
    const int status = entry.value(u"status"_s).toInt();
    if (!replacing
        && (status == entries::ErrorConverting || status == entries::ErrorImporting
            || status == entries::Pending || status == entries::NoContent))
        entries::setStatus(entryId, entries::Import);
    if (entry.value(u"mediaType"_s).toInt() == kImage) {
        recordAttachment(token.id, u"entry"_s, entryId);
        return;
    }
    const QString existing = replacing ? sourceFlavorOf(entryId) : QString();
    recordAttachment(token.id, u"flavorAsset"_s,
        existing.isEmpty() ? importingSourceFlavor(entry, token) : existing);
}

/// Gives the entry the token's bytes now (complete token) or when they are complete.
void attachToken(const QJsonObject &entry, const Token &token, bool replacing)
{
    if (token.status != uploads::FullUpload) {
        attachUnfinished(entry, token, replacing);
        return;
    }
    if (!ChunkedFile(token.filePath).exists())
        throw ApiError(u"UPLOADED_FILE_NOT_FOUND_BY_TOKEN"_s);
    const QString entryId = entry.value(u"id"_s).toString();
    uploads::handOver(
        token, entryId, replacing ? ingest::EntryStatus::Keep : ingest::EntryStatus::Import);
}

/// The token of the call's resource, checked against the entry (containers carry flavors, which
/// an image entry does not have).
Token tokenForEntry(const CallContext &ctx, const QJsonObject &entry, const QJsonObject &resource)
{
    const TokenResource r = tokenResourceOf(resource);
    if (r.container && entry.value(u"mediaType"_s).toInt() == kImage)
        throw ApiError(u"RESOURCE_TYPE_NOT_SUPPORTED"_s, {u"kAssetsParamsResourceContainers"_s});
    return requireToken(r.tokenId, ctx.requireSession());
}

QJsonValue addContent(CallContext &ctx)
{
    const QJsonObject entry = requireMediaClip(ctx);
    if (entry.value(u"status"_s).toInt() != entries::NoContent)
        throw ApiError(u"ENTRY_ALREADY_WITH_CONTENT"_s);
    const QJsonObject resource = ctx.params.value(u"resource"_s).toObject();
    if (!resource.isEmpty()) // the resource is optional
        attachToken(entry, tokenForEntry(ctx, entry, resource), false);
    return entries::require(
        entry.value(u"id"_s).toString(), entry.value(u"partnerId"_s).toDouble(), ctx.serviceUrl);
}

/// True while new content of the entry is on its way or being processed.
bool replacementInProgress(const QJsonObject &entry)
{
    const int status = entry.value(u"status"_s).toInt();
    if (status == entries::Import || status == entries::Preconvert)
        return true;
    QSqlQuery q(Store::db());
    q.prepare(u"SELECT 1 FROM upload_token WHERE status IN (0, 1) AND ((attached_object_type ="
              " 'entry' AND attached_object_id = ?) OR (attached_object_type = 'flavorAsset' AND"
              " attached_object_id IN (SELECT id FROM flavor_asset WHERE entry_id = ?)))"_s);
    const QString id = entry.value(u"id"_s).toString();
    q.addBindValue(id);
    q.addBindValue(id);
    execOrThrow(q);
    return q.next();
}

/// media.updateContent: an entry without content (or an image) takes the resource like
/// addContent; an entry with content gets a new source in place (the sandbox makes no temporary
/// replacing entry), refused while other new content is still on its way or in processing.
QJsonValue updateContent(CallContext &ctx)
{
    const QJsonObject entry = requireMediaClip(ctx);
    const QJsonValue resource = ctx.params.value(u"resource"_s);
    if (!resource.isObject())
        throw ApiError(u"MISSING_MANDATORY_PARAMETER"_s, {u"resource"_s});
    const bool replacing = entry.value(u"status"_s).toInt() != entries::NoContent
        && entry.value(u"mediaType"_s).toInt() != kImage;
    if (replacing && replacementInProgress(entry))
        throw ApiError(u"ENTRY_REPLACEMENT_ALREADY_EXISTS"_s);
    attachToken(entry, tokenForEntry(ctx, entry, resource.toObject()), replacing);
    return entries::require(
        entry.value(u"id"_s).toString(), entry.value(u"partnerId"_s).toDouble(), ctx.serviceUrl);
}

/// What the first bytes of a file say it is, or 0.
int mediaTypeFromContent(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    const QByteArray h = f.read(16);
    const auto at = [&h](int offset, const char *magic) {
        return h.mid(offset, qsizetype(qstrlen(magic))) == magic;
    };
    if (at(0, "\xFF\xD8\xFF") || at(0, "\x89PNG") || at(0, "GIF8") || at(0, "BM") || at(0, "II*"))
        return kImage;
    if (at(0, "ID3") || at(0, "fLaC") || at(0, "OggS") || (at(0, "RIFF") && at(8, "WAVE"))
        || (at(4, "ftyp") && at(8, "M4A")))
        return kAudio;
    if (at(4, "ftyp") || at(0, "\x1A\x45\xDF\xA3") || (at(0, "RIFF") && at(8, "AVI "))
        || at(0, "FLV"))
        return kVideo;
    return 0;
}

/// entry type AUTOMATIC: the media type from the file's extension (myFileUploadService), else
/// from its content, else VIDEO (the sandbox makes no document entries).
int detectMediaType(const QString &path)
{
    static const QStringList video = {u"flv"_s, u"asf"_s, u"qt"_s, u"mov"_s, u"mpg"_s, u"mpeg"_s,
        u"avi"_s, u"wmv"_s, u"mp4"_s, u"m4v"_s, u"3gp"_s, u"vob"_s, u"f4v"_s, u"mkv"_s, u"webm"_s,
        u"ts"_s, u"mxf"_s, u"ogv"_s};
    static const QStringList image
        = {u"jpg"_s, u"jpeg"_s, u"bmp"_s, u"png"_s, u"gif"_s, u"tif"_s, u"tiff"_s, u"webp"_s};
    static const QStringList audio = {u"mp3"_s, u"wav"_s, u"wma"_s, u"amr"_s, u"aac"_s, u"m4a"_s,
        u"flac"_s, u"ogg"_s, u"oga"_s, u"opus"_s};
    const QString ext = QFileInfo(path).suffix().toLower();
    if (video.contains(ext))
        return kVideo;
    if (image.contains(ext))
        return kImage;
    if (audio.contains(ext))
        return kAudio;
    const int sniffed = mediaTypeFromContent(path);
    return sniffed ? sniffed : kVideo;
}

/// The complete token an addFromUploadedFile names (getFullPathByUploadTokenId).
Token completeToken(const CallContext &ctx)
{
    const auto token = uploads::find(ctx.requireString(u"uploadTokenId"_s));
    if (!token || token->partnerId != ctx.requireSession().partnerId)
        throw ApiError(u"UPLOADED_FILE_NOT_FOUND_BY_TOKEN"_s);
    if (token->status != uploads::FullUpload)
        throw ApiError(u"UPLOAD_TOKEN_INVALID_STATUS_FOR_ADD_ENTRY"_s);
    if (!ChunkedFile(token->filePath).exists())
        throw ApiError(u"UPLOADED_FILE_NOT_FOUND_BY_TOKEN"_s);
    return *token;
}

/// A new media clip made from a complete token (it goes to ingest; the token is CLOSED).
QJsonValue addFromToken(const CallContext &ctx, const Token &token, entries::NewEntry entry)
{
    const Session &session = ctx.requireSession();
    entry.type = kMediaClip;
    entry.status = entries::Import;
    const QString id = entries::insert(session.partnerId, entry);
    uploads::handOver(token, id, ingest::EntryStatus::Import);
    return entries::require(id, session.partnerId, ctx.serviceUrl);
}

QJsonObject requireObject(const CallContext &ctx, const QString &name)
{
    const QJsonValue v = ctx.params.value(name);
    if (!v.isObject())
        throw ApiError(u"MISSING_MANDATORY_PARAMETER"_s, {name});
    return v.toObject();
}

/// baseEntry.addFromUploadedFile(entry, uploadTokenId, type=-1).
QJsonValue addBaseEntryFromUploadedFile(CallContext &ctx)
{
    const QJsonObject object = requireObject(ctx, u"entry"_s);
    const Token token = completeToken(ctx);
    const qint64 type = params::integer(ctx.params, u"type"_s).value_or(-1);
    if (type != -1 && type != kMediaClip)
        throw ApiError(u"ENTRY_TYPE_NOT_SUPPORTED"_s, {QString::number(type)});
    const entryobject::Changes changes
        = entryobject::forInsert(object, u"KalturaBaseEntry"_s, ctx.requireSession());
    entries::NewEntry entry;
    entry.columns = changes.columns;
    entry.extra = changes.extra;
    entry.columns.insert(u"media_type"_s, detectMediaType(token.filePath));
    if (entry.columns.value(u"name"_s).toString().isEmpty())
        entry.columns.insert(u"name"_s,
            u"%1_%2"_s.arg(ctx.requireSession().partnerId).arg(QDateTime::currentSecsSinceEpoch()));
    return addFromToken(ctx, token, entry);
}

/// media.addFromUploadedFile(mediaEntry, uploadTokenId), the deprecated media-only variant.
QJsonValue addMediaFromUploadedFile(CallContext &ctx)
{
    const QJsonObject object = requireObject(ctx, u"mediaEntry"_s);
    const Token token = completeToken(ctx);
    const entryobject::Changes changes
        = entryobject::forInsert(object, u"KalturaMediaEntry"_s, ctx.requireSession());
    entries::NewEntry entry;
    entry.columns = changes.columns;
    entry.extra = changes.extra;
    return addFromToken(ctx, token, entry);
}

} // namespace

void registerContentActions(Dispatcher &d)
{
    d.add(u"media"_s, u"addContent"_s, Access::Session, addContent);
    d.add(u"media"_s, u"updateContent"_s, Access::Session, updateContent);
    d.add(u"baseEntry"_s, u"addFromUploadedFile"_s, Access::Session, addBaseEntryFromUploadedFile);
    d.add(u"media"_s, u"addFromUploadedFile"_s, Access::Session, addMediaFromUploadedFile);
}

} // namespace sandbox
