// SPDX-License-Identifier: GPL-3.0-or-later
// media.* and baseEntry.*: add, get, getByIds, update, delete, list, count (KALTURA-API.md §7).
#include "api/ApiError.h"
#include "api/Dispatcher.h"
#include "services/EntryFilter.h"
#include "services/EntryObject.h"
#include "services/Services.h"
#include "store/Entries.h"
#include "store/Store.h"

#include <QJsonArray>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace sandbox {

namespace {

constexpr int kMediaClip = 1;

QJsonObject requireObject(const CallContext &ctx, const QString &name)
{
    const QJsonValue v = ctx.params.value(name);
    if (!v.isObject())
        throw ApiError(u"MISSING_MANDATORY_PARAMETER"_s, {name});
    return v.toObject();
}

/// Page size and offset of a KalturaFilterPager (KalturaFilterPager::attachToCriteria).
struct Page {
    qint64 size = 30;
    qint64 offset = 0;
};

Page pageOf(const QJsonObject &pager)
{
    Page p;
    const params::Pager parsed = params::Pager::from(pager);
    p.size = parsed.size;
    p.offset = parsed.offset();
    return p;
}

/// The entry of the call's entryId, of the session's partner.
QJsonObject requireEntry(const CallContext &ctx)
{
    return entries::require(
        ctx.requireString(u"entryId"_s), ctx.requireSession().partnerId, ctx.serviceUrl);
}

/// media.* actions see media clips only (§7.3).
void requireMediaClip(const QJsonObject &entry)
{
    if (entry.value(u"type"_s).toInt() != kMediaClip)
        throw ApiError(u"ENTRY_ID_NOT_FOUND"_s, {entry.value(u"id"_s).toString()});
}

/// @validateUser entry entryId edit: a USER session edits its own entries and those that list
/// it in entitledUsersEdit; anything else is INVALID_KS with the INVALID_TYPE reason (§4.4).
void requireEditor(const Session &session, const QJsonObject &entry)
{
    if (session.isAdmin())
        return;
    QStringList editors = entry.value(u"entitledUsersEdit"_s).toString().split(u',');
    editors.append(entry.value(u"userId"_s).toString());
    for (const QString &editor : editors) {
        if (editor.trimmed().compare(session.userId, Qt::CaseInsensitive) == 0)
            return;
    }
    throw ApiError(u"INVALID_KS"_s, {QString(), u"-4"_s, u"INVALID_TYPE"_s});
}

QJsonValue addMedia(const CallContext &ctx)
{
    const Session &session = ctx.requireSession();
    const entryobject::Changes changes
        = entryobject::forInsert(requireObject(ctx, u"entry"_s), u"KalturaMediaEntry"_s, session);
    entries::NewEntry entry;
    entry.type = kMediaClip;
    entry.status = entries::NoContent;
    entry.columns = changes.columns;
    entry.extra = changes.extra;
    const QString id = entries::insert(session.partnerId, entry);
    return entries::require(id, session.partnerId, ctx.serviceUrl);
}

QJsonValue getEntry(const CallContext &ctx, bool mediaOnly)
{
    const QJsonObject entry = requireEntry(ctx);
    if (mediaOnly)
        requireMediaClip(entry);
    return entry;
}

QJsonValue updateEntry(
    const CallContext &ctx, bool mediaOnly, const QString &objectParam, const QString &objectClass)
{
    const Session &session = ctx.requireSession();
    const QJsonObject current = requireEntry(ctx);
    requireEditor(session, current);
    if (mediaOnly)
        requireMediaClip(current);
    const entryobject::Changes changes
        = entryobject::forUpdate(requireObject(ctx, objectParam), objectClass, session, current);
    const QString id = current.value(u"id"_s).toString();
    entries::update(id, changes.columns, changes.extra);
    return entries::require(id, session.partnerId, ctx.serviceUrl);
}

QJsonValue deleteEntry(const CallContext &ctx, bool mediaOnly)
{
    const QJsonObject entry = requireEntry(ctx);
    requireEditor(ctx.requireSession(), entry);
    if (mediaOnly)
        requireMediaClip(entry);
    entries::setStatus(entry.value(u"id"_s).toString(), entries::Deleted);
    return QJsonValue::Null;
}

QSqlQuery select(const QString &sql, const QVariantList &binds)
{
    QSqlQuery q(Store::db());
    q.setForwardOnly(true);
    q.prepare(sql);
    for (const QVariant &v : binds)
        q.addBindValue(v);
    execOrThrow(q);
    return q;
}

qint64 countMatches(const entryfilter::Sql &sql)
{
    QSqlQuery q = select(u"SELECT COUNT(*) FROM entry WHERE "_s + sql.where, sql.binds);
    return q.next() ? q.value(0).toLongLong() : 0;
}

QJsonValue countEntries(const CallContext &ctx, const QString &filterClass)
{
    const entryfilter::Sql sql = entryfilter::build(
        ctx.params.value(u"filter"_s).toObject(), filterClass, ctx.requireSession().partnerId);
    return double(countMatches(sql));
}

/// A list as sphinx serves it: at most 10 000 matches are reachable, a page past them is an
/// error and a page across the limit is cut; pageSize 0 means no limit, i.e. sphinx's default
/// 1 000 records. totalCount is the real count, except on a cut page, where (like the server's
/// SphinxCriteria) it is offset + the objects returned.
QJsonValue listEntries(const CallContext &ctx, const QString &filterClass, const QString &listType)
{
    constexpr qint64 kMaxMatches = 10000;
    constexpr qint64 kMaxRecords = 1000;
    const entryfilter::Sql sql = entryfilter::build(
        ctx.params.value(u"filter"_s).toObject(), filterClass, ctx.requireSession().partnerId);
    const Page page = pageOf(ctx.params.value(u"pager"_s).toObject());
    if (page.size > 0 && page.offset >= kMaxMatches)
        throw ApiError(u"QUERY_EXCEEDED_MAX_MATCHES_ALLOWED"_s);
    const qint64 limit = page.size > 0 ? qMin(page.size, kMaxMatches - page.offset) : kMaxRecords;
    QVariantList binds = sql.binds;
    binds << limit << page.offset;
    QSqlQuery q = select(u"SELECT %1 FROM entry WHERE %2 ORDER BY %3 LIMIT ? OFFSET ?"_s.arg(
                             entries::columns(), sql.where, sql.orderBy),
        binds);
    QJsonArray objects;
    while (q.next())
        objects.append(entries::toJson(q, ctx.serviceUrl));
    const qint64 returned = objects.size();
    const bool fullPage = page.size == 0 || returned == 0 || returned >= page.size;
    const qint64 total = fullPage ? countMatches(sql) : page.offset + returned;
    return QJsonObject {
        {u"objects"_s, objects}, {u"totalCount"_s, double(total)}, {u"objectType"_s, listType}};
}

QJsonValue getByIds(const CallContext &ctx)
{
    const Session &session = ctx.requireSession();
    QJsonArray out;
    for (const QString &id : ctx.requireString(u"entryIds"_s).split(u',', Qt::SkipEmptyParts)) {
        if (const auto entry = entries::find(id.trimmed(), session.partnerId, ctx.serviceUrl))
            out.append(*entry);
    }
    return out;
}

} // namespace

void registerEntryServices(Dispatcher &d)
{
    d.add(u"media"_s, u"add"_s, Access::Session, addMedia);
    d.add(u"media"_s, u"get"_s, Access::Session,
        [](CallContext &ctx) { return getEntry(ctx, true); });
    d.add(u"baseEntry"_s, u"get"_s, Access::Session,
        [](CallContext &ctx) { return getEntry(ctx, false); });
    d.add(u"baseEntry"_s, u"getByIds"_s, Access::Session, getByIds);
    d.add(u"media"_s, u"update"_s, Access::Session, [](CallContext &ctx) {
        return updateEntry(ctx, true, u"mediaEntry"_s, u"KalturaMediaEntry"_s);
    });
    d.add(u"baseEntry"_s, u"update"_s, Access::Session, [](CallContext &ctx) {
        return updateEntry(ctx, false, u"baseEntry"_s, u"KalturaBaseEntry"_s);
    });
    d.add(u"media"_s, u"delete"_s, Access::Session,
        [](CallContext &ctx) { return deleteEntry(ctx, true); });
    d.add(u"baseEntry"_s, u"delete"_s, Access::Session,
        [](CallContext &ctx) { return deleteEntry(ctx, false); });
    d.add(u"media"_s, u"list"_s, Access::Session, [](CallContext &ctx) {
        return listEntries(ctx, u"KalturaMediaEntryFilter"_s, u"KalturaMediaListResponse"_s);
    });
    d.add(u"baseEntry"_s, u"list"_s, Access::Session, [](CallContext &ctx) {
        return listEntries(ctx, u"KalturaBaseEntryFilter"_s, u"KalturaBaseEntryListResponse"_s);
    });
    d.add(u"media"_s, u"count"_s, Access::Session,
        [](CallContext &ctx) { return countEntries(ctx, u"KalturaMediaEntryFilter"_s); });
    d.add(u"baseEntry"_s, u"count"_s, Access::Session,
        [](CallContext &ctx) { return countEntries(ctx, u"KalturaBaseEntryFilter"_s); });
}

} // namespace sandbox
