// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QVariantHash>

#include <optional>

class QSqlQuery;

namespace sandbox::entries {

// Entry status values (KALTURA-API.md §7.2).
enum Status {
    ErrorImporting = -2,
    ErrorConverting = -1,
    Import = 0,
    Preconvert = 1,
    Ready = 2,
    Deleted = 3,
    Pending = 4,
    Moderate = 5,
    Blocked = 6,
    NoContent = 7,
};

/// What a new entry starts with (the rest takes the column defaults).
struct NewEntry {
    int type = 1; ///< KalturaEntryType
    std::optional<int> mediaType; ///< KalturaMediaType, media clips only
    QString name;
    QString description;
    QString tags;
    QString userId;
    int status = NoContent;
    qint64 msDuration = 0;
    int width = 0;
    int height = 0;
    std::optional<qint64> createdAt; ///< now when unset
    /// Further columns (column name → value; they override the fields above) and the api fields
    /// that have no column, kept in the `extra` JSON column.
    QVariantHash columns;
    QJsonObject extra;
};

/// Inserts an entry with a new "0_xxxxxxxx" id for the partner and returns the id.
QString insert(qint64 partnerId, const NewEntry &entry);

/// The columns toJson() reads, for a SELECT: "SELECT " + columns() + " FROM entry …".
QString columns();
/// One entry as api_v3 answers it (KalturaMediaEntry, KalturaPlaylist, … with playable and
/// media fields, URL fields built on serviceUrl) from a query positioned on a row selected with
/// columns().
QJsonObject toJson(const QSqlQuery &row, const QString &serviceUrl);

/// The entry (any status but DELETED) of this partner, or nullopt.
std::optional<QJsonObject> find(const QString &id, qint64 partnerId, const QString &serviceUrl);
/// As find(), or throws ENTRY_ID_NOT_FOUND.
QJsonObject require(const QString &id, qint64 partnerId, const QString &serviceUrl);

/// Sets columns and `extra` keys (a null value removes a key); bumps updatedAt.
void update(const QString &id, const QVariantHash &columns, const QJsonObject &extraChanges);
/// Status change (ingest, uploads); bumps updatedAt. A DELETED entry stays deleted.
void setStatus(const QString &id, int status);
/// As setStatus(), only while the entry is in one of the statuses `from`; false when it is not.
bool setStatusIf(const QString &id, const QList<int> &from, int status);
/// Media facts found by ffprobe; bumps updatedAt.
void setMediaFacts(const QString &id, qint64 msDuration, int width, int height);
/// Increments the thumbnail version (thumbnailUrl changes) and bumps updatedAt.
void bumpThumbVersion(const QString &id);

} // namespace sandbox::entries
