// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonValue>
#include <QString>

#include <optional>

namespace minikmc::api::json {

/// api_v3 numbers may arrive as int, float (1048576.0) or numeric string depending on where the
/// server took them from (KALTURA-API.md §2.1); these readers accept all three.
std::optional<qint64> toInt64(const QJsonValue &value);
std::optional<double> toDouble(const QJsonValue &value);
/// Strings, and numbers written as strings (ids, plugin enum values); nullopt for other types.
std::optional<QString> toString(const QJsonValue &value);

} // namespace minikmc::api::json
