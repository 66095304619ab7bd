// SPDX-License-Identifier: GPL-3.0-or-later
// The KalturaBaseEntry / KalturaPlayableEntry / KalturaMediaEntry object as a request parameter:
// casting, the validations of KalturaBaseEntry::validateForInsert/Update and KalturaEntryService
// (owner, admin-only properties, schedule dates) and the mapping to entry columns.
#include "services/EntryObject.h"

#include "api/ApiError.h"
#include "store/Categories.h"

#include <QDateTime>
#include <QJsonArray>
#include <QVariant>

#include <algorithm>
#include <optional>

using namespace Qt::StringLiterals;

namespace sandbox::entryobject {

namespace {

enum class Kind { Text, Int, Time, Bool };
enum class Rule { Writable, ReadOnly, InsertOnly };
/// Where a property is declared: KalturaBaseEntry, KalturaPlayableEntry, KalturaMediaEntry.
enum Level { Base = 0, Playable = 1, Media = 2 };

struct Property {
    QString name;
    Kind kind;
    Rule rule;
    Level level;
    QString column; ///< empty: kept in `extra`
    QString enumType = {}; ///< integer enums are checked against enumValues
    QList<int> enumValues = {};
};

// Every property the server declares; a property not listed is ignored like an unknown one.
const QList<Property> &properties()
{
    static const QList<Property> p = {
        {u"id"_s, Kind::Text, Rule::ReadOnly, Base, u"id"_s},
        {u"name"_s, Kind::Text, Rule::Writable, Base, u"name"_s},
        {u"description"_s, Kind::Text, Rule::Writable, Base, u"description"_s},
        {u"partnerId"_s, Kind::Int, Rule::ReadOnly, Base, u"partner_id"_s},
        {u"userId"_s, Kind::Text, Rule::Writable, Base, u"user_id"_s},
        {u"creatorId"_s, Kind::Text, Rule::InsertOnly, Base, u"creator_id"_s},
        {u"tags"_s, Kind::Text, Rule::Writable, Base, u"tags"_s},
        {u"adminTags"_s, Kind::Text, Rule::Writable, Base, u"admin_tags"_s},
        {u"categoriesIds"_s, Kind::Text, Rule::Writable, Base, u"categories_ids"_s},
        {u"status"_s, Kind::Int, Rule::ReadOnly, Base, u"status"_s},
        {u"moderationStatus"_s, Kind::Int, Rule::ReadOnly, Base, u"moderation_status"_s},
        {u"moderationCount"_s, Kind::Int, Rule::ReadOnly, Base, {}},
        {u"createdAt"_s, Kind::Time, Rule::ReadOnly, Base, u"created_at"_s},
        {u"updatedAt"_s, Kind::Time, Rule::ReadOnly, Base, u"updated_at"_s},
        {u"rank"_s, Kind::Int, Rule::ReadOnly, Base, u"rank"_s},
        {u"totalRank"_s, Kind::Int, Rule::ReadOnly, Base, {}},
        {u"votes"_s, Kind::Int, Rule::ReadOnly, Base, {}},
        {u"groupId"_s, Kind::Int, Rule::Writable, Base, {}},
        {u"partnerData"_s, Kind::Text, Rule::Writable, Base, {}},
        {u"downloadUrl"_s, Kind::Text, Rule::ReadOnly, Base, {}},
        {u"searchText"_s, Kind::Text, Rule::ReadOnly, Base, {}},
        {u"licenseType"_s, Kind::Int, Rule::Writable, Base, {}, u"KalturaLicenseType"_s,
            {-1, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9}},
        {u"version"_s, Kind::Int, Rule::ReadOnly, Base, u"version"_s},
        {u"thumbnailUrl"_s, Kind::Text, Rule::ReadOnly, Base, {}},
        {u"startDate"_s, Kind::Time, Rule::Writable, Base, u"start_date"_s},
        {u"endDate"_s, Kind::Time, Rule::Writable, Base, u"end_date"_s},
        {u"referenceId"_s, Kind::Text, Rule::Writable, Base, u"reference_id"_s},
        {u"replacingEntryId"_s, Kind::Text, Rule::ReadOnly, Base, {}},
        {u"replacedEntryId"_s, Kind::Text, Rule::ReadOnly, Base, {}},
        {u"replacementStatus"_s, Kind::Int, Rule::ReadOnly, Base, {}},
        {u"partnerSortValue"_s, Kind::Int, Rule::Writable, Base, u"partner_sort_value"_s},
        {u"conversionProfileId"_s, Kind::Int, Rule::Writable, Base, u"conversion_profile_id"_s},
        {u"redirectEntryId"_s, Kind::Text, Rule::Writable, Base, {}},
        {u"rootEntryId"_s, Kind::Text, Rule::ReadOnly, Base, {}},
        {u"parentEntryId"_s, Kind::Text, Rule::Writable, Base, {}},
        {u"entitledUsersEdit"_s, Kind::Text, Rule::Writable, Base, {}},
        {u"entitledUsersPublish"_s, Kind::Text, Rule::Writable, Base, {}},
        {u"entitledUsersView"_s, Kind::Text, Rule::Writable, Base, {}},
        {u"capabilities"_s, Kind::Text, Rule::ReadOnly, Base, {}},
        {u"templateEntryId"_s, Kind::Text, Rule::InsertOnly, Base, {}},
        {u"displayInSearch"_s, Kind::Int, Rule::Writable, Base, u"display_in_search"_s,
            u"KalturaEntryDisplayInSearchType"_s, {-2, -1, 0, 1, 2}},
        {u"application"_s, Kind::Text, Rule::InsertOnly, Base, {}},
        {u"applicationVersion"_s, Kind::Text, Rule::InsertOnly, Base, {}},
        {u"blockAutoTranscript"_s, Kind::Bool, Rule::Writable, Base, {}},
        {u"defaultLanguage"_s, Kind::Text, Rule::ReadOnly, Base, {}},
        {u"responseLanguage"_s, Kind::Text, Rule::ReadOnly, Base, {}},

        {u"plays"_s, Kind::Int, Rule::ReadOnly, Playable, u"plays"_s},
        {u"views"_s, Kind::Int, Rule::ReadOnly, Playable, u"views"_s},
        {u"lastPlayedAt"_s, Kind::Time, Rule::ReadOnly, Playable, u"last_played_at"_s},
        {u"width"_s, Kind::Int, Rule::ReadOnly, Playable, u"width"_s},
        {u"height"_s, Kind::Int, Rule::ReadOnly, Playable, u"height"_s},
        {u"duration"_s, Kind::Int, Rule::ReadOnly, Playable, {}},
        {u"msDuration"_s, Kind::Int, Rule::Writable, Playable, u"ms_duration"_s},
        {u"durationType"_s, Kind::Text, Rule::ReadOnly, Playable, {}},

        {u"mediaType"_s, Kind::Int, Rule::InsertOnly, Media, u"media_type"_s, u"KalturaMediaType"_s,
            {1, 2, 5, 201, 202, 203, 204}},
        {u"conversionQuality"_s, Kind::Text, Rule::InsertOnly, Media, {}},
        {u"sourceType"_s, Kind::Int, Rule::InsertOnly, Media, u"source_type"_s,
            u"KalturaSourceType"_s, {1, 2, 5, 6, 29, 30, 32, 33, 34, 35, 36, 37, 42}},
        {u"sourceVersion"_s, Kind::Text, Rule::InsertOnly, Media, {}},
        {u"searchProviderType"_s, Kind::Int, Rule::InsertOnly, Media, {}},
        {u"searchProviderId"_s, Kind::Text, Rule::InsertOnly, Media, {}},
        {u"creditUserName"_s, Kind::Text, Rule::Writable, Media, {}},
        {u"creditUrl"_s, Kind::Text, Rule::Writable, Media, {}},
        {u"mediaDate"_s, Kind::Time, Rule::ReadOnly, Media, {}},
        {u"dataUrl"_s, Kind::Text, Rule::ReadOnly, Media, {}},
        {u"flavorParamsIds"_s, Kind::Text, Rule::ReadOnly, Media, {}},
        {u"isTrimDisabled"_s, Kind::Bool, Rule::ReadOnly, Media, {}},
    };
    return p;
}

// Text columns declared NOT NULL hold "" for "none".
const QStringList kTextColumnsNotNull = {u"name"_s, u"description"_s, u"tags"_s, u"admin_tags"_s,
    u"categories_ids"_s, u"user_id"_s, u"creator_id"_s};

/// A property given in the request: its cast value, or null for `prop__null`.
struct Given {
    const Property *property;
    QJsonValue value; ///< Null for `__null`
};

const QStringList kClasses
    = {u"KalturaBaseEntry"_s, u"KalturaPlayableEntry"_s, u"KalturaMediaEntry"_s};

/// The object's class name and level.
std::pair<QString, Level> objectClass(const QJsonObject &object, const QString &declaredClass)
{
    const qsizetype i = subclassIndex(object, kClasses, kClasses.indexOf(declaredClass));
    return {kClasses.at(i), Level(i)};
}

QJsonValue castValue(const Property &p, const QJsonObject &object, const QString &key)
{
    switch (p.kind) {
    case Kind::Text:
        return params::string(object, key).value_or(QString());
    case Kind::Bool:
        return params::boolean(object, key).value_or(false);
    case Kind::Time:
        return double(params::absoluteTime(params::integer(object, key).value_or(0)));
    case Kind::Int:
        break;
    }
    if (!p.enumType.isEmpty()) {
        const QString text = params::string(object, key).value_or(QString());
        const auto value = params::integer(object, key);
        if (!value || !p.enumValues.contains(int(*value)))
            throw ApiError(u"INVALID_ENUM_VALUE"_s, {text, p.name, p.enumType});
    }
    return double(params::integer(object, key).value_or(0));
}

/// The properties present in the object that its class declares, cast as the deserializer does.
QList<Given> readGiven(const QJsonObject &object, Level level)
{
    QList<Given> given;
    for (auto it = object.begin(); it != object.end(); ++it) {
        QString key = it.key();
        const bool isNull = key.endsWith(u"__null"_s);
        if (isNull)
            key.chop(6);
        for (const Property &p : properties()) {
            if (p.name == key && p.level <= level)
                given.append(
                    {&p, isNull ? QJsonValue(QJsonValue::Null) : castValue(p, object, key)});
        }
    }
    return given;
}

const Given *find(const QList<Given> &given, const QString &name)
{
    for (const Given &g : given) {
        if (g.property->name == name)
            return &g;
    }
    return nullptr;
}

/// categoriesIds (or, when absent, categories by full name) as a normalised id list; unknown
/// categories → CATEGORY_NOT_FOUND (KalturaBaseEntry::validateCategories).
std::optional<QString> categoriesIds(
    const QJsonObject &object, const QList<Given> &given, qint64 partnerId)
{
    if (const Given *ids = find(given, u"categoriesIds"_s)) {
        QStringList list = splitList(ids->value.toString());
        list.removeDuplicates();
        for (const QString &id : list) {
            if (!categories::exists(partnerId, id))
                throw ApiError(u"CATEGORY_NOT_FOUND"_s, {id});
        }
        return list.join(u',');
    }
    if (object.contains(u"categories__null"_s))
        return QString();
    const auto names = params::string(object, u"categories"_s);
    if (!names)
        return std::nullopt;
    QStringList ids;
    for (const QString &name : splitList(*names)) {
        const auto id = categories::idByFullName(partnerId, name);
        if (!id)
            throw ApiError(u"CATEGORY_NOT_FOUND"_s, {name});
        ids.append(QString::number(*id));
    }
    ids.removeDuplicates();
    return ids.join(u',');
}

void checkOwnerChange(const QList<Given> &given, const Session &session, const QString &owner)
{
    const Given *user = find(given, u"userId"_s);
    if (!user || user->value.isNull() || session.isAdmin())
        return;
    // A USER session cannot give an entry to someone else (checkAndSetValidUserInsert/Update).
    if (user->value.toString().compare(owner, Qt::CaseInsensitive) != 0)
        throw ApiError(u"INVALID_KS"_s, {QString(), u"-4"_s, u"INVALID_TYPE"_s});
}

// Properties only an ADMIN session may set (checkAdminOnlyInsertProperties/UpdateProperties);
// `categories` only when it names a category that does not exist.
void checkAdminOnly(const QJsonObject &object, const QList<Given> &given, const Session &session)
{
    if (session.isAdmin())
        return;
    for (const QString &name : {u"adminTags"_s, u"startDate"_s, u"endDate"_s}) {
        if (find(given, name))
            throw ApiError(u"PROPERTY_VALIDATION_ADMIN_PROPERTY"_s, {name});
    }
    for (const QString &name :
        splitList(params::string(object, u"categories"_s).value_or(QString()))) {
        if (!categories::idByFullName(session.partnerId, name))
            throw ApiError(u"PROPERTY_VALIDATION_ADMIN_PROPERTY"_s, {u"categories"_s});
    }
}

std::optional<qint64> scheduleDate(
    const QList<Given> &given, const QString &name, const QJsonObject &current)
{
    const Given *g = find(given, name);
    const QJsonValue v = g ? g->value : current.value(name);
    if (v.isNull() || v.isUndefined() || v.toDouble() < 0)
        return std::nullopt;
    return qint64(v.toDouble());
}

void checkScheduleDates(const QList<Given> &given, const QJsonObject &current)
{
    if (!find(given, u"startDate"_s) && !find(given, u"endDate"_s))
        return;
    const auto start = scheduleDate(given, u"startDate"_s, current);
    const auto end = scheduleDate(given, u"endDate"_s, current);
    if (start && end && *start > 0 && *end > 0 && *start >= *end)
        throw ApiError(u"INVALID_ENTRY_SCHEDULE_DATES"_s);
}

void checkReferenceId(const QList<Given> &given, const QString &className)
{
    const Given *ref = find(given, u"referenceId"_s);
    if (ref && !ref->value.isNull() && ref->value.toString().toUtf8().size() < 2)
        throw ApiError(
            u"PROPERTY_VALIDATION_MIN_LENGTH"_s, {className + u"::referenceId"_s, u"2"_s});
}

bool sameValue(const QJsonValue &given, const QJsonValue &stored)
{
    if (given.isNull() || stored.isUndefined() || stored.isNull())
        return given.isNull() && (stored.isUndefined() || stored.isNull());
    if (given.isDouble() || given.isBool())
        return given.toDouble(given.toBool()) == stored.toDouble(stored.toBool());
    return given.toString() == stored.toString();
}

/// Readonly (and, on update, insert-only) properties: refused unless equal to the stored value.
void checkNotUpdatable(
    const QList<Given> &given, const QString &className, bool insert, const QJsonObject &current)
{
    for (const Given &g : given) {
        const Rule rule = g.property->rule;
        const bool guarded = rule == Rule::ReadOnly || (!insert && rule == Rule::InsertOnly);
        if (!guarded || (!insert && sameValue(g.value, current.value(g.property->name))))
            continue;
        throw ApiError(
            u"PROPERTY_VALIDATION_NOT_UPDATABLE"_s, {className + u"::"_s + g.property->name});
    }
}

QVariant columnValue(const Property &p, const QJsonValue &value)
{
    if (value.isNull())
        return kTextColumnsNotNull.contains(p.column) ? QVariant(u""_s) : QVariant();
    if (p.kind == Kind::Text)
        return value.toString();
    const qint64 n = qint64(value.toDouble(value.toBool()));
    // -1 removes a schedule date (KalturaBaseEntry::toObject).
    if (p.kind == Kind::Time && n == -1)
        return QVariant();
    return n;
}

/// The changes of the writable properties (insert-only ones too on insert); on update only those
/// that differ from current.
Changes collect(const QList<Given> &given, const std::optional<QString> &categories, bool insert,
    const QJsonObject &current)
{
    Changes c;
    for (const Given &g : given) {
        const Property &p = *g.property;
        const bool writable = p.rule == Rule::Writable || (insert && p.rule == Rule::InsertOnly);
        if (!writable || p.name == u"categoriesIds"_s)
            continue;
        if (!insert && sameValue(g.value, current.value(p.name)))
            continue;
        if (!p.column.isEmpty()) {
            c.columns.insert(p.column, columnValue(p, g.value));
        } else {
            c.extra.insert(p.name, g.value);
        }
    }
    if (categories && (insert || *categories != current.value(u"categoriesIds"_s).toString()))
        c.columns.insert(u"categories_ids"_s, categories->isNull() ? u""_s : *categories);
    return c;
}

} // namespace

QStringList splitList(const QString &list)
{
    QStringList out;
    for (const QString &item : list.split(u',', Qt::SkipEmptyParts)) {
        if (!item.trimmed().isEmpty())
            out.append(item.trimmed());
    }
    return out;
}

qsizetype subclassIndex(const QJsonObject &object, const QStringList &chain, qsizetype declared)
{
    const QString wanted = params::string(object, u"objectType"_s).value_or(QString());
    for (qsizetype i = chain.size() - 1; i > declared; --i) {
        if (chain.at(i).compare(wanted, Qt::CaseInsensitive) == 0)
            return i;
    }
    return std::max<qsizetype>(declared, 0);
}

Changes forInsert(const QJsonObject &object, const QString &declaredClass, const Session &session)
{
    const auto [className, level] = objectClass(object, declaredClass);
    const QList<Given> given = readGiven(object, level);
    if (level == Media) {
        const Given *mediaType = find(given, u"mediaType"_s);
        if (!mediaType || mediaType->value.isNull())
            throw ApiError(u"PROPERTY_VALIDATION_CANNOT_BE_NULL"_s, {className + u"::mediaType"_s});
    }
    checkOwnerChange(given, session, session.userId);
    checkAdminOnly(object, given, session);
    checkScheduleDates(given, {});
    const auto categories = categoriesIds(object, given, session.partnerId);
    checkReferenceId(given, className);
    checkNotUpdatable(given, className, true, {});
    Changes c = collect(given, categories, true, {});
    if (!c.columns.contains(u"user_id"_s))
        c.columns.insert(u"user_id"_s, session.userId);
    if (!c.columns.contains(u"creator_id"_s))
        c.columns.insert(u"creator_id"_s, session.userId);
    return c;
}

Changes forUpdate(const QJsonObject &object, const QString &declaredClass, const Session &session,
    const QJsonObject &current)
{
    const auto [className, level] = objectClass(object, declaredClass);
    const QList<Given> given = readGiven(object, level);
    checkOwnerChange(given, session, current.value(u"userId"_s).toString());
    checkAdminOnly(object, given, session);
    checkScheduleDates(given, current);
    const auto categories = categoriesIds(object, given, session.partnerId);
    checkReferenceId(given, className);
    checkNotUpdatable(given, className, false, current);
    return collect(given, categories, false, current);
}

} // namespace sandbox::entryobject
