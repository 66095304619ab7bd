// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QJsonValue>
#include <QString>
#include <QStringList>

#include <optional>

namespace minikmc::api::json {

/// api_v3 numbers may arrive as int, float (1048576.0) or numeric string depending on where the
/// server took them from (KALTURA-API.md §2.1); these readers accept all three.
std::optional<qint64> toInt64(const QJsonValue &value);
std::optional<double> toDouble(const QJsonValue &value);
/// Strings, and numbers written as strings (ids, plugin enum values); nullopt for other types.
std::optional<QString> toString(const QJsonValue &value);
/// A time given in unix seconds (any of the number forms above) as UTC; invalid when absent.
QDateTime toTime(const QJsonValue &value);
/// A comma-separated list (tags, ids) without blanks and empty items.
QStringList toList(const QJsonValue &value);

} // namespace minikmc::api::json
