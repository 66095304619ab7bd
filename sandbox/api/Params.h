// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QMap>
#include <QString>

#include <optional>

namespace sandbox {

/// A file part of a request, already streamed to disk.
struct UploadedFile {
    QString path; ///< temporary file, removed after the request
    qint64 size = 0;
    QString fileName; ///< filename= of the part
    QString contentType;
};

/// Parameter parsing as api_v3 does it (KALTURA-API.md §1.1–1.5): nested keys written `a:b:c` or
/// `a[b][c]`, path pairs, merge order body < files < query < path, PHP-like scalar casts.
namespace params {

/// Splits a parameter name into its nesting path: "filter:nameLike" / "filter[nameLike]".
QStringList splitKey(const QString &key);
/// Sets value at a nested path, creating objects on the way.
void setNested(QJsonObject &target, const QStringList &path, const QJsonValue &value);
/// application/x-www-form-urlencoded → nested object of strings.
QJsonObject parseForm(const QByteArray &body);
/// `/service/media/action/get/entryId/0_a` pairs → object (the first occurrence of a key wins).
QJsonObject parsePathPairs(const QString &pathAfterScript);
/// array_replace_recursive(base, over).
QJsonObject merge(const QJsonObject &base, const QJsonObject &over);

/// PHP-like readers: strings and numbers are accepted for numbers; "false" (any case), "0", ""
/// are false. nullopt when absent (or, for numbers, not numeric).
std::optional<QString> string(const QJsonObject &o, const QString &key);
std::optional<qint64> integer(const QJsonObject &o, const QString &key);
/// A float: a number or a numeric string; nullopt for anything else and for NaN/infinities.
std::optional<double> number(const QJsonObject &o, const QString &key);
std::optional<bool> boolean(const QJsonObject &o, const QString &key);

/// A time value as the server reads it (kTime::getRelativeTime, §1.5): values within ±10 years
/// are relative to now (0 is now); -1 (remove the date) is kept; others are absolute.
qint64 absoluteTime(qint64 value);

/// A KalturaFilterPager (KALTURA-API.md §7.3): pageSize 30 by default, clamped to 0..500;
/// pageIndex counted from 1 (values below 1 mean 1; bounded above so that offset() cannot
/// overflow).
struct Pager {
    qint64 size = 30;
    qint64 index = 1;
    qint64 offset() const { return (index - 1) * size; }
    /// The pager object of a call (its `pager` parameter).
    static Pager from(const QJsonObject &pager);
};

} // namespace params
} // namespace sandbox
