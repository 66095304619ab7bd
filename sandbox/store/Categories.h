// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace sandbox::categories {

/// Category status values (KALTURA-API.md §10).
enum Status { Updating = 1, Active = 2, Deleted = 3, Purged = 4 };

/// Whether the category (not deleted) of this id exists for the partner.
bool exists(qint64 partnerId, const QString &id);
/// The id of the category with this full name ("Parent>Child"), when it exists.
std::optional<qint64> idByFullName(qint64 partnerId, const QString &fullName);
/// The ids and those of all their descendants (categoryAncestorIdIn).
QList<qint64> withDescendants(qint64 partnerId, const QList<qint64> &ids);
/// The full names of the categories in a comma list of ids, comma-joined; unknown and deleted
/// ids are left out.
QString fullNames(const QString &ids);

} // namespace sandbox::categories
