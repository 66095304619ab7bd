// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/Entries.h"

#include "api/ApiError.h"
#include "store/Categories.h"
#include "store/Store.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace sandbox::entries {

namespace {

// The order toJson() reads them in.
const QStringList kColumns
    = {u"id"_s, u"partner_id"_s, u"type"_s, u"media_type"_s, u"name"_s, u"description"_s, u"tags"_s,
        u"admin_tags"_s, u"categories_ids"_s, u"reference_id"_s, u"user_id"_s, u"creator_id"_s,
        u"status"_s, u"moderation_status"_s, u"display_in_search"_s, u"start_date"_s, u"end_date"_s,
        u"ms_duration"_s, u"width"_s, u"height"_s, u"plays"_s, u"views"_s, u"last_played_at"_s,
        u"rank"_s, u"partner_sort_value"_s, u"conversion_profile_id"_s, u"source_type"_s,
        u"version"_s, u"thumb_version"_s, u"extra"_s, u"created_at"_s, u"updated_at"_s};

enum Col {
    Id,
    PartnerId,
    Type,
    MediaType,
    Name,
    Description,
    Tags,
    AdminTags,
    CategoriesIds,
    ReferenceId,
    UserId,
    CreatorId,
    StatusCol,
    ModerationStatus,
    DisplayInSearch,
    StartDate,
    EndDate,
    MsDuration,
    Width,
    Height,
    Plays,
    Views,
    LastPlayedAt,
    Rank,
    PartnerSortValue,
    ConversionProfileId,
    SourceType,
    Version,
    ThumbVersion,
    Extra,
    CreatedAt,
    UpdatedAt,
};

QString objectTypeFor(int type)
{
    switch (type) {
    case 1:
        return u"KalturaMediaEntry"_s;
    case 5:
        return u"KalturaPlaylist"_s;
    case 6:
        return u"KalturaDataEntry"_s;
    case 7:
        return u"KalturaLiveStreamEntry"_s;
    case 10:
        return u"KalturaDocumentEntry"_s;
    default:
        return u"KalturaBaseEntry"_s;
    }
}

QString durationType(qint64 seconds, bool playable)
{
    if (!playable || seconds <= 0)
        return u"notavailable"_s;
    if (seconds < 240)
        return u"short"_s;
    if (seconds <= 1200)
        return u"medium"_s;
    return u"long"_s;
}

void insertIfNotNull(QJsonObject &o, const QString &key, const QVariant &v)
{
    if (!v.isNull())
        o.insert(key,
            v.typeId() == QMetaType::QString ? QJsonValue(v.toString())
                                             : QJsonValue(double(v.toLongLong())));
}

/// Updates the entry (when condition, an SQL expression, holds); true when it did.
bool touch(const QString &id, const QString &setClause, const QVariantList &values,
    const QString &condition = u"1"_s)
{
    QSqlQuery q(Store::db());
    q.prepare(
        u"UPDATE entry SET %1, updated_at = ? WHERE id = ? AND (%2)"_s.arg(setClause, condition));
    for (const QVariant &v : values)
        q.addBindValue(v);
    q.addBindValue(QDateTime::currentSecsSinceEpoch());
    q.addBindValue(id);
    execOrThrow(q);
    return q.numRowsAffected() > 0;
}

} // namespace

QString insert(qint64 partnerId, const NewEntry &e)
{
    const QString id = Store::newId(u"entry"_s);
    const qint64 created = e.createdAt.value_or(QDateTime::currentSecsSinceEpoch());
    // Null QStrings would bind as SQL NULL; these columns are NOT NULL with "" for "none".
    const auto text = [](const QString &s) { return s.isNull() ? u""_s : s; };
    QVariantHash values {{u"id"_s, id}, {u"partner_id"_s, partnerId}, {u"type"_s, e.type},
        {u"media_type"_s, e.mediaType ? QVariant(*e.mediaType) : QVariant()},
        {u"name"_s, text(e.name)}, {u"description"_s, text(e.description)},
        {u"tags"_s, text(e.tags)}, {u"user_id"_s, text(e.userId)},
        {u"creator_id"_s, text(e.userId)}, {u"status"_s, e.status},
        {u"ms_duration"_s, e.msDuration}, {u"width"_s, e.width}, {u"height"_s, e.height},
        {u"created_at"_s, created}, {u"updated_at"_s, created},
        {u"extra"_s, QString::fromUtf8(QJsonDocument(e.extra).toJson(QJsonDocument::Compact))}};
    values.insert(e.columns);
    const QStringList names = values.keys();
    QSqlQuery q(Store::db());
    q.prepare(u"INSERT INTO entry (%1) VALUES (%2)"_s.arg(
        names.join(u", "_s), QStringList(names.size(), u"?"_s).join(u", "_s)));
    for (const QString &name : names)
        q.addBindValue(values.value(name));
    execOrThrow(q);
    return id;
}

QString columns()
{
    return kColumns.join(u", "_s);
}

QJsonObject toJson(const QSqlQuery &row, const QString &serviceUrl)
{
    const QString id = row.value(Id).toString();
    const qint64 pid = row.value(PartnerId).toLongLong();
    const int type = row.value(Type).toInt();
    const QVariant mediaType = row.value(MediaType);
    const bool media = type == 1;
    const bool playable = media && mediaType.toInt() != 2; // images do not play
    // Concatenated: QString::arg would read "%200" as the placeholder %20.
    const QString base
        = serviceUrl + u"/p/"_s + QString::number(pid) + u"/sp/"_s + QString::number(pid) + u"00"_s;

    QJsonObject o = QJsonDocument::fromJson(row.value(Extra).toString().toUtf8()).object();
    o.insert(u"id"_s, id);
    o.insert(u"partnerId"_s, double(pid));
    o.insert(u"type"_s, type);
    o.insert(u"name"_s, row.value(Name).toString());
    o.insert(u"description"_s, row.value(Description).toString());
    o.insert(u"tags"_s, row.value(Tags).toString());
    o.insert(u"adminTags"_s, row.value(AdminTags).toString());
    o.insert(u"categoriesIds"_s, row.value(CategoriesIds).toString());
    o.insert(u"categories"_s, categories::fullNames(row.value(CategoriesIds).toString()));
    insertIfNotNull(o, u"referenceId"_s, row.value(ReferenceId));
    o.insert(u"userId"_s, row.value(UserId).toString());
    o.insert(u"creatorId"_s, row.value(CreatorId).toString());
    o.insert(u"status"_s, row.value(StatusCol).toInt());
    o.insert(u"moderationStatus"_s, row.value(ModerationStatus).toInt());
    o.insert(u"moderationCount"_s, 0);
    o.insert(u"displayInSearch"_s, row.value(DisplayInSearch).toInt());
    insertIfNotNull(o, u"startDate"_s, row.value(StartDate));
    insertIfNotNull(o, u"endDate"_s, row.value(EndDate));
    o.insert(u"rank"_s, row.value(Rank).toDouble());
    o.insert(u"totalRank"_s, 0);
    o.insert(u"votes"_s, 0);
    o.insert(u"partnerSortValue"_s, double(row.value(PartnerSortValue).toLongLong()));
    insertIfNotNull(o, u"conversionProfileId"_s, row.value(ConversionProfileId));
    o.insert(u"version"_s, row.value(Version).toInt());
    o.insert(u"createdAt"_s, double(row.value(CreatedAt).toLongLong()));
    o.insert(u"updatedAt"_s, double(row.value(UpdatedAt).toLongLong()));
    o.insert(u"thumbnailUrl"_s,
        u"%1/thumbnail/entry_id/%2/version/%3"_s.arg(base, id).arg(
            row.value(ThumbVersion).toInt()));
    o.insert(u"searchText"_s,
        u"_PAR_ONLY_ _%1_ _all_  %2 %3"_s.arg(pid).arg(
            row.value(Name).toString(), row.value(Tags).toString()));
    o.insert(u"replacementStatus"_s, 0);
    o.insert(u"rootEntryId"_s, id);
    o.insert(u"objectType"_s, objectTypeFor(type));
    if (media) {
        const qint64 ms = row.value(MsDuration).toLongLong();
        const qint64 seconds = (ms + 500) / 1000;
        o.insert(u"plays"_s, double(row.value(Plays).toLongLong()));
        o.insert(u"views"_s, double(row.value(Views).toLongLong()));
        insertIfNotNull(o, u"lastPlayedAt"_s, row.value(LastPlayedAt));
        o.insert(u"width"_s, row.value(Width).toInt());
        o.insert(u"height"_s, row.value(Height).toInt());
        o.insert(u"duration"_s, double(seconds));
        o.insert(u"msDuration"_s, double(ms));
        o.insert(u"durationType"_s, durationType(seconds, playable));
        insertIfNotNull(o, u"mediaType"_s, mediaType);
        insertIfNotNull(o, u"sourceType"_s, row.value(SourceType));
        if (playable) {
            const QString manifest = u"%1/playManifest/entryId/%2"_s.arg(base, id);
            o.insert(u"dataUrl"_s, manifest + u"/format/url/protocol/http"_s);
            o.insert(
                u"downloadUrl"_s, manifest + u"/format/download/protocol/http/flavorParamIds/0"_s);
        } else {
            o.insert(u"downloadUrl"_s,
                u"%1/raw/entry_id/%2/version/%3"_s.arg(base, id).arg(row.value(Version).toInt()));
        }
    }
    return o;
}

std::optional<QJsonObject> find(const QString &id, qint64 partnerId, const QString &serviceUrl)
{
    QSqlQuery q(Store::db());
    q.prepare(
        u"SELECT %1 FROM entry WHERE id = ? AND partner_id = ? AND status != 3"_s.arg(columns()));
    q.addBindValue(id);
    q.addBindValue(partnerId);
    execOrThrow(q);
    if (!q.next())
        return std::nullopt;
    return toJson(q, serviceUrl);
}

QJsonObject require(const QString &id, qint64 partnerId, const QString &serviceUrl)
{
    auto entry = find(id, partnerId, serviceUrl);
    if (!entry)
        throw ApiError(u"ENTRY_ID_NOT_FOUND"_s, {id});
    return *entry;
}

void update(const QString &id, const QVariantHash &columns, const QJsonObject &extraChanges)
{
    if (columns.isEmpty() && extraChanges.isEmpty())
        return;
    QStringList assignments;
    QVariantList values;
    for (auto it = columns.cbegin(); it != columns.cend(); ++it) {
        assignments.append(it.key() + u" = ?"_s);
        values.append(it.value());
    }
    if (!extraChanges.isEmpty()) {
        QSqlQuery q(Store::db());
        q.prepare(u"SELECT extra FROM entry WHERE id = ?"_s);
        q.addBindValue(id);
        execOrThrow(q);
        QJsonObject extra = q.next()
            ? QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object()
            : QJsonObject();
        for (auto it = extraChanges.begin(); it != extraChanges.end(); ++it) {
            if (it.value().isNull())
                extra.remove(it.key());
            else
                extra.insert(it.key(), it.value());
        }
        assignments.append(u"extra = ?"_s);
        values.append(QString::fromUtf8(QJsonDocument(extra).toJson(QJsonDocument::Compact)));
    }
    touch(id, assignments.join(u", "_s), values);
}

void setStatus(const QString &id, int status)
{
    // Background jobs finish after the user may have deleted the entry: never un-delete it.
    touch(id, u"status = ?"_s, {status}, u"status != %1"_s.arg(int(Deleted)));
}

bool setStatusIf(const QString &id, const QList<int> &from, int status)
{
    QStringList statuses;
    for (const int s : from)
        statuses.append(QString::number(s));
    return touch(id, u"status = ?"_s, {status}, u"status IN (%1)"_s.arg(statuses.join(u',')));
}

void setMediaFacts(const QString &id, qint64 msDuration, int width, int height)
{
    touch(id, u"ms_duration = ?, width = ?, height = ?"_s, {msDuration, width, height});
}

void bumpThumbVersion(const QString &id)
{
    touch(id, u"thumb_version = thumb_version + 1"_s, {});
}

} // namespace sandbox::entries
