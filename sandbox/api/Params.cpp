// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/Params.h"

#include <QUrl>

#include <algorithm>

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

Pager Pager::from(const QJsonObject &pager)
{
    Pager p;
    p.size = std::clamp<qint64>(integer(pager, u"pageSize"_s).value_or(30), 0, 500);
    p.index = std::max<qint64>(1, integer(pager, u"pageIndex"_s).value_or(1));
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

std::optional<qint64> integer(const QJsonObject &o, const QString &key)
{
    const QJsonValue v = o.value(key);
    if (v.isDouble())
        return qint64(v.toDouble());
    if (v.isBool())
        return v.toBool() ? 1 : 0;
    if (v.isString()) {
        const QString s = v.toString().trimmed();
        if (s.compare(u"true"_s, Qt::CaseInsensitive) == 0)
            return 1;
        if (s.compare(u"false"_s, Qt::CaseInsensitive) == 0)
            return 0;
        bool ok = false;
        const double d = s.toDouble(&ok);
        if (ok)
            return qint64(d);
    }
    return std::nullopt;
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
