// SPDX-License-Identifier: GPL-3.0-or-later
// category: get, list (KALTURA-API.md §10). A partner has at most a few thousand categories, so
// the list filters, sorts and pages them in memory, with the counts computed from the entries'
// categoriesIds on each call.
#include "api/ApiError.h"
#include "api/Dispatcher.h"
#include "services/EntryObject.h"
#include "services/Services.h"
#include "store/Categories.h"
#include "store/Store.h"

#include <QHash>
#include <QJsonArray>
#include <QSet>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>
#include <functional>

using namespace Qt::StringLiterals;

namespace sandbox {

namespace {

struct Category {
    qint64 id = 0;
    qint64 parentId = 0;
    int depth = 0;
    QString name;
    QString fullName;
    QString fullIds;
    QString description;
    QString tags;
    QVariant referenceId;
    int status = categories::Active;
    qint64 partnerSortValue = 0;
    qint64 createdAt = 0;
    qint64 updatedAt = 0;
    qint64 entriesCount = 0;
    qint64 directEntriesCount = 0;
    qint64 directSubCategoriesCount = 0;

    QStringList pathIds() const { return fullIds.split(u'>'); }
};

QList<Category> loadCategories(qint64 partnerId)
{
    QSqlQuery q(Store::db());
    q.prepare(u"SELECT id, parent_id, depth, name, full_name, full_ids, description, tags,"
              " reference_id, status, partner_sort_value, created_at, updated_at FROM category"
              " WHERE partner_id = ?"_s);
    q.addBindValue(partnerId);
    execOrThrow(q);
    QList<Category> out;
    while (q.next()) {
        out.append({q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toInt(),
            q.value(3).toString(), q.value(4).toString(), q.value(5).toString(),
            q.value(6).toString(), q.value(7).toString(), q.value(8), q.value(9).toInt(),
            q.value(10).toLongLong(), q.value(11).toLongLong(), q.value(12).toLongLong()});
    }
    return out;
}

/// directEntriesCount: entries listing the category; entriesCount: entries listing it or any
/// of its descendants (each entry once); directSubCategoriesCount: live children.
void computeCounts(QList<Category> &all, qint64 partnerId)
{
    QHash<QString, Category *> byId;
    for (Category &c : all) {
        if (c.status != categories::Deleted)
            byId.insert(QString::number(c.id), &c);
    }
    for (Category &c : all) {
        if (Category *parent = byId.value(QString::number(c.parentId));
            parent && c.status != categories::Deleted)
            ++parent->directSubCategoriesCount;
    }
    QSqlQuery q(Store::db());
    q.prepare(u"SELECT categories_ids, COUNT(*) FROM entry WHERE partner_id = ? AND status != 3"
              " AND categories_ids != '' GROUP BY categories_ids"_s);
    q.addBindValue(partnerId);
    execOrThrow(q);
    while (q.next()) {
        const qint64 entries = q.value(1).toLongLong();
        QSet<Category *> reached;
        for (const QString &id : q.value(0).toString().split(u',', Qt::SkipEmptyParts)) {
            Category *direct = byId.value(id.trimmed());
            if (!direct)
                continue;
            direct->directEntriesCount += entries;
            for (const QString &ancestor : direct->pathIds()) {
                if (Category *c = byId.value(ancestor))
                    reached.insert(c);
            }
        }
        for (Category *c : reached)
            c->entriesCount += entries;
    }
}

QJsonObject toJson(const Category &c, qint64 partnerId)
{
    QJsonObject o {{u"id"_s, double(c.id)}, {u"parentId"_s, double(c.parentId)},
        {u"depth"_s, c.depth}, {u"partnerId"_s, double(partnerId)}, {u"name"_s, c.name},
        {u"fullName"_s, c.fullName}, {u"fullIds"_s, c.fullIds},
        {u"entriesCount"_s, double(c.entriesCount)}, {u"createdAt"_s, double(c.createdAt)},
        {u"updatedAt"_s, double(c.updatedAt)}, {u"description"_s, c.description},
        {u"tags"_s, c.tags}, {u"appearInList"_s, 1}, {u"privacy"_s, 1}, {u"inheritanceType"_s, 2},
        {u"userJoinPolicy"_s, 3}, {u"defaultPermissionLevel"_s, 3},
        {u"directEntriesCount"_s, double(c.directEntriesCount)}, {u"contributionPolicy"_s, 1},
        {u"membersCount"_s, 0}, {u"pendingMembersCount"_s, 0}, {u"privacyContext"_s, u""_s},
        {u"privacyContexts"_s, u""_s}, {u"status"_s, c.status},
        {u"partnerSortValue"_s, double(c.partnerSortValue)},
        {u"directSubCategoriesCount"_s, double(c.directSubCategoriesCount)},
        {u"moderation"_s, false}, {u"pendingEntriesCount"_s, 0},
        {u"isAggregationCategory"_s, false}, {u"objectType"_s, u"KalturaCategory"_s}};
    if (!c.referenceId.isNull())
        o.insert(u"referenceId"_s, c.referenceId.toString());
    return o;
}

using entryobject::splitList;

bool containsText(const QString &haystack, const QString &needle)
{
    return haystack.contains(needle, Qt::CaseInsensitive);
}

using Test = std::function<bool(const Category &, const QString &)>;

// KalturaCategoryFilter fields: name → whether a category passes for the given value.
const QList<std::pair<QString, Test>> &tests()
{
    static const QList<std::pair<QString, Test>> t = {
        {u"idEqual"_s, [](const Category &c, const QString &v) { return c.id == v.toLongLong(); }},
        {u"idIn"_s,
            [](const Category &c, const QString &v) {
                return splitList(v).contains(QString::number(c.id));
            }},
        {u"idNotIn"_s,
            [](const Category &c, const QString &v) {
                return !splitList(v).contains(QString::number(c.id));
            }},
        {u"parentIdEqual"_s,
            [](const Category &c, const QString &v) { return c.parentId == v.toLongLong(); }},
        {u"parentIdIn"_s,
            [](const Category &c, const QString &v) {
                return splitList(v).contains(QString::number(c.parentId));
            }},
        {u"depthEqual"_s, [](const Category &c, const QString &v) { return c.depth == v.toInt(); }},
        {u"fullNameEqual"_s, [](const Category &c, const QString &v) { return c.fullName == v; }},
        {u"fullNameIn"_s,
            [](const Category &c, const QString &v) { return splitList(v).contains(c.fullName); }},
        {u"fullNameStartsWith"_s,
            [](const Category &c, const QString &v) {
                return c.fullName.startsWith(v, Qt::CaseInsensitive);
            }},
        {u"fullIdsEqual"_s, [](const Category &c, const QString &v) { return c.fullIds == v; }},
        {u"fullIdsStartsWith"_s,
            [](const Category &c, const QString &v) { return c.fullIds.startsWith(v); }},
        {u"ancestorIdIn"_s,
            [](const Category &c, const QString &v) {
                const QStringList ancestors = c.pathIds().mid(0, c.pathIds().size() - 1);
                return std::any_of(ancestors.begin(), ancestors.end(),
                    [&v](const QString &id) { return splitList(v).contains(id); });
            }},
        {u"statusEqual"_s,
            [](const Category &c, const QString &v) { return c.status == v.toInt(); }},
        {u"statusIn"_s,
            [](const Category &c, const QString &v) {
                return splitList(v).contains(QString::number(c.status));
            }},
        {u"referenceIdEqual"_s,
            [](const Category &c, const QString &v) { return c.referenceId.toString() == v; }},
        {u"referenceIdIn"_s,
            [](const Category &c, const QString &v) {
                return !c.referenceId.isNull() && splitList(v).contains(c.referenceId.toString());
            }},
        {u"nameOrReferenceIdStartsWith"_s,
            [](const Category &c, const QString &v) {
                return c.name.startsWith(v, Qt::CaseInsensitive)
                    || c.referenceId.toString().startsWith(v, Qt::CaseInsensitive);
            }},
        {u"tagsLike"_s,
            [](const Category &c, const QString &v) { return containsText(c.tags, v); }},
        {u"tagsMultiLikeOr"_s,
            [](const Category &c, const QString &v) {
                const QStringList words = splitList(v);
                return std::any_of(words.begin(), words.end(),
                    [&c](const QString &w) { return containsText(c.tags, w); });
            }},
        {u"tagsMultiLikeAnd"_s,
            [](const Category &c, const QString &v) {
                const QStringList words = splitList(v);
                return std::all_of(words.begin(), words.end(),
                    [&c](const QString &w) { return containsText(c.tags, w); });
            }},
        {u"freeText"_s,
            [](const Category &c, const QString &v) {
                const QStringList words = v.split(u' ', Qt::SkipEmptyParts);
                return std::all_of(words.begin(), words.end(), [&c](const QString &w) {
                    return containsText(c.name, w) || containsText(c.description, w)
                        || containsText(c.tags, w) || containsText(c.referenceId.toString(), w);
                });
            }},
        {u"createdAtGreaterThanOrEqual"_s,
            [](const Category &c, const QString &v) {
                return c.createdAt >= params::absoluteTime(v.toLongLong());
            }},
        {u"createdAtLessThanOrEqual"_s,
            [](const Category &c, const QString &v) {
                return c.createdAt <= params::absoluteTime(v.toLongLong());
            }},
        {u"updatedAtGreaterThanOrEqual"_s,
            [](const Category &c, const QString &v) {
                return c.updatedAt >= params::absoluteTime(v.toLongLong());
            }},
        {u"updatedAtLessThanOrEqual"_s,
            [](const Category &c, const QString &v) {
                return c.updatedAt <= params::absoluteTime(v.toLongLong());
            }},
    };
    return t;
}

bool passes(const Category &c, const QJsonObject &filter)
{
    // Deleted categories are listed only when a status filter asks for them.
    const bool statusFilter = filter.contains(u"statusEqual"_s) || filter.contains(u"statusIn"_s);
    if (!statusFilter && (c.status == categories::Deleted || c.status == categories::Purged))
        return false;
    for (const auto &[name, test] : tests()) {
        const QString value = params::string(filter, name).value_or(QString());
        if (!value.isEmpty() && !test(c, value))
            return false;
    }
    return true;
}

/// A sort key of KalturaCategoryOrderBy (membersCount is always 0 here).
std::function<QVariant(const Category &)> sortKey(const QString &field)
{
    static const QHash<QString, std::function<QVariant(const Category &)>> keys = {
        {u"createdAt"_s, [](const Category &c) { return QVariant(c.createdAt); }},
        {u"updatedAt"_s, [](const Category &c) { return QVariant(c.updatedAt); }},
        {u"depth"_s, [](const Category &c) { return QVariant(c.depth); }},
        {u"name"_s, [](const Category &c) { return QVariant(c.name.toLower()); }},
        {u"fullName"_s, [](const Category &c) { return QVariant(c.fullName.toLower()); }},
        {u"partnerSortValue"_s, [](const Category &c) { return QVariant(c.partnerSortValue); }},
        {u"entriesCount"_s, [](const Category &c) { return QVariant(c.entriesCount); }},
        {u"directEntriesCount"_s, [](const Category &c) { return QVariant(c.directEntriesCount); }},
        {u"directSubCategoriesCount"_s,
            [](const Category &c) { return QVariant(c.directSubCategoriesCount); }},
        {u"membersCount"_s, [](const Category &) { return QVariant(0); }},
    };
    return keys.value(field);
}

int compareKeys(const QVariant &a, const QVariant &b)
{
    if (a.typeId() == QMetaType::QString)
        return QString::compare(a.toString(), b.toString());
    const qint64 x = a.toLongLong();
    const qint64 y = b.toLongLong();
    return x < y ? -1 : int(x > y);
}

/// Sorts by orderBy (default +depth, CategoryService::listAction) with the id breaking ties.
void sortCategories(QList<Category> &list, const QJsonObject &filter)
{
    const QString orderBy = params::string(filter, u"orderBy"_s).value_or(u"+depth"_s);
    const auto key = sortKey(orderBy.mid(1));
    if (!key || !(orderBy.startsWith(u'+') || orderBy.startsWith(u'-')))
        throw ApiError(
            u"INVALID_ENUM_VALUE"_s, {orderBy, u"orderBy"_s, u"KalturaCategoryOrderBy"_s});
    const bool descending = orderBy.startsWith(u'-');
    std::sort(list.begin(), list.end(), [&](const Category &a, const Category &b) {
        const int c = compareKeys(key(a), key(b));
        if (c != 0)
            return descending ? c > 0 : c < 0;
        return descending ? a.id > b.id : a.id < b.id;
    });
}

QJsonValue listCategories(const CallContext &ctx)
{
    constexpr qint64 kMaxCategories = 1500; // Partner::MAX_NUMBER_OF_CATEGORIES
    constexpr qint64 kMaxRecords = 1000;
    const qint64 partnerId = ctx.requireSession().partnerId;
    const QJsonObject filter = ctx.params.value(u"filter"_s).toObject();
    QList<Category> all = loadCategories(partnerId);
    computeCounts(all, partnerId);
    QList<Category> matching;
    std::copy_if(all.begin(), all.end(), std::back_inserter(matching),
        [&filter](const Category &c) { return passes(c, filter); });
    sortCategories(matching, filter);

    qint64 size = kMaxCategories;
    qint64 offset = 0;
    if (ctx.params.value(u"pager"_s).isObject()) {
        const params::Pager pager = params::Pager::from(ctx.params.value(u"pager"_s).toObject());
        size = pager.size;
        offset = pager.offset();
        if (size == 0)
            size = kMaxRecords;
    }
    QJsonArray objects;
    // Counted from the offset, so that neither a page far past the end nor offset + size can
    // reach outside the list.
    const qint64 available = qMax<qint64>(0, matching.size() - offset);
    for (qint64 i = 0; i < qMin(available, size); ++i)
        objects.append(toJson(matching.at(offset + i), partnerId));
    return QJsonObject {{u"objects"_s, objects}, {u"totalCount"_s, double(matching.size())},
        {u"objectType"_s, u"KalturaCategoryListResponse"_s}};
}

QJsonValue getCategory(const CallContext &ctx)
{
    const qint64 partnerId = ctx.requireSession().partnerId;
    // An int parameter: PHP casts anything else to 0.
    const qint64 id = ctx.requireString(u"id"_s).toLongLong();
    QList<Category> all = loadCategories(partnerId);
    computeCounts(all, partnerId);
    for (const Category &c : all) {
        if (c.id == id && c.status != categories::Deleted)
            return toJson(c, partnerId);
    }
    throw ApiError(u"CATEGORY_NOT_FOUND"_s, {QString::number(id)});
}

} // namespace

void registerCategoryService(Dispatcher &d)
{
    d.add(u"category"_s, u"list"_s, Access::Session, listCategories);
    d.add(u"category"_s, u"get"_s, Access::Session, getCategory);
}

} // namespace sandbox
