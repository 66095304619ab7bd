// SPDX-License-Identifier: GPL-3.0-or-later
// uploadToken: add, get, list, delete, upload — the chunked, resumable upload protocol of
// KALTURA-API.md §6.1–6.5 (kUploadTokenMgr semantics).
//
// Concurrency: parts arrive already streamed to temp files. An upload call checks the token under
// the api lock, then releases the api lock (other calls, other tokens and other chunks of this
// token keep going) and does its file work under the token's file lock, re-checking the status
// there; the new status and size are written while that lock is still held, so the database
// never lags the file. A final chunk waiting for earlier chunks sleeps holding neither lock.
#include "api/ApiError.h"
#include "api/Dispatcher.h"
#include "services/Services.h"
#include "store/ChunkedFile.h"
#include "store/Store.h"
#include "store/UploadTokens.h"

#include <QDateTime>
#include <QFileInfo>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>
#include <QSqlQuery>
#include <QVariant>

#include <chrono>
#include <thread>

using namespace Qt::StringLiterals;

namespace sandbox {

namespace {

using uploads::Token;

constexpr qint64 kMaxResumeSeconds = 604800; // upload_token_max_resume_time
constexpr int kMaxParkedAppendsPerCall = 10; // syncAppendAvailableChunks
constexpr int kMaxAutoFinalizeTries = 5; // MAX_AUTO_FINALIZE_RETIRES

/// The upload call's own parameters.
struct UploadRequest {
    bool resume = false;
    bool finalChunk = true;
    qint64 resumeAt = -1;
};

std::optional<double> number(const QJsonObject &o, const QString &key)
{
    const auto text = params::string(o, key);
    bool ok = false;
    const double v = text ? text->toDouble(&ok) : 0;
    return ok ? std::optional<double>(v) : std::nullopt;
}

[[noreturn]] void invalidStatus()
{
    throw ApiError(u"UPLOAD_TOKEN_INVALID_STATUS_FOR_UPLOAD"_s);
}

/// Under the api lock: the token as it is now, if it still takes parts.
Token stillUploadable(const QString &id)
{
    std::lock_guard api(Store::apiLock());
    const auto token = uploads::find(id);
    if (!token || !token->uploadable())
        invalidStatus();
    return *token;
}

/// The token's file for a resumed part, or UPLOAD_TOKEN_CANNOT_RESUME.
ChunkedFile resumableFile(const Token &token)
{
    ChunkedFile file(token.filePath);
    if (token.filePath.isEmpty() || !file.exists())
        throw ApiError(u"UPLOAD_TOKEN_CANNOT_RESUME"_s);
    return file;
}

/// Records what a part did (called with the token's file lock held); a token that reached
/// FULL_UPLOAD hands its bytes to what it is attached to. The token as it is afterwards.
Token commit(const QString &id, const QString &path, qint64 size, bool final)
{
    std::lock_guard api(Store::apiLock());
    QSqlQuery q(Store::db());
    q.prepare(u"UPDATE upload_token SET status = ?, uploaded_file_size = ?, file_path = ?,"
              " updated_at = ? WHERE id = ? AND status IN (0, 1)"_s);
    q.addBindValue(final ? uploads::FullUpload : uploads::PartialUpload);
    q.addBindValue(double(size));
    q.addBindValue(path);
    q.addBindValue(QDateTime::currentSecsSinceEpoch());
    q.addBindValue(id);
    execOrThrow(q);
    if (q.numRowsAffected() == 0)
        invalidStatus(); // deleted or completed by another call meanwhile
    if (final)
        uploads::finishAttached(id);
    return *uploads::find(id);
}

/// The stored file's extension: the part's, or the token's fileName's for parts named "blob" or
/// "*.tmp" by browsers (handleMoveFile); letters and digits only, "noex" when there is none.
QString extensionFor(const QString &partName, const QString &tokenFileName)
{
    QString ext = QFileInfo(partName).suffix().toLower();
    if (ext.isEmpty() || (ext == u"tmp"_s && !tokenFileName.isEmpty()))
        ext = QFileInfo(tokenFileName).suffix().toLower();
    ext.remove(QRegularExpression(u"[^a-z0-9]"_s));
    return ext.isEmpty() ? u"noex"_s : ext.left(16);
}

/// resume=false: the part replaces the token's file.
Token restart(const Token &token, const UploadedFile &part, const UploadRequest &r)
{
    std::lock_guard io(uploads::fileLock(token.id));
    Token current = stillUploadable(token.id);
    {
        std::lock_guard api(Store::apiLock());
        QSqlQuery q(Store::db());
        q.prepare(u"UPDATE upload_token SET auto_finalize_bytes = ? WHERE id = ?"_s);
        q.addBindValue(part.size);
        q.addBindValue(token.id);
        execOrThrow(q);
    }
    const QString path
        = uploads::uploadPath(token.id, extensionFor(part.fileName, current.fileName));
    if (!current.filePath.isEmpty() && current.filePath != path)
        ChunkedFile(current.filePath).remove();
    ChunkedFile(path).replaceWith(part.path);
    const bool final = r.finalChunk || (current.autoFinalize && current.fileSize == part.size);
    return commit(token.id, path, part.size, final);
}

/// resume=true, resumeAt=-1: appended at the end, no size check.
Token appendAtEnd(const Token &token, const UploadedFile &part, const UploadRequest &r)
{
    std::lock_guard io(uploads::fileLock(token.id));
    const Token current = stillUploadable(token.id);
    ChunkedFile file = resumableFile(current);
    const qint64 size = file.append(part.path);
    // Kaltura's autoFinalize test here is true for every part (§6.4), kept as it is.
    const bool final
        = r.finalChunk || (current.autoFinalize && current.fileSize.value_or(0) >= size);
    return commit(token.id, file.path(), size, final);
}

/// resume=true at an offset, not verified as final: written if it touches the end, else parked.
Token writeChunk(const Token &token, const UploadedFile &part, const UploadRequest &r)
{
    std::lock_guard io(uploads::fileLock(token.id));
    const Token current = stillUploadable(token.id);
    ChunkedFile file = resumableFile(current);
    qint64 size = file.appendParkedAtEnd(kMaxParkedAppendsPerCall);
    if (r.resumeAt <= size && r.resumeAt + part.size > size)
        size = file.writeAt(part.path, r.resumeAt);
    else
        file.park(part.path, r.resumeAt);
    // finalChunk with resumeAt 0 is the unverified "back-compat" final part.
    return commit(token.id, file.path(), size, r.finalChunk);
}

/// Tokens whose autoFinalize attempt is running (Kaltura: a 30 s memcache lock). Api lock.
QSet<QString> &finalizing()
{
    static QSet<QString> ids;
    return ids;
}

/// Ends the token's autoFinalize attempt when the waiting part returns.
struct FinalizingGuard {
    QString id;
    ~FinalizingGuard()
    {
        if (id.isEmpty())
            return;
        std::lock_guard api(Store::apiLock());
        finalizing().remove(id);
    }
};

/// autoFinalize with an offset: every part adds its size to the token's counter; the first part
/// that brings it to fileSize acts as the final part (kUploadTokenMgr::checkIsFinalChunk).
bool takesAutoFinalize(const Token &token, qint64 partSize)
{
    std::lock_guard api(Store::apiLock());
    QSqlQuery q(Store::db());
    q.prepare(u"UPDATE upload_token SET auto_finalize_bytes = auto_finalize_bytes + ?"
              " WHERE id = ?"_s);
    q.addBindValue(partSize);
    q.addBindValue(token.id);
    execOrThrow(q);
    q.prepare(u"SELECT auto_finalize_bytes, auto_finalize_tries FROM upload_token WHERE id = ?"_s);
    q.addBindValue(token.id);
    execOrThrow(q);
    q.next();
    if (q.value(0).toDouble() < token.fileSize.value_or(0) || finalizing().contains(token.id))
        return false;
    if (q.value(1).toInt() + 1 >= kMaxAutoFinalizeTries)
        throw ApiError(u"INTERNAL_SERVERL_ERROR"_s); // "Max retires reached", not an api error
    QSqlQuery tries(Store::db());
    tries.prepare(u"UPDATE upload_token SET auto_finalize_tries = auto_finalize_tries + 1"
                  " WHERE id = ?"_s);
    tries.addBindValue(token.id);
    execOrThrow(tries);
    finalizing().insert(token.id);
    return true;
}

/// A verified final part: parked, then the parked chunks are concatenated once a second until
/// the file has the expected size (or the wait runs out: the client may retry).
Token assembleFinal(
    const Token &token, const UploadedFile &part, const UploadRequest &r, qint64 expected)
{
    for (int attempt = 1;; ++attempt) {
        {
            std::lock_guard io(uploads::fileLock(token.id));
            const Token current = stillUploadable(token.id);
            ChunkedFile file = resumableFile(current);
            if (attempt == 1)
                file.park(part.path, r.resumeAt);
            const qint64 size = file.assemble();
            if (size == expected)
                return commit(token.id, file.path(), size, true);
        }
        if (attempt >= uploads::finalChunkWaitSeconds())
            throw ApiError(u"UPLOAD_TOKEN_CANNOT_MATCH_EXPECTED_SIZE"_s);
        std::this_thread::sleep_for(std::chrono::seconds(1));
    }
}

/// Runs a valid part into the token without holding the api lock.
Token receive(const Token &token, const UploadedFile &part, const UploadRequest &r)
{
    const Store::ApiLockReleased released;
    if (!r.resume)
        return restart(token, part, r);
    if (r.resumeAt < 0)
        return appendAtEnd(token, part, r);
    if (r.finalChunk && r.resumeAt > 0)
        return assembleFinal(token, part, r, r.resumeAt + part.size);
    if (token.autoFinalize && takesAutoFinalize(token, part.size)) {
        const FinalizingGuard guard {token.id};
        return assembleFinal(token, part, r, qint64(token.fileSize.value_or(0)));
    }
    return writeChunk(token, part, r);
}

/// Pre-checks 3 and 4 of §6.3.
void checkUploadable(const Token &token)
{
    if (token.status == uploads::PartialUpload
        && QDateTime::currentSecsSinceEpoch() - token.updatedAt > kMaxResumeSeconds)
        throw ApiError(
            u"UPLOAD_PASSED_MAX_RESUME_TIME_ALLOWED"_s, {QString::number(kMaxResumeSeconds)});
    if (!token.uploadable())
        invalidStatus();
}

/// The token takes the first part's file name when it has none (updateFileName).
void takeFileName(Token &token, const QString &partName)
{
    if (!token.fileName.isEmpty() || partName.isEmpty())
        return;
    QSqlQuery q(Store::db());
    q.prepare(u"UPDATE upload_token SET file_name = ?, updated_at = ? WHERE id = ?"_s);
    q.addBindValue(partName);
    q.addBindValue(QDateTime::currentSecsSinceEpoch());
    q.addBindValue(token.id);
    execOrThrow(q);
    token.fileName = partName;
}

QJsonValue upload(CallContext &ctx)
{
    const Session &session = ctx.requireSession();
    const QString id = ctx.requireString(u"uploadTokenId"_s);
    // A part without a filename arrives as a plain field: present, but not a valid upload.
    const bool hasPart = ctx.files.contains(u"fileData"_s);
    if (!hasPart && !ctx.params.contains(u"fileData"_s))
        throw ApiError(u"MISSING_MANDATORY_PARAMETER"_s, {u"fileData"_s});
    Token token = uploads::require(id, session);
    const UploadRequest r {params::boolean(ctx.params, u"resume"_s).value_or(false),
        params::boolean(ctx.params, u"finalChunk"_s).value_or(true),
        qint64(number(ctx.params, u"resumeAt"_s).value_or(-1))};
    checkUploadable(token);
    const UploadedFile part = ctx.files.value(u"fileData"_s);
    takeFileName(token, part.fileName);
    if (!hasPart) {
        if (!r.resume && r.finalChunk)
            uploads::cancel(token); // a failed single-shot upload needs a new token
        throw ApiError(u"UPLOAD_ERROR"_s);
    }
    if (part.size == 0 && !r.finalChunk && r.resumeAt > 0)
        return uploads::toJson(token); // an empty middle part is dismissed
    return uploads::toJson(receive(token, part, r));
}

/// Insert-time validation of a KalturaUploadToken: readonly properties may not be sent.
void checkInsertable(const QJsonObject &input)
{
    for (const char *readonly : {"id", "partnerId", "userId", "status", "uploadedFileSize",
             "createdAt", "updatedAt", "uploadUrl", "attachedObjectType", "attachedObjectId"}) {
        const QString name = QLatin1String(readonly);
        const QJsonValue v = input.value(name);
        if (!v.isUndefined() && !v.isNull())
            throw ApiError(
                u"PROPERTY_VALIDATION_NOT_UPDATABLE"_s, {u"KalturaUploadToken::"_s + name});
    }
}

QJsonValue add(CallContext &ctx)
{
    const Session &session = ctx.requireSession();
    const QJsonObject input = ctx.params.value(u"uploadToken"_s).toObject();
    checkInsertable(input);
    const bool autoFinalize = params::integer(input, u"autoFinalize"_s).value_or(-1) == 1;
    const auto fileSize = number(input, u"fileSize"_s);
    if (autoFinalize && !fileSize)
        throw ApiError(u"UPLOAD_TOKEN_MISSING_FILE_SIZE"_s);
    const QString id = u"0_"_s + Store::randomHex(16);
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    const QString fileName = params::string(input, u"fileName"_s).value_or(QString());
    QSqlQuery q(Store::db());
    q.prepare(u"INSERT INTO upload_token (id, partner_id, user_id, file_name, file_size,"
              " auto_finalize, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s);
    q.addBindValue(id);
    q.addBindValue(session.partnerId);
    q.addBindValue(session.userId.isNull() ? u""_s : session.userId);
    q.addBindValue(fileName.isEmpty() ? QVariant() : QVariant(fileName));
    q.addBindValue(fileSize ? QVariant(*fileSize) : QVariant());
    q.addBindValue(autoFinalize ? 1 : 0);
    q.addBindValue(now);
    q.addBindValue(now);
    execOrThrow(q);
    return uploads::toJson(*uploads::find(id));
}

/// The WHERE clause of uploadToken.list (KalturaUploadTokenFilter, §6.2) and its values.
struct ListQuery {
    QStringList where;
    QVariantList values;

    void add(const QString &condition, const QVariantList &bound = {})
    {
        where.append(condition);
        values.append(bound);
    }
    void addIn(const QString &column, const QString &commaList)
    {
        const QStringList items = commaList.split(u',', Qt::SkipEmptyParts);
        QStringList marks;
        for (const QString &item : items) {
            marks.append(u"?"_s);
            values.append(item.trimmed());
        }
        where.append(marks.isEmpty() ? u"0"_s : u"%1 IN (%2)"_s.arg(column, marks.join(u',')));
    }
};

ListQuery listQuery(const Session &session, const QJsonObject &filter)
{
    ListQuery l;
    l.add(u"partner_id = ?"_s, {session.partnerId});
    if (!session.isAdmin())
        l.add(u"user_id = ?"_s, {session.userId});
    if (const auto v = params::string(filter, u"idEqual"_s))
        l.add(u"id = ?"_s, {*v});
    if (const auto v = params::string(filter, u"idIn"_s))
        l.addIn(u"id"_s, *v);
    // An unknown user (here: an empty id) matches nothing, like the server's kuser id -1.
    if (const auto v = params::string(filter, u"userIdEqual"_s))
        l.add(v->isEmpty() ? u"0"_s : u"user_id = ?"_s,
            v->isEmpty() ? QVariantList() : QVariantList {*v});
    const auto statusEqual = params::integer(filter, u"statusEqual"_s);
    const auto statusIn = params::string(filter, u"statusIn"_s);
    if (statusEqual)
        l.add(u"status = ?"_s, {*statusEqual});
    if (statusIn)
        l.addIn(u"status"_s, *statusIn);
    if (const auto v = params::string(filter, u"fileNameEqual"_s)) {
        l.add(u"file_name = ?"_s, {*v});
        // Resume discovery defaults (UploadTokenFilter): live tokens only, and a partial one
        // only while it may still be resumed.
        if (!statusEqual && !statusIn)
            l.add(u"status IN (0, 1, 2)"_s);
        if (statusEqual == uploads::PartialUpload)
            l.add(u"updated_at >= ?"_s, {QDateTime::currentSecsSinceEpoch() - kMaxResumeSeconds});
    }
    if (const auto v = number(filter, u"fileSizeEqual"_s))
        l.add(u"file_size = ?"_s, {*v});
    return l;
}

QString orderOf(const QJsonObject &filter)
{
    const QString orderBy = params::string(filter, u"orderBy"_s).value_or(QString());
    if (orderBy == u"+createdAt"_s)
        return u"created_at ASC, rowid ASC"_s;
    if (orderBy == u"-createdAt"_s)
        return u"created_at DESC, rowid DESC"_s;
    return u"rowid ASC"_s;
}

QJsonValue list(CallContext &ctx)
{
    const Session &session = ctx.requireSession();
    const QJsonObject filter = ctx.params.value(u"filter"_s).toObject();
    const QJsonObject pager = ctx.params.value(u"pager"_s).toObject();
    const ListQuery l = listQuery(session, filter);
    const QString where = l.where.join(u" AND "_s);

    const qint64 total = countRows(u"upload_token"_s, where, l.values);
    const params::Pager page = params::Pager::from(pager);
    QSqlQuery q(Store::db());
    q.prepare(u"SELECT id FROM upload_token WHERE %1 ORDER BY %2 LIMIT ? OFFSET ?"_s.arg(
        where, orderOf(filter)));
    for (const QVariant &v : l.values)
        q.addBindValue(v);
    q.addBindValue(page.size);
    q.addBindValue(page.offset());
    execOrThrow(q);
    QJsonArray objects;
    while (q.next())
        objects.append(uploads::toJson(*uploads::find(q.value(0).toString())));
    return QJsonObject {{u"objects"_s, objects}, {u"totalCount"_s, double(total)},
        {u"objectType"_s, u"KalturaUploadTokenListResponse"_s}};
}

} // namespace

void registerUploadTokenService(Dispatcher &d)
{
    d.add(u"uploadToken"_s, u"add"_s, Access::Session, add);
    d.add(u"uploadToken"_s, u"get"_s, Access::Session, [](CallContext &ctx) {
        return uploads::toJson(
            uploads::require(ctx.requireString(u"uploadTokenId"_s), ctx.requireSession()));
    });
    d.add(u"uploadToken"_s, u"delete"_s, Access::Session, [](CallContext &ctx) {
        uploads::cancel(
            uploads::require(ctx.requireString(u"uploadTokenId"_s), ctx.requireSession()));
        return QJsonValue(QJsonValue::Null);
    });
    d.add(u"uploadToken"_s, u"list"_s, Access::Session, list);
    d.add(u"uploadToken"_s, u"upload"_s, Access::Session, upload);
}

} // namespace sandbox
