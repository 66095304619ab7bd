// SPDX-License-Identifier: GPL-3.0-or-later
// media.* and baseEntry.*: add, get, getByIds, update, delete, list, count (KALTURA-API.md §7).
#include "api/ApiError.h"
#include "api/Dispatcher.h"
#include "services/EntryObject.h"
#include "services/Services.h"
#include "store/Entries.h"

#include <QJsonArray>

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

/// The entry of the call's entryId; media actions see media clips only (§7.3).
QJsonObject requireEntry(const CallContext &ctx, bool mediaOnly)
{
    const QString id = ctx.requireString(u"entryId"_s);
    const QJsonObject entry = entries::require(id, ctx.requireSession().partnerId, ctx.serviceUrl);
    if (mediaOnly && entry.value(u"type"_s).toInt() != kMediaClip)
        throw ApiError(u"ENTRY_ID_NOT_FOUND"_s, {id});
    return entry;
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

} // namespace

void registerEntryServices(Dispatcher &d)
{
    d.add(u"media"_s, u"add"_s, Access::Session, addMedia);
    d.add(u"media"_s, u"get"_s, Access::Session,
        [](CallContext &ctx) { return QJsonValue(requireEntry(ctx, true)); });
    d.add(u"baseEntry"_s, u"get"_s, Access::Session,
        [](CallContext &ctx) { return QJsonValue(requireEntry(ctx, false)); });
}

} // namespace sandbox
