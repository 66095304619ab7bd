// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/Params.h"

#include <QDateTime>
#include <QUrl>

#include <algorithm>
#include <cmath>
#include <limits>

using namespace Qt::StringLiterals;

namespace sandbox::params {

QStringList splitKey(const QString &key)
{
    // "a[b][c]" → a:b:c; then split on ':'.
    QString k = key;
    const qsizetype bracket = k.indexOf(u'[');
    if (bracket > 0) {
        QString head = k.left(bracket);
        QString rest = k.mid(bracket);
        rest.replace(u"]["_s, u":"_s).replace(u'[', u':').remove(u']');
        k = head + rest;
    }
    return k.split(u':');
}

void setNested(QJsonObject &target, const QStringList &path, const QJsonValue &value)
{
    if (path.isEmpty())
        return;
    if (path.size() == 1) {
        target.insert(path.first(), value);
        return;
    }
    QJsonObject child = target.value(path.first()).toObject();
    setNested(child, path.mid(1), value);
    target.insert(path.first(), child);
}

QJsonObject parseForm(const QByteArray &body)
{
    QJsonObject out;
    for (const QByteArray &pair : body.split('&')) {
        if (pair.isEmpty())
            continue;
        const qsizetype eq = pair.indexOf('=');
        QByteArray name = eq >= 0 ? pair.left(eq) : pair;
        QByteArray value = eq >= 0 ? pair.mid(eq + 1) : QByteArray();
        name.replace('+', ' ');
        value.replace('+', ' ');
        setNested(out, splitKey(QUrl::fromPercentEncoding(name)), QUrl::fromPercentEncoding(value));
    }
    return out;
}

QJsonObject parsePathPairs(const QString &pathAfterScript)
{
    QJsonObject out;
    const QStringList segments = pathAfterScript.split(u'/', Qt::SkipEmptyParts);
    for (qsizetype i = 0; i + 1 < segments.size(); i += 2) {
        const QString key = QUrl::fromPercentEncoding(segments.at(i).toUtf8());
        if (!out.contains(key))
            out.insert(key, QUrl::fromPercentEncoding(segments.at(i + 1).toUtf8()));
    }
    return out;
}

QJsonObject merge(const QJsonObject &base, const QJsonObject &over)
{
    QJsonObject out = base;
    for (auto it = over.begin(); it != over.end(); ++it) {
        if (it.value().isObject() && out.value(it.key()).isObject())
            out.insert(it.key(), merge(out.value(it.key()).toObject(), it.value().toObject()));
        else
            out.insert(it.key(), it.value());
    }
    return out;
}

qint64 absoluteTime(qint64 value)
{
    constexpr qint64 kMaxRelative = 315360000; // 10 years, config max_relative_time
    if (value == -1 || value < -kMaxRelative || value > kMaxRelative)
        return value;
    return QDateTime::currentSecsSinceEpoch() + value;
}

Pager Pager::from(const QJsonObject &pager)
{
    Pager p;
    p.size = std::clamp<qint64>(integer(pager, u"pageSize"_s).value_or(30), 0, 500);
    // Bounded so that offset() cannot overflow whatever the size.
    p.index = std::clamp<qint64>(
        integer(pager, u"pageIndex"_s).value_or(1), 1, std::numeric_limits<qint64>::max() / 500);
    return p;
}

std::optional<QString> string(const QJsonObject &o, const QString &key)
{
    const QJsonValue v = o.value(key);
    if (v.isString())
        return v.toString();
    if (v.isDouble())
        return QString::number(v.toDouble(), 'g', 17);
    if (v.isBool())
        return v.toBool() ? u"1"_s : QString();
    return std::nullopt;
}

namespace {

/// A number as a 64-bit integer: truncated, and saturated at the type's limits like PHP's cast
/// of an overlong integer string (a plain conversion of an out-of-range double is undefined).
/// NaN and infinities are not numbers.
std::optional<qint64> toInteger(double d)
{
    constexpr double kLimit = 9223372036854775808.0; // 2^63
    if (!std::isfinite(d))
        return std::nullopt;
    if (d >= kLimit)
        return std::numeric_limits<qint64>::max();
    if (d < -kLimit)
        return std::numeric_limits<qint64>::min();
    return qint64(d);
}

} // namespace

std::optional<qint64> integer(const QJsonObject &o, const QString &key)
{
    const QJsonValue v = o.value(key);
    if (v.isDouble())
        return toInteger(v.toDouble());
    if (v.isBool())
        return v.toBool() ? 1 : 0;
    if (v.isString()) {
        const QString s = v.toString().trimmed();
        if (s.compare(u"true"_s, Qt::CaseInsensitive) == 0)
            return 1;
        if (s.compare(u"false"_s, Qt::CaseInsensitive) == 0)
            return 0;
        bool ok = false;
        const qint64 exact = s.toLongLong(&ok);
        if (ok)
            return exact;
        const double d = s.toDouble(&ok);
        if (ok)
            return toInteger(d);
    }
    return std::nullopt;
}

std::optional<double> number(const QJsonObject &o, const QString &key)
{
    const QJsonValue v = o.value(key);
    bool ok = v.isDouble();
    const double d = ok ? v.toDouble() : v.toString().trimmed().toDouble(&ok);
    if (!ok || !std::isfinite(d))
        return std::nullopt;
    return d;
}

std::optional<bool> boolean(const QJsonObject &o, const QString &key)
{
    const QJsonValue v = o.value(key);
    if (v.isBool())
        return v.toBool();
    if (v.isDouble())
        return v.toDouble() != 0;
    if (v.isString()) {
        const QString s = v.toString().trimmed();
        return !(s.isEmpty() || s == u"0"_s || s.compare(u"false"_s, Qt::CaseInsensitive) == 0);
    }
    return std::nullopt;
}

} // namespace sandbox::params
