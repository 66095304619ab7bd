// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/KalturaObject.h"
#include "entries/Entry.h"

#include <QDateTime>
#include <QList>
#include <QStringList>

namespace minikmc::entries {

/// The sortable columns (KalturaMediaEntryOrderBy, KALTURA-API.md §7.3).
enum class SortField { CreatedAt, UpdatedAt, Name, Duration, Plays, Views, MediaType };

/// Where the next page of a cursor walk starts: entries at or beyond `boundary` (in the sort
/// direction) except the ones already seen there.
struct Cursor {
    QDateTime boundary; ///< invalid: from the start
    QStringList idsAtBoundary;
};

/// One list query of the library: what to show (text, media types, statuses, dates, categories,
/// tags) and in which order. Statuses default to every status the web console shows (not the
/// server's READY-only default) and media types to video, image and audio.
struct EntryQuery {
    QString freeText;
    QList<MediaType> mediaTypes;
    QList<EntryStatus> statuses;
    QDateTime createdFrom;
    QDateTime createdTo;
    QDateTime updatedFrom;
    QDateTime updatedTo;
    QStringList categoryIds; ///< entries in any of them
    QStringList tags; ///< entries with any of them
    SortField sortField = SortField::CreatedAt;
    bool ascending = false;
    int pageSize = 100; ///< 1..500

    /// The statuses the web console lists (KMC sends them; §7.3).
    static QList<EntryStatus> consoleStatuses();
    /// "-createdAt", "+name" …
    QString orderBy() const;
    /// Time-ordered queries can walk past the server's 10 000-match window with a cursor.
    bool supportsCursor() const;
    /// The KalturaMediaEntryFilter of the query, narrowed to the cursor when one is given.
    api::KalturaObject filter(const Cursor &cursor = {}) const;
};

} // namespace minikmc::entries
