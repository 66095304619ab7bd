// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QString>
#include <QVariantList>

namespace sandbox::entryfilter {

/// A KalturaBaseEntryFilter / KalturaPlayableEntryFilter / KalturaMediaEntryFilter as SQL on the
/// entry table: the WHERE clause with its bound values and the ORDER BY (always total: the id
/// breaks ties, so that paging with a cursor sees every entry once).
struct Sql {
    QString where;
    QVariantList binds;
    QString orderBy;
};

/// The filter with the server's defaults (KALTURA-API.md §7.3): READY only without a status
/// filter, moderationStatusNotIn 1,3, RECYCLED/SYSTEM hidden, typeIn 1,7,8 for media filters;
/// idEqual skips the defaults. declaredClass is the action's parameter type; a subclass named by
/// objectType wins. An unknown orderBy throws INVALID_ENUM_VALUE like the deserializer.
Sql build(const QJsonObject &filter, const QString &declaredClass, qint64 partnerId);

} // namespace sandbox::entryfilter
