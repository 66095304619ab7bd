// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/Assets.h"

#include "api/ApiError.h"
#include "api/Params.h"
#include "store/Store.h"

#include <QDateTime>
#include <QDir>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace sandbox::assets {

namespace {

const QStringList kFlavorColumns
    = {u"id"_s, u"entry_id"_s, u"partner_id"_s, u"flavor_params_id"_s, u"status"_s, u"size_bytes"_s,
        u"width"_s, u"height"_s, u"bitrate"_s, u"frame_rate"_s, u"is_original"_s, u"is_web"_s,
        u"container_format"_s, u"video_codec_id"_s, u"file_ext"_s, u"tags"_s, u"description"_s,
        u"file_path"_s, u"version"_s, u"created_at"_s, u"updated_at"_s, u"deleted_at"_s};

const QStringList kThumbColumns = {u"id"_s, u"entry_id"_s, u"partner_id"_s, u"thumb_params_id"_s,
    u"status"_s, u"size_bytes"_s, u"width"_s, u"height"_s, u"tags"_s, u"file_ext"_s, u"file_path"_s,
    u"description"_s, u"params"_s, u"version"_s, u"created_at"_s, u"updated_at"_s, u"deleted_at"_s};

QVariant optionalTime(const std::optional<qint64> &t)
{
    return t ? QVariant(*t) : QVariant();
}

std::optional<qint64> optionalTime(const QVariant &v)
{
    return v.isNull() ? std::nullopt : std::optional<qint64>(v.toLongLong());
}

// NOT NULL text columns hold "" for "none"; a null QString would bind as SQL NULL.
QString text(const QString &s)
{
    return s.isNull() ? u""_s : s;
}

QVariantList values(const Flavor &f)
{
    return {f.id, f.entryId, f.partnerId, f.flavorParamsId, f.status, f.sizeBytes, f.width,
        f.height, f.bitrate, f.frameRate, int(f.isOriginal), int(f.isWeb), text(f.containerFormat),
        text(f.videoCodecId), text(f.fileExt), text(f.tags), text(f.description), f.filePath,
        f.version, f.createdAt, f.updatedAt, optionalTime(f.deletedAt)};
}

QVariantList values(const Thumb &t)
{
    return {t.id, t.entryId, t.partnerId, t.thumbParamsId, t.status, t.sizeBytes, t.width, t.height,
        text(t.tags), text(t.fileExt), t.filePath, text(t.description),
        QString::fromUtf8(QJsonDocument(t.params).toJson(QJsonDocument::Compact)), t.version,
        t.createdAt, t.updatedAt, optionalTime(t.deletedAt)};
}

Flavor flavorFrom(const QSqlQuery &q)
{
    Flavor f;
    int i = 0;
    f.id = q.value(i++).toString();
    f.entryId = q.value(i++).toString();
    f.partnerId = q.value(i++).toLongLong();
    f.flavorParamsId = q.value(i++).toInt();
    f.status = q.value(i++).toInt();
    f.sizeBytes = q.value(i++).toLongLong();
    f.width = q.value(i++).toInt();
    f.height = q.value(i++).toInt();
    f.bitrate = q.value(i++).toInt();
    f.frameRate = q.value(i++).toDouble();
    f.isOriginal = q.value(i++).toInt() != 0;
    f.isWeb = q.value(i++).toInt() != 0;
    f.containerFormat = q.value(i++).toString();
    f.videoCodecId = q.value(i++).toString();
    f.fileExt = q.value(i++).toString();
    f.tags = q.value(i++).toString();
    f.description = q.value(i++).toString();
    f.filePath = q.value(i++).toString();
    f.version = q.value(i++).toInt();
    f.createdAt = q.value(i++).toLongLong();
    f.updatedAt = q.value(i++).toLongLong();
    f.deletedAt = optionalTime(q.value(i++));
    return f;
}

Thumb thumbFrom(const QSqlQuery &q)
{
    Thumb t;
    int i = 0;
    t.id = q.value(i++).toString();
    t.entryId = q.value(i++).toString();
    t.partnerId = q.value(i++).toLongLong();
    t.thumbParamsId = q.value(i++).toInt();
    t.status = q.value(i++).toInt();
    t.sizeBytes = q.value(i++).toLongLong();
    t.width = q.value(i++).toInt();
    t.height = q.value(i++).toInt();
    t.tags = q.value(i++).toString();
    t.fileExt = q.value(i++).toString();
    t.filePath = q.value(i++).toString();
    t.description = q.value(i++).toString();
    t.params = QJsonDocument::fromJson(q.value(i++).toString().toUtf8()).object();
    t.version = q.value(i++).toInt();
    t.createdAt = q.value(i++).toLongLong();
    t.updatedAt = q.value(i++).toLongLong();
    t.deletedAt = optionalTime(q.value(i++));
    return t;
}

/// SELECT of all columns of the flavor or thumb table with a WHERE clause and its values.
template<typename Row, typename Make>
QList<Row> select(const QString &table, const QStringList &columns, const QString &where,
    const QVariantList &bind, Make make)
{
    QSqlQuery q(Store::db());
    q.prepare(u"SELECT %1 FROM %2 WHERE %3"_s.arg(columns.join(u", "_s), table, where));
    for (const QVariant &v : bind)
        q.addBindValue(v);
    execOrThrow(q);
    QList<Row> rows;
    while (q.next())
        rows.append(make(q));
    return rows;
}

QList<Flavor> selectFlavors(const QString &where, const QVariantList &bind)
{
    return select<Flavor>(u"flavor_asset"_s, kFlavorColumns, where, bind, flavorFrom);
}

QList<Thumb> selectThumbs(const QString &where, const QVariantList &bind)
{
    return select<Thumb>(u"thumb_asset"_s, kThumbColumns, where, bind, thumbFrom);
}

void write(const QString &table, const QStringList &columns, const QVariantList &row)
{
    QSqlQuery q(Store::db());
    QStringList marks;
    for (qsizetype i = 0; i < columns.size(); ++i)
        marks.append(u"?"_s);
    q.prepare(u"INSERT OR REPLACE INTO %1 (%2) VALUES (%3)"_s.arg(
        table, columns.join(u", "_s), marks.join(u", "_s)));
    for (const QVariant &v : row)
        q.addBindValue(v);
    execOrThrow(q);
}

bool hasTag(const QString &tags, const QString &tag)
{
    const QStringList list = tags.split(u',', Qt::SkipEmptyParts);
    return std::any_of(
        list.begin(), list.end(), [&](const QString &t) { return t.trimmed() == tag; });
}

void insertCommon(QJsonObject &o, const QString &id, const QString &entryId, qint64 partnerId,
    int version, const QString &tags, const QString &fileExt, const QString &description,
    qint64 createdAt, qint64 updatedAt, const std::optional<qint64> &deletedAt)
{
    o.insert(u"id"_s, id);
    o.insert(u"entryId"_s, entryId);
    o.insert(u"partnerId"_s, double(partnerId));
    o.insert(u"version"_s, version);
    o.insert(u"tags"_s, tags);
    o.insert(u"fileExt"_s, fileExt);
    o.insert(u"createdAt"_s, double(createdAt));
    o.insert(u"updatedAt"_s, double(updatedAt));
    if (deletedAt)
        o.insert(u"deletedAt"_s, double(*deletedAt));
    if (!description.isEmpty())
        o.insert(u"description"_s, description);
}

// --- list filters (KalturaAssetFilter and its flavor/thumb subclasses, §8.1/§8.2) ----------

struct Where {
    QStringList clauses;
    QVariantList bind;

    void add(const QString &clause, const QVariantList &values)
    {
        clauses.append(clause);
        bind.append(values);
    }
    /// "column IN (?, ?)" from a comma list; an empty list matches nothing, as the server does.
    void addIn(const QString &column, const QString &csv, bool negate = false)
    {
        const QStringList items = csv.split(u',', Qt::SkipEmptyParts);
        if (items.isEmpty()) {
            if (!negate)
                clauses.append(u"0"_s);
            return;
        }
        QStringList marks;
        for (const QString &item : items) {
            marks.append(u"?"_s);
            bind.append(item.trimmed());
        }
        clauses.append(
            u"%1 %2IN (%3)"_s.arg(column, negate ? u"NOT "_s : QString(), marks.join(u", "_s)));
    }
};

void addTagFilters(Where &w, const QJsonObject &filter)
{
    const QString padded = u"(',' || REPLACE(tags, ' ', '') || ',')"_s;
    if (const auto like = params::string(filter, u"tagsLike"_s); like && !like->isEmpty())
        w.add(u"tags LIKE ?"_s, {u"%"_s + *like + u"%"_s});
    for (const auto &[key, joiner] : {std::pair {u"tagsMultiLikeOr"_s, u" OR "_s},
             std::pair {u"tagsMultiLikeAnd"_s, u" AND "_s}}) {
        const QStringList tags
            = params::string(filter, key).value_or(QString()).split(u',', Qt::SkipEmptyParts);
        if (tags.isEmpty())
            continue;
        QStringList parts;
        for (const QString &tag : tags) {
            parts.append(padded + u" LIKE ?"_s);
            w.bind.append(u"%,"_s + tag.trimmed() + u",%"_s);
        }
        w.clauses.append(u"("_s + parts.join(joiner) + u")"_s);
    }
}

void addRangeFilters(Where &w, const QJsonObject &filter, bool flavors)
{
    // size is in KB for flavors and in bytes for thumbnails (§8.2).
    const QString size = flavors ? u"(size_bytes / 1024)"_s : u"size_bytes"_s;
    const QList<std::pair<QString, QString>> ranges
        = {{u"size"_s, size}, {u"createdAt"_s, u"created_at"_s}, {u"updatedAt"_s, u"updated_at"_s},
            {u"deletedAt"_s, u"deleted_at"_s}};
    for (const auto &[field, column] : ranges) {
        if (const auto v = params::integer(filter, field + u"GreaterThanOrEqual"_s))
            w.add(column + u" >= ?"_s, {*v});
        if (const auto v = params::integer(filter, field + u"LessThanOrEqual"_s))
            w.add(column + u" <= ?"_s, {*v});
    }
}

Where whereFor(bool flavors, const QJsonObject &filter, qint64 partnerId)
{
    Where w;
    w.add(u"partner_id = ?"_s, {partnerId});
    w.add(u"status != ?"_s, {int(Deleted)});
    const QString paramsColumn = flavors ? u"flavor_params_id"_s : u"thumb_params_id"_s;
    const QString paramsField = flavors ? u"flavorParamsId"_s : u"thumbParamsId"_s;
    const QList<std::pair<QString, QString>> equalities = {{u"idEqual"_s, u"id"_s},
        {u"entryIdEqual"_s, u"entry_id"_s}, {u"partnerIdEqual"_s, u"partner_id"_s},
        {paramsField + u"Equal"_s, paramsColumn}, {u"statusEqual"_s, u"status"_s}};
    for (const auto &[field, column] : equalities) {
        if (const auto v = params::string(filter, field))
            w.add(column + u" = ?"_s, {*v});
    }
    const QList<std::pair<QString, QString>> lists = {{u"idIn"_s, u"id"_s},
        {u"entryIdIn"_s, u"entry_id"_s}, {u"partnerIdIn"_s, u"partner_id"_s},
        {paramsField + u"In"_s, paramsColumn}, {u"statusIn"_s, u"status"_s}};
    for (const auto &[field, column] : lists) {
        if (const auto v = params::string(filter, field))
            w.addIn(column, *v);
    }
    if (const auto v = params::string(filter, u"statusNotIn"_s))
        w.addIn(u"status"_s, *v, true);
    addTagFilters(w, filter);
    addRangeFilters(w, filter, flavors);
    return w;
}

QString orderFor(const QJsonObject &filter)
{
    static const QHash<QString, QString> columns
        = {{u"createdAt"_s, u"created_at"_s}, {u"updatedAt"_s, u"updated_at"_s},
            {u"deletedAt"_s, u"deleted_at"_s}, {u"size"_s, u"size_bytes"_s}};
    QStringList terms;
    for (const QString &term :
        params::string(filter, u"orderBy"_s).value_or(QString()).split(u',', Qt::SkipEmptyParts)) {
        const QString t = term.trimmed();
        const QString column = columns.value(t.mid(1));
        if ((t.startsWith(u'+') || t.startsWith(u'-')) && !column.isEmpty())
            terms.append(column + (t.startsWith(u'-') ? u" DESC"_s : u" ASC"_s));
    }
    terms.append(u"created_at ASC"_s);
    terms.append(u"rowid ASC"_s);
    return terms.join(u", "_s);
}

} // namespace

bool Thumb::isDefault() const
{
    return hasTag(tags, QString::fromLatin1(kDefaultThumbTag));
}

std::optional<EntryRef> entryRef(const QString &entryId)
{
    QSqlQuery q(Store::db());
    q.prepare(u"SELECT name, partner_id, type, media_type, status, ms_duration FROM entry"
              " WHERE id = ?"_s);
    q.addBindValue(entryId);
    execOrThrow(q);
    if (!q.next())
        return std::nullopt;
    return EntryRef {entryId, q.value(0).toString(), q.value(1).toLongLong(), q.value(2).toInt(),
        q.value(3).toInt(), q.value(4).toInt(), q.value(5).toLongLong()};
}

QString entryDir(const QString &entryId)
{
    const QString dir = Store::filesDir() + u"/entries/"_s + entryId;
    QDir().mkpath(dir);
    return dir;
}

std::optional<Flavor> flavor(const QString &id)
{
    const QList<Flavor> rows = selectFlavors(u"id = ?"_s, {id});
    return rows.isEmpty() ? std::nullopt : std::optional<Flavor>(rows.first());
}

std::optional<Thumb> thumb(const QString &id)
{
    const QList<Thumb> rows = selectThumbs(u"id = ?"_s, {id});
    return rows.isEmpty() ? std::nullopt : std::optional<Thumb>(rows.first());
}

QList<Flavor> flavorsOf(const QString &entryId)
{
    return selectFlavors(
        u"entry_id = ? AND status != ? ORDER BY created_at, rowid"_s, {entryId, int(Deleted)});
}

QList<Thumb> thumbsOf(const QString &entryId)
{
    return selectThumbs(
        u"entry_id = ? AND status != ? ORDER BY created_at, rowid"_s, {entryId, int(Deleted)});
}

std::optional<Flavor> flavorByParams(const QString &entryId, int flavorParamsId)
{
    const QList<Flavor> rows = selectFlavors(
        u"entry_id = ? AND flavor_params_id = ? AND status != ? ORDER BY created_at, rowid"_s,
        {entryId, flavorParamsId, int(Deleted)});
    return rows.isEmpty() ? std::nullopt : std::optional<Flavor>(rows.first());
}

std::optional<Thumb> defaultThumb(const QString &entryId)
{
    for (const Thumb &t : selectThumbs(
             u"entry_id = ? AND status = ? ORDER BY updated_at DESC"_s, {entryId, int(Ready)})) {
        if (t.isDefault())
            return t;
    }
    return std::nullopt;
}

QString insert(Flavor &f)
{
    f.id = Store::newId(u"flavor_asset"_s);
    f.createdAt = f.updatedAt = QDateTime::currentSecsSinceEpoch();
    write(u"flavor_asset"_s, kFlavorColumns, values(f));
    return f.id;
}

QString insert(Thumb &t)
{
    t.id = Store::newId(u"thumb_asset"_s);
    t.createdAt = t.updatedAt = QDateTime::currentSecsSinceEpoch();
    write(u"thumb_asset"_s, kThumbColumns, values(t));
    return t.id;
}

void save(Flavor &f)
{
    f.updatedAt = QDateTime::currentSecsSinceEpoch();
    write(u"flavor_asset"_s, kFlavorColumns, values(f));
}

void save(Thumb &t)
{
    t.updatedAt = QDateTime::currentSecsSinceEpoch();
    write(u"thumb_asset"_s, kThumbColumns, values(t));
}

void makeDefault(const Thumb &chosen)
{
    const QString tag = QString::fromLatin1(kDefaultThumbTag);
    for (Thumb t : thumbsOf(chosen.entryId)) {
        QStringList tags = t.tags.split(u',', Qt::SkipEmptyParts);
        for (QString &s : tags)
            s = s.trimmed();
        const bool had = tags.removeAll(tag) > 0;
        if (t.id == chosen.id)
            tags.append(tag);
        else if (!had)
            continue;
        t.tags = tags.join(u',');
        save(t);
    }
}

QJsonObject toJson(const Flavor &f)
{
    QJsonObject o;
    insertCommon(o, f.id, f.entryId, f.partnerId, f.version, f.tags, f.fileExt, f.description,
        f.createdAt, f.updatedAt, f.deletedAt);
    o.insert(u"size"_s, double(f.sizeBytes / 1024));
    o.insert(u"sizeInBytes"_s, double(f.sizeBytes));
    o.insert(u"flavorParamsId"_s, f.flavorParamsId);
    o.insert(u"width"_s, f.width);
    o.insert(u"height"_s, f.height);
    o.insert(u"bitrate"_s, f.bitrate);
    o.insert(u"frameRate"_s, f.frameRate);
    o.insert(u"isOriginal"_s, f.isOriginal);
    o.insert(u"isWeb"_s, f.isWeb);
    o.insert(u"containerFormat"_s, f.containerFormat);
    o.insert(u"videoCodecId"_s, f.videoCodecId);
    o.insert(u"status"_s, f.status);
    o.insert(u"objectType"_s, u"KalturaFlavorAsset"_s);
    return o;
}

QJsonObject toJson(const Thumb &t)
{
    QJsonObject o;
    insertCommon(o, t.id, t.entryId, t.partnerId, t.version, t.tags, t.fileExt, t.description,
        t.createdAt, t.updatedAt, t.deletedAt);
    o.insert(u"size"_s, double(t.sizeBytes));
    o.insert(u"sizeInBytes"_s, double(t.sizeBytes));
    o.insert(u"thumbParamsId"_s, t.thumbParamsId);
    o.insert(u"width"_s, t.width);
    o.insert(u"height"_s, t.height);
    o.insert(u"status"_s, t.status);
    o.insert(u"objectType"_s, u"KalturaThumbAsset"_s);
    return o;
}

QJsonObject list(bool flavors, const QJsonObject &filter, const QJsonObject &pager,
    const QString &filterClass, qint64 partnerId)
{
    const bool hasEntry = !params::string(filter, u"entryIdEqual"_s).value_or(QString()).isEmpty()
        || !params::string(filter, u"entryIdIn"_s).value_or(QString()).isEmpty();
    if (!hasEntry) {
        throw ApiError(u"PROPERTY_VALIDATION_CANNOT_BE_NULL"_s,
            {u"%1::entryIdEqual/%1::entryIdIn"_s.arg(filterClass)});
    }
    const Where w = whereFor(flavors, filter, partnerId);
    const QString where = w.clauses.join(u" AND "_s);
    const QString table = flavors ? u"flavor_asset"_s : u"thumb_asset"_s;

    const qint64 total = countRows(table, where, w.bind);
    const params::Pager page = params::Pager::from(pager);
    const QString paged = u"%1 ORDER BY %2 LIMIT %3 OFFSET %4"_s.arg(where, orderFor(filter))
                              .arg(page.size)
                              .arg(page.offset());
    QJsonArray objects;
    if (flavors) {
        for (const Flavor &f : selectFlavors(paged, w.bind))
            objects.append(toJson(f));
    } else {
        for (const Thumb &t : selectThumbs(paged, w.bind))
            objects.append(toJson(t));
    }
    return QJsonObject {{u"objects"_s, objects}, {u"totalCount"_s, double(total)},
        {u"objectType"_s,
            flavors ? u"KalturaFlavorAssetListResponse"_s : u"KalturaThumbAssetListResponse"_s}};
}

} // namespace sandbox::assets
