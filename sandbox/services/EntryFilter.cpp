// SPDX-License-Identifier: GPL-3.0-or-later
// Entry filters as SQL. The real server runs them on sphinx; the text operators here are
// case-insensitive substring matches (a superset of sphinx's word and prefix matches).
#include "services/EntryFilter.h"

#include "api/ApiError.h"
#include "api/Params.h"
#include "services/EntryObject.h"
#include "store/Categories.h"

#include <QStringList>

using namespace Qt::StringLiterals;

namespace sandbox::entryfilter {

namespace {

/// Where a field is declared: KalturaBaseEntryFilter, KalturaPlayableEntryFilter,
/// KalturaMediaEntryFilter.
enum Level { Base = 0, Playable = 1, Media = 2 };

enum class Op {
    Eq,
    NotEq,
    In,
    NotIn,
    Gt,
    Gte,
    Lt,
    Lte,
    GteOrNull,
    LteOrNull,
    Like,
    MultiLikeOr,
    MultiLikeAnd,
    MatchOr,
    MatchAnd,
    NotContains,
    Empty,
};
enum class Type { Text, Int, Time };

struct Field {
    QString name;
    Level level;
    Op op;
    Type type;
    QStringList exprs; ///< columns or expressions; several for the tags/name combinations
    QString enumType = {}; ///< integer enums are checked against enumValues
    QList<int> enumValues = {};
};

// The duration field is whole seconds, rounded like KalturaPlayableEntry::duration.
const QString kDuration = u"((ms_duration + 500) / 1000)"_s;

const QList<Field> &fields()
{
    static const QList<Field> f = {
        {u"idEqual"_s, Base, Op::Eq, Type::Text, {u"id"_s}},
        {u"idIn"_s, Base, Op::In, Type::Text, {u"id"_s}},
        {u"idNotIn"_s, Base, Op::NotIn, Type::Text, {u"id"_s}},
        {u"nameLike"_s, Base, Op::Like, Type::Text, {u"name"_s}},
        {u"nameMultiLikeOr"_s, Base, Op::MultiLikeOr, Type::Text, {u"name"_s}},
        {u"nameMultiLikeAnd"_s, Base, Op::MultiLikeAnd, Type::Text, {u"name"_s}},
        {u"nameEqual"_s, Base, Op::Eq, Type::Text, {u"name"_s}},
        {u"partnerIdEqual"_s, Base, Op::Eq, Type::Int, {u"partner_id"_s}},
        {u"partnerIdIn"_s, Base, Op::In, Type::Int, {u"partner_id"_s}},
        {u"userIdEqual"_s, Base, Op::Eq, Type::Text, {u"user_id"_s}},
        {u"userIdIn"_s, Base, Op::In, Type::Text, {u"user_id"_s}},
        {u"userIdNotIn"_s, Base, Op::NotIn, Type::Text, {u"user_id"_s}},
        {u"creatorIdEqual"_s, Base, Op::Eq, Type::Text, {u"creator_id"_s}},
        {u"tagsLike"_s, Base, Op::Like, Type::Text, {u"tags"_s}},
        {u"tagsMultiLikeOr"_s, Base, Op::MultiLikeOr, Type::Text, {u"tags"_s}},
        {u"tagsMultiLikeAnd"_s, Base, Op::MultiLikeAnd, Type::Text, {u"tags"_s}},
        {u"adminTagsLike"_s, Base, Op::Like, Type::Text, {u"admin_tags"_s}},
        {u"adminTagsMultiLikeOr"_s, Base, Op::MultiLikeOr, Type::Text, {u"admin_tags"_s}},
        {u"adminTagsMultiLikeAnd"_s, Base, Op::MultiLikeAnd, Type::Text, {u"admin_tags"_s}},
        {u"tagsNameMultiLikeOr"_s, Base, Op::MultiLikeOr, Type::Text, {u"tags"_s, u"name"_s}},
        {u"tagsNameMultiLikeAnd"_s, Base, Op::MultiLikeAnd, Type::Text, {u"tags"_s, u"name"_s}},
        {u"tagsAdminTagsMultiLikeOr"_s, Base, Op::MultiLikeOr, Type::Text,
            {u"tags"_s, u"admin_tags"_s}},
        {u"tagsAdminTagsMultiLikeAnd"_s, Base, Op::MultiLikeAnd, Type::Text,
            {u"tags"_s, u"admin_tags"_s}},
        {u"tagsAdminTagsNameMultiLikeOr"_s, Base, Op::MultiLikeOr, Type::Text,
            {u"tags"_s, u"admin_tags"_s, u"name"_s}},
        {u"tagsAdminTagsNameMultiLikeAnd"_s, Base, Op::MultiLikeAnd, Type::Text,
            {u"tags"_s, u"admin_tags"_s, u"name"_s}},
        {u"descriptionLike"_s, Base, Op::Like, Type::Text, {u"description"_s}},
        {u"categoriesIdsMatchOr"_s, Base, Op::MatchOr, Type::Text, {u"categories_ids"_s}},
        {u"categoriesIdsMatchAnd"_s, Base, Op::MatchAnd, Type::Text, {u"categories_ids"_s}},
        {u"categoriesIdsNotContains"_s, Base, Op::NotContains, Type::Text, {u"categories_ids"_s}},
        {u"categoriesIdsEmpty"_s, Base, Op::Empty, Type::Int, {u"categories_ids"_s},
            u"KalturaNullableBoolean"_s, {-1, 0, 1}},
        {u"statusEqual"_s, Base, Op::Eq, Type::Int, {u"status"_s}},
        {u"statusNotEqual"_s, Base, Op::NotEq, Type::Int, {u"status"_s}},
        {u"statusIn"_s, Base, Op::In, Type::Int, {u"status"_s}},
        {u"statusNotIn"_s, Base, Op::NotIn, Type::Int, {u"status"_s}},
        {u"moderationStatusEqual"_s, Base, Op::Eq, Type::Int, {u"moderation_status"_s},
            u"KalturaEntryModerationStatus"_s, {1, 2, 3, 4, 5, 6}},
        {u"moderationStatusNotEqual"_s, Base, Op::NotEq, Type::Int, {u"moderation_status"_s},
            u"KalturaEntryModerationStatus"_s, {1, 2, 3, 4, 5, 6}},
        {u"moderationStatusIn"_s, Base, Op::In, Type::Int, {u"moderation_status"_s}},
        {u"moderationStatusNotIn"_s, Base, Op::NotIn, Type::Int, {u"moderation_status"_s}},
        {u"typeEqual"_s, Base, Op::Eq, Type::Int, {u"type"_s}},
        {u"typeIn"_s, Base, Op::In, Type::Int, {u"type"_s}},
        {u"createdAtGreaterThanOrEqual"_s, Base, Op::Gte, Type::Time, {u"created_at"_s}},
        {u"createdAtLessThanOrEqual"_s, Base, Op::Lte, Type::Time, {u"created_at"_s}},
        {u"updatedAtGreaterThanOrEqual"_s, Base, Op::Gte, Type::Time, {u"updated_at"_s}},
        {u"updatedAtLessThanOrEqual"_s, Base, Op::Lte, Type::Time, {u"updated_at"_s}},
        {u"startDateGreaterThanOrEqual"_s, Base, Op::Gte, Type::Time, {u"start_date"_s}},
        {u"startDateLessThanOrEqual"_s, Base, Op::Lte, Type::Time, {u"start_date"_s}},
        {u"startDateGreaterThanOrEqualOrNull"_s, Base, Op::GteOrNull, Type::Time,
            {u"start_date"_s}},
        {u"startDateLessThanOrEqualOrNull"_s, Base, Op::LteOrNull, Type::Time, {u"start_date"_s}},
        {u"endDateGreaterThanOrEqual"_s, Base, Op::Gte, Type::Time, {u"end_date"_s}},
        {u"endDateLessThanOrEqual"_s, Base, Op::Lte, Type::Time, {u"end_date"_s}},
        {u"endDateGreaterThanOrEqualOrNull"_s, Base, Op::GteOrNull, Type::Time, {u"end_date"_s}},
        {u"endDateLessThanOrEqualOrNull"_s, Base, Op::LteOrNull, Type::Time, {u"end_date"_s}},
        {u"referenceIdEqual"_s, Base, Op::Eq, Type::Text, {u"reference_id"_s}},
        {u"referenceIdIn"_s, Base, Op::In, Type::Text, {u"reference_id"_s}},
        {u"partnerSortValueEqual"_s, Base, Op::Eq, Type::Int, {u"partner_sort_value"_s}},
        {u"partnerSortValueIn"_s, Base, Op::In, Type::Int, {u"partner_sort_value"_s}},
        {u"partnerSortValueGreaterThanOrEqual"_s, Base, Op::Gte, Type::Int,
            {u"partner_sort_value"_s}},
        {u"partnerSortValueLessThanOrEqual"_s, Base, Op::Lte, Type::Int, {u"partner_sort_value"_s}},
        // Every entry here is its own root (no clips or child entries).
        {u"rootEntryIdEqual"_s, Base, Op::Eq, Type::Text, {u"id"_s}},
        {u"rootEntryIdIn"_s, Base, Op::In, Type::Text, {u"id"_s}},
        {u"displayInSearchEqual"_s, Base, Op::Eq, Type::Int, {u"display_in_search"_s},
            u"KalturaEntryDisplayInSearchType"_s, {-2, -1, 0, 1, 2}},
        {u"displayInSearchIn"_s, Base, Op::In, Type::Int, {u"display_in_search"_s}},
        {u"conversionProfileIdEqual"_s, Base, Op::Eq, Type::Int, {u"conversion_profile_id"_s}},

        {u"lastPlayedAtGreaterThanOrEqual"_s, Playable, Op::Gte, Type::Time, {u"last_played_at"_s}},
        {u"lastPlayedAtLessThanOrEqual"_s, Playable, Op::Lte, Type::Time, {u"last_played_at"_s}},
        {u"lastPlayedAtLessThanOrEqualOrNull"_s, Playable, Op::LteOrNull, Type::Time,
            {u"last_played_at"_s}},
        {u"durationLessThan"_s, Playable, Op::Lt, Type::Int, {kDuration}},
        {u"durationGreaterThan"_s, Playable, Op::Gt, Type::Int, {kDuration}},
        {u"durationLessThanOrEqual"_s, Playable, Op::Lte, Type::Int, {kDuration}},
        {u"durationGreaterThanOrEqual"_s, Playable, Op::Gte, Type::Int, {kDuration}},

        {u"mediaTypeEqual"_s, Media, Op::Eq, Type::Int, {u"media_type"_s}, u"KalturaMediaType"_s,
            {1, 2, 5, 201, 202, 203, 204}},
        {u"mediaTypeIn"_s, Media, Op::In, Type::Int, {u"media_type"_s}},
        {u"sourceTypeEqual"_s, Media, Op::Eq, Type::Int, {u"source_type"_s}},
        {u"sourceTypeNotEqual"_s, Media, Op::NotEq, Type::Int, {u"source_type"_s}},
        {u"sourceTypeIn"_s, Media, Op::In, Type::Int, {u"source_type"_s}},
        {u"sourceTypeNotIn"_s, Media, Op::NotIn, Type::Int, {u"source_type"_s}},
    };
    return f;
}

struct Order {
    QString name;
    Level level;
    QString expr; ///< empty: a constant here (only the id orders)
};

// KalturaBaseEntryOrderBy, KalturaPlayableEntryOrderBy, KalturaMediaEntryOrderBy.
const QList<Order> &orders()
{
    static const QList<Order> o = {
        {u"createdAt"_s, Base, u"created_at"_s},
        {u"updatedAt"_s, Base, u"updated_at"_s},
        {u"name"_s, Base, u"name COLLATE NOCASE"_s},
        {u"rank"_s, Base, u"rank"_s},
        {u"totalRank"_s, Base, {}},
        {u"moderationCount"_s, Base, {}},
        {u"partnerSortValue"_s, Base, u"partner_sort_value"_s},
        {u"startDate"_s, Base, u"start_date"_s},
        {u"endDate"_s, Base, u"end_date"_s},
        {u"recent"_s, Base, u"created_at"_s},
        {u"weight"_s, Base, {}},
        {u"plays"_s, Playable, u"plays"_s},
        {u"views"_s, Playable, u"views"_s},
        {u"duration"_s, Playable, kDuration},
        {u"lastPlayedAt"_s, Playable, u"last_played_at"_s},
        {u"mediaType"_s, Media, u"media_type"_s},
    };
    return o;
}

const QString kOrderEnums[] = {
    u"KalturaBaseEntryOrderBy"_s, u"KalturaPlayableEntryOrderBy"_s, u"KalturaMediaEntryOrderBy"_s};

const QStringList kFilterClasses
    = {u"KalturaBaseEntryFilter"_s, u"KalturaPlayableEntryFilter"_s, u"KalturaMediaEntryFilter"_s};

using entryobject::splitList;

QString likePattern(const QString &text)
{
    QString escaped = text;
    escaped.replace(u'\\', u"\\\\"_s).replace(u'%', u"\\%"_s).replace(u'_', u"\\_"_s);
    return u'%' + escaped + u'%';
}

QString placeholders(qsizetype n)
{
    return QStringList(n, u"?"_s).join(u", "_s);
}

/// Collects AND-ed conditions with their bound values.
class Builder {
public:
    void add(const QString &clause, const QVariantList &binds = {})
    {
        m_clauses.append(u'(' + clause + u')');
        m_binds.append(binds);
    }
    /// "expr LIKE %text%" for any of exprs.
    void addLikeAny(const QStringList &exprs, const QStringList &texts, bool all)
    {
        QStringList perText;
        QVariantList binds;
        for (const QString &text : texts) {
            QStringList perExpr;
            for (const QString &expr : exprs) {
                perExpr.append(expr + u" LIKE ? ESCAPE '\\'"_s);
                binds.append(likePattern(text));
            }
            perText.append(u'(' + perExpr.join(u" OR "_s) + u')');
        }
        if (!perText.isEmpty())
            add(perText.join(all ? u" AND "_s : u" OR "_s), binds);
    }
    /// Membership in the comma list of categories_ids.
    void addMembership(const QStringList &ids, bool all, bool negate)
    {
        if (ids.isEmpty()) {
            if (!negate)
                add(u"0"_s); // no category matches
            return;
        }
        QStringList parts;
        QVariantList binds;
        for (const QString &id : ids) {
            parts.append(u"instr(',' || categories_ids || ',', ?) > 0"_s);
            binds.append(u',' + id + u',');
        }
        const QString any = parts.join(all ? u" AND "_s : u" OR "_s);
        add(negate ? u"NOT ("_s + any + u')' : any, binds);
    }
    QString where() const { return m_clauses.join(u" AND "_s); }
    QVariantList binds() const { return m_binds; }

private:
    QStringList m_clauses;
    QVariantList m_binds;
};

QVariant typedValue(Type type, const QString &text)
{
    switch (type) {
    case Type::Text:
        return text;
    case Type::Int:
        return text.trimmed().toLongLong();
    case Type::Time:
        return params::absoluteTime(text.trimmed().toLongLong());
    }
    return text;
}

void checkEnum(const Field &f, const QString &text)
{
    if (f.enumType.isEmpty())
        return;
    bool ok = false;
    const int value = text.trimmed().toInt(&ok);
    if (!ok || !f.enumValues.contains(value))
        throw ApiError(u"INVALID_ENUM_VALUE"_s, {text, f.name, f.enumType});
}

void applyField(Builder &b, const Field &f, const QString &text)
{
    const QString &expr = f.exprs.first();
    const QVariant value = typedValue(f.type, text);
    QVariantList list;
    for (const QString &item : splitList(text))
        list.append(typedValue(f.type, item));
    switch (f.op) {
    case Op::Eq:
        return b.add(expr + u" = ?"_s, {value});
    case Op::NotEq:
        return b.add(expr + u" IS NULL OR "_s + expr + u" != ?"_s, {value});
    case Op::In:
        return list.isEmpty() ? b.add(u"0"_s)
                              : b.add(expr + u" IN ("_s + placeholders(list.size()) + u')', list);
    case Op::NotIn:
        if (!list.isEmpty())
            b.add(
                expr + u" IS NULL OR "_s + expr + u" NOT IN ("_s + placeholders(list.size()) + u')',
                list);
        return;
    case Op::Gt:
        return b.add(expr + u" > ?"_s, {value});
    case Op::Gte:
        return b.add(expr + u" >= ?"_s, {value});
    case Op::Lt:
        return b.add(expr + u" < ?"_s, {value});
    case Op::Lte:
        return b.add(expr + u" <= ?"_s, {value});
    case Op::GteOrNull:
        return b.add(expr + u" IS NULL OR "_s + expr + u" >= ?"_s, {value});
    case Op::LteOrNull:
        return b.add(expr + u" IS NULL OR "_s + expr + u" <= ?"_s, {value});
    case Op::Like:
        return b.addLikeAny(f.exprs, {text}, true);
    case Op::MultiLikeOr:
        return b.addLikeAny(f.exprs, splitList(text), false);
    case Op::MultiLikeAnd:
        return b.addLikeAny(f.exprs, splitList(text), true);
    case Op::MatchOr:
        return b.addMembership(splitList(text), false, false);
    case Op::MatchAnd:
        return b.addMembership(splitList(text), true, false);
    case Op::NotContains:
        return b.addMembership(splitList(text), false, true);
    case Op::Empty:
        // KalturaNullableBoolean: -1 means "no filter".
        if (value.toInt() == 1)
            b.add(expr + u" = ''"_s);
        else if (value.toInt() == 0)
            b.add(expr + u" != ''"_s);
        return;
    }
}

/// freeText: comma-separated alternatives, or space-separated words that must all match, or a
/// "quoted" whole value; each in the name, description, tags, id or referenceId.
void applyFreeText(Builder &b, const QString &text)
{
    static const QStringList exprs
        = {u"name"_s, u"description"_s, u"tags"_s, u"id"_s, u"COALESCE(reference_id, '')"_s};
    const QString trimmed = text.trimmed();
    if (trimmed.size() > 2 && trimmed.startsWith(u'"') && trimmed.endsWith(u'"')) {
        QStringList parts;
        QVariantList binds;
        for (const QString &expr : exprs) {
            parts.append(expr + u" = ? COLLATE NOCASE"_s);
            binds.append(trimmed.mid(1, trimmed.size() - 2));
        }
        return b.add(parts.join(u" OR "_s), binds);
    }
    if (trimmed.contains(u','))
        return b.addLikeAny(exprs, splitList(trimmed), false);
    b.addLikeAny(exprs, trimmed.split(u' ', Qt::SkipEmptyParts), true);
}

QStringList categoryIdsByName(qint64 partnerId, const QString &names)
{
    QStringList ids;
    for (const QString &name : splitList(names)) {
        if (const auto id = categories::idByFullName(partnerId, name))
            ids.append(QString::number(*id));
    }
    return ids;
}

QStringList ancestorsWithDescendants(qint64 partnerId, const QString &ids)
{
    QList<qint64> roots;
    for (const QString &id : splitList(ids))
        roots.append(id.toLongLong());
    QStringList out;
    for (const qint64 id : categories::withDescendants(partnerId, roots))
        out.append(QString::number(id));
    return out;
}

/// durationTypeMatchOr: notavailable, short (< 4 min), medium (4-20 min), long (> 20 min).
void applyDurationTypes(Builder &b, const QString &types)
{
    const QString playable = u"type = 1 AND media_type != 2 AND "_s;
    QStringList parts;
    for (const QString &type : splitList(types)) {
        if (type == u"notavailable"_s)
            parts.append(u"(type != 1 OR media_type = 2 OR %1 <= 0)"_s.arg(kDuration));
        else if (type == u"short"_s)
            parts.append(u"(%1%2 > 0 AND %2 < 240)"_s.arg(playable, kDuration));
        else if (type == u"medium"_s)
            parts.append(u"(%1%2 >= 240 AND %2 <= 1200)"_s.arg(playable, kDuration));
        else if (type == u"long"_s)
            parts.append(u"(%1%2 > 1200)"_s.arg(playable, kDuration));
    }
    if (!parts.isEmpty())
        b.add(parts.join(u" OR "_s));
}

void applySpecialFields(Builder &b, const QJsonObject &filter, qint64 partnerId)
{
    const auto text = [&filter](const QString &name) {
        return params::string(filter, name).value_or(QString());
    };
    if (!text(u"freeText"_s).isEmpty())
        applyFreeText(b, text(u"freeText"_s));
    if (!text(u"categoriesMatchOr"_s).isEmpty())
        b.addMembership(categoryIdsByName(partnerId, text(u"categoriesMatchOr"_s)), false, false);
    if (!text(u"categoriesFullNameIn"_s).isEmpty())
        b.addMembership(
            categoryIdsByName(partnerId, text(u"categoriesFullNameIn"_s)), false, false);
    if (!text(u"categoriesMatchAnd"_s).isEmpty()) {
        const QStringList names = splitList(text(u"categoriesMatchAnd"_s));
        const QStringList ids = categoryIdsByName(partnerId, text(u"categoriesMatchAnd"_s));
        // An unknown category cannot be matched by any entry.
        ids.size() == names.size() ? b.addMembership(ids, true, false) : b.add(u"0"_s);
    }
    if (!text(u"categoriesNotContains"_s).isEmpty())
        b.addMembership(
            categoryIdsByName(partnerId, text(u"categoriesNotContains"_s)), false, true);
    if (!text(u"categoryAncestorIdIn"_s).isEmpty())
        b.addMembership(
            ancestorsWithDescendants(partnerId, text(u"categoryAncestorIdIn"_s)), false, false);
    if (!text(u"durationTypeMatchOr"_s).isEmpty())
        applyDurationTypes(b, text(u"durationTypeMatchOr"_s));
    if (params::integer(filter, u"isRoot"_s).value_or(-1) == 0)
        b.add(u"0"_s); // every entry is a root entry
}

bool present(const QJsonObject &filter, const QString &name)
{
    return filter.contains(name) || filter.contains(name + u"__null"_s);
}

bool presentAny(const QJsonObject &filter, const QStringList &names)
{
    return std::any_of(
        names.begin(), names.end(), [&filter](const QString &n) { return present(filter, n); });
}

bool usesIdEqual(const QJsonObject &filter)
{
    return !params::string(filter, u"idEqual"_s).value_or(QString()).isEmpty();
}

/// The server's defaults, written into the filter as if the client had sent them.
QJsonObject withDefaults(QJsonObject filter, Level level)
{
    // KalturaMediaEntryFilter's constructor sets typeIn.
    if (level == Media && !present(filter, u"typeIn"_s))
        filter.insert(u"typeIn"_s, u"1,7,8"_s);
    if (usesIdEqual(filter))
        return filter;
    if (!presentAny(
            filter, {u"statusEqual"_s, u"statusIn"_s, u"statusNotEqual"_s, u"statusNotIn"_s}))
        filter.insert(u"statusEqual"_s, u"2"_s);
    if (!presentAny(filter,
            {u"moderationStatusEqual"_s, u"moderationStatusIn"_s, u"moderationStatusNotEqual"_s,
                u"moderationStatusNotIn"_s}))
        filter.insert(u"moderationStatusNotIn"_s, u"1,3"_s);
    return filter;
}

/// RECYCLED and SYSTEM entries are hidden unless the filter asks for ids or for them.
bool hidesRecycledAndSystem(const QJsonObject &filter)
{
    return !usesIdEqual(filter)
        && !presentAny(filter,
            {u"idIn"_s, u"parentEntryIdEqual"_s, u"displayInSearchEqual"_s,
                u"displayInSearchIn"_s});
}

QString orderBy(const QJsonObject &filter, Level level)
{
    const QString value = params::string(filter, u"orderBy"_s).value_or(QString());
    if (value.isEmpty())
        return u"created_at ASC, id ASC"_s; // sphinx without ORDER BY: document order
    const QString direction = value.startsWith(u'-') ? u"DESC"_s : u"ASC"_s;
    for (const Order &o : orders()) {
        if (o.level <= level && value.size() > 1 && value.mid(1) == o.name
            && (value.startsWith(u'+') || value.startsWith(u'-'))) {
            return o.expr.isEmpty() ? u"id "_s + direction
                                    : u"%1 %2, id %2"_s.arg(o.expr, direction);
        }
    }
    throw ApiError(u"INVALID_ENUM_VALUE"_s, {value, u"orderBy"_s, kOrderEnums[level]});
}

} // namespace

Sql build(const QJsonObject &request, const QString &declaredClass, qint64 partnerId)
{
    const auto level = Level(
        entryobject::subclassIndex(request, kFilterClasses, kFilterClasses.indexOf(declaredClass)));
    const QJsonObject filter = withDefaults(request, level);
    Builder b;
    b.add(u"partner_id = ?"_s, {partnerId});
    b.add(u"status != 3"_s); // deleted entries are never listed
    for (const Field &f : fields()) {
        const QString text = params::string(filter, f.name).value_or(QString());
        if (f.level > level || text.isEmpty())
            continue;
        checkEnum(f, text);
        applyField(b, f, text);
    }
    if (hidesRecycledAndSystem(filter))
        b.add(u"display_in_search NOT IN (-2, -1)"_s);
    applySpecialFields(b, filter, partnerId);
    return {b.where(), b.binds(), orderBy(filter, level)};
}

} // namespace sandbox::entryfilter
