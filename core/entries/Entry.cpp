// SPDX-License-Identifier: GPL-3.0-or-later
#include "entries/Entry.h"

#include "api/JsonRead.h"

#include <QJsonObject>
#include <QSet>

using namespace Qt::StringLiterals;

namespace minikmc::entries {

namespace {

/// One shared copy of a value that many entries repeat (object types, owners, tags, category
/// ids): a library of 100 000 entries then holds each such string once, not 100 000 times.
/// Bounded, so that a stream of unique values cannot grow it without end.
QString shared(const QString &value)
{
    constexpr qsizetype kMaxShared = 20000;
    thread_local QSet<QString> pool;
    if (value.isEmpty())
        return value;
    const auto it = pool.constFind(value);
    if (it != pool.cend())
        return *it;
    if (pool.size() < kMaxShared)
        pool.insert(value);
    return value;
}

QStringList listOf(const QJsonValue &value)
{
    QStringList out = api::json::toList(value);
    for (QString &item : out)
        item = shared(item);
    return out;
}

} // namespace

bool Entry::fromJson(const QJsonValue &value, Entry *entry, QString *why)
{
    const QJsonObject o = value.toObject();
    Entry e;
    e.id = o.value(u"id"_s).toString();
    e.objectType = shared(o.value(u"objectType"_s).toString());
    const bool entryType
        = e.objectType.endsWith(u"Entry"_s) || e.objectType == u"KalturaPlaylist"_s;
    if (e.id.isEmpty() || !entryType) {
        *why = u"not an entry object"_s;
        return false;
    }
    e.type = int(api::json::toInt64(o.value(u"type"_s)).value_or(0));
    e.mediaType = MediaType(api::json::toInt64(o.value(u"mediaType"_s)).value_or(0));
    e.status = EntryStatus(api::json::toInt64(o.value(u"status"_s)).value_or(2));
    e.name = o.value(u"name"_s).toString();
    e.description = o.value(u"description"_s).toString();
    e.tags = listOf(o.value(u"tags"_s));
    e.referenceId = o.value(u"referenceId"_s).toString();
    e.userId = shared(api::json::toString(o.value(u"userId"_s)).value_or(QString()));
    e.categoryIds = listOf(o.value(u"categoriesIds"_s));
    // msDuration is exact; older servers only send duration (seconds).
    if (const auto ms = api::json::toInt64(o.value(u"msDuration"_s)); ms && *ms > 0)
        e.durationMs = *ms;
    else
        e.durationMs = api::json::toInt64(o.value(u"duration"_s)).value_or(0) * 1000;
    e.plays = api::json::toInt64(o.value(u"plays"_s)).value_or(0);
    e.views = api::json::toInt64(o.value(u"views"_s)).value_or(0);
    e.width = int(api::json::toInt64(o.value(u"width"_s)).value_or(0));
    e.height = int(api::json::toInt64(o.value(u"height"_s)).value_or(0));
    e.createdAt = api::json::toTime(o.value(u"createdAt"_s));
    e.updatedAt = api::json::toTime(o.value(u"updatedAt"_s));
    e.startDate = api::json::toTime(o.value(u"startDate"_s));
    e.endDate = api::json::toTime(o.value(u"endDate"_s));
    e.thumbnailUrl = o.value(u"thumbnailUrl"_s).toString();
    *entry = e;
    return true;
}

} // namespace minikmc::entries
