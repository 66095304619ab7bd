// SPDX-License-Identifier: GPL-3.0-or-later
#include "upload/UploadCalls.h"

#include "api/JsonRead.h"
#include "api/KalturaObject.h"
#include "entries/EntryPatch.h"

#include <QJsonArray>
#include <QMimeDatabase>

using namespace Qt::StringLiterals;

namespace minikmc::upload {

UploadToken UploadToken::fromJson(const QJsonValue &value)
{
    const QJsonObject o = value.toObject();
    UploadToken t;
    t.id = o.value(u"id"_s).toString();
    t.status = TokenStatus(api::json::toInt64(o.value(u"status"_s)).value_or(-1));
    t.fileSize = qint64(api::json::toDouble(o.value(u"fileSize"_s)).value_or(-1));
    t.uploadedFileSize = qint64(api::json::toDouble(o.value(u"uploadedFileSize"_s)).value_or(0));
    t.createdAt = api::json::toInt64(o.value(u"createdAt"_s)).value_or(0);
    t.attachedObjectType = o.value(u"attachedObjectType"_s).toString();
    t.attachedObjectId = o.value(u"attachedObjectId"_s).toString();
    return t;
}

QJsonObject UploadMetadata::toJson() const
{
    return {{u"name"_s, name}, {u"description"_s, description}, {u"tags"_s, tags},
        {u"categoryIds"_s, QJsonArray::fromStringList(categoryIds)}};
}

UploadMetadata UploadMetadata::fromJson(const QJsonObject &object)
{
    UploadMetadata m;
    m.name = object.value(u"name"_s).toString();
    m.description = object.value(u"description"_s).toString();
    m.tags = object.value(u"tags"_s).toString();
    for (const QJsonValue &id : object.value(u"categoryIds"_s).toArray())
        m.categoryIds.append(id.toString());
    return m;
}

int mediaTypeFor(const QString &filePath)
{
    const QString mime = QMimeDatabase().mimeTypeForFile(filePath).name();
    if (mime.startsWith(u"video/"_s))
        return 1;
    if (mime.startsWith(u"image/"_s))
        return 2;
    if (mime.startsWith(u"audio/"_s))
        return 5;
    return 0;
}

namespace calls {

namespace {

QString joinedCategories(const QStringList &ids)
{
    return ids.join(u',');
}

} // namespace

api::MultiRequest createEntryWithToken(
    const QString &fileName, qint64 fileSize, int mediaType, const UploadMetadata &metadata)
{
    api::MultiRequest request;
    const int token = request.add(api::Call(u"uploadToken"_s, u"add"_s)
                                      .set(u"uploadToken"_s,
                                          api::KalturaObject(u"KalturaUploadToken"_s)
                                              .set(u"fileName"_s, fileName)
                                              .set(u"fileSize"_s, double(fileSize))));
    api::KalturaObject entry(u"KalturaMediaEntry"_s);
    entry.set(u"mediaType"_s, mediaType);
    entry.set(u"name"_s, metadata.name.isEmpty() ? fileName : metadata.name);
    if (!metadata.description.isEmpty())
        entry.set(u"description"_s, metadata.description);
    if (!metadata.tags.isEmpty())
        entry.set(u"tags"_s, metadata.tags);
    if (!metadata.categoryIds.isEmpty())
        entry.set(u"categoriesIds"_s, joinedCategories(metadata.categoryIds));
    const int add = request.add(api::Call(u"media"_s, u"add"_s).set(u"entry"_s, entry));
    request.add(api::Call(u"media"_s, u"addContent"_s)
                    .set(u"entryId"_s, api::MultiRequest::resultRef(add, u"id"_s))
                    .set(u"resource"_s,
                        api::KalturaObject(u"KalturaUploadedFileTokenResource"_s)
                            .set(u"token"_s, api::MultiRequest::resultRef(token, u"id"_s))));
    return request;
}

api::Call tokenGet(const QString &tokenId)
{
    return api::Call(u"uploadToken"_s, u"get"_s)
        .set(u"uploadTokenId"_s, tokenId)
        .setIdempotent(true);
}

api::Call pendingTokens(const QString &fileName, qint64 fileSize)
{
    return api::Call(u"uploadToken"_s, u"list"_s)
        .set(u"filter"_s,
            api::KalturaObject(u"KalturaUploadTokenFilter"_s)
                .set(u"fileNameEqual"_s, fileName)
                .set(u"fileSizeEqual"_s, double(fileSize))
                .set(u"statusEqual"_s, int(TokenStatus::Pending))
                .set(u"orderBy"_s, u"-createdAt"_s))
        .set(u"pager"_s, api::KalturaObject(u"KalturaFilterPager"_s).set(u"pageSize"_s, 10))
        .setIdempotent(true);
}

api::Call flavorGet(const QString &flavorId)
{
    return api::Call(u"flavorAsset"_s, u"get"_s).set(u"id"_s, flavorId).setIdempotent(true);
}

api::Call tokenDelete(const QString &tokenId)
{
    // Deleting twice answers UPLOAD_TOKEN_NOT_FOUND the second time, which the caller accepts.
    return api::Call(u"uploadToken"_s, u"delete"_s)
        .set(u"uploadTokenId"_s, tokenId)
        .setIdempotent(true);
}

api::Call uploadChunk(const QString &tokenId, const QString &filePath, const QString &fileName,
    qint64 offset, qint64 length, bool resume, bool finalChunk, qint64 resumeAt)
{
    api::FilePart part;
    part.filePath = filePath;
    part.fileName = fileName;
    part.offset = offset;
    part.length = length;
    // Every parameter is sent, also the defaults: an omitted finalChunk means "true" (§6.2).
    // Not idempotent for the Reply: the job retries chunks itself, from the server's offset.
    return api::Call(u"uploadToken"_s, u"upload"_s)
        .set(u"uploadTokenId"_s, tokenId)
        .set(u"resume"_s, resume)
        .set(u"finalChunk"_s, finalChunk)
        .set(u"resumeAt"_s, double(resumeAt))
        .addFile(part);
}

api::Call entryDelete(const QString &entryId)
{
    return api::Call(u"baseEntry"_s, u"delete"_s).set(u"entryId"_s, entryId);
}

std::optional<api::Call> entryUpdate(
    const QString &entryId, const UploadMetadata &before, const UploadMetadata &after)
{
    const auto editable = [](const UploadMetadata &m) {
        entries::EditableEntry e;
        e.name = m.name;
        e.description = m.description;
        for (const QString &tag : m.tags.split(u',', Qt::SkipEmptyParts))
            e.tags.append(tag.trimmed());
        e.categoryIds = m.categoryIds;
        return e;
    };
    const entries::EntryPatch patch
        = entries::EntryPatch::between(editable(before), editable(after));
    if (patch.isEmpty())
        return std::nullopt;
    return patch.toCall(entryId);
}

} // namespace calls

} // namespace minikmc::upload
