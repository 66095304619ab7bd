// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/JsonRead.h"

#include <cmath>

namespace minikmc::api::json {

std::optional<double> toDouble(const QJsonValue &value)
{
    if (value.isDouble())
        return value.toDouble();
    if (value.isString()) {
        bool ok = false;
        const double d = value.toString().trimmed().toDouble(&ok);
        if (ok && std::isfinite(d))
            return d;
    }
    return std::nullopt;
}

std::optional<qint64> toInt64(const QJsonValue &value)
{
    const std::optional<double> d = toDouble(value);
    if (!d || std::floor(*d) != *d || std::fabs(*d) > 9007199254740992.0)
        return std::nullopt;
    return qint64(*d);
}

std::optional<QString> toString(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    if (value.isDouble()) {
        const double d = value.toDouble();
        if (std::floor(d) == d && std::fabs(d) < 9007199254740992.0)
            return QString::number(qint64(d));
        return QString::number(d, 'g', 17);
    }
    return std::nullopt;
}

QDateTime toTime(const QJsonValue &value)
{
    const auto seconds = toInt64(value);
    return seconds ? QDateTime::fromSecsSinceEpoch(*seconds, Qt::UTC) : QDateTime();
}

QStringList toList(const QJsonValue &value)
{
    QStringList out;
    const QStringList items = value.toString().split(u',', Qt::SkipEmptyParts);
    for (const QString &item : items) {
        const QString trimmed = item.trimmed();
        if (!trimmed.isEmpty())
            out.append(trimmed);
    }
    return out;
}

} // namespace minikmc::api::json
