// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/CallContext.h"

#include <QJsonObject>
#include <QStringList>
#include <QVariantHash>

namespace sandbox::entryobject {

/// What an entry object of a request changes: entry columns and `extra` keys (a null value
/// removes the key), ready for entries::insert / entries::update.
struct Changes {
    QVariantHash columns;
    QJsonObject extra;
    bool isEmpty() const { return columns.isEmpty() && extra.isEmpty(); }
};

/// The `entry` object of media.add as the server validates it (KALTURA-API.md §7.1, §7.4):
/// mediaType required, readonly properties refused, owner and admin-only rules of the session.
/// declaredClass is the action's parameter type; a subclass named by objectType wins.
Changes forInsert(const QJsonObject &object, const QString &declaredClass, const Session &session);

/// The entry object of media.update / baseEntry.update: partial, readonly and insert-only
/// properties refused when they differ from current (the entry as toJson() gives it). Only the
/// properties whose value changes are in the answer.
Changes forUpdate(const QJsonObject &object, const QString &declaredClass, const Session &session,
    const QJsonObject &current);

/// The items of a comma list (filter values, categoriesIds), trimmed, empty ones left out.
QStringList splitList(const QString &list);

/// Which class of a chain (base class first) the server instantiates for an object parameter
/// declared as chain[declared]: a subclass named by objectType, else the declared one (§1.3).
qsizetype subclassIndex(const QJsonObject &object, const QStringList &chain, qsizetype declared);

} // namespace sandbox::entryobject
