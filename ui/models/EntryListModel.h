// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/Error.h"
#include "entries/Entry.h"
#include "entries/EntryQuery.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QPointer>
#include <QSize>

namespace minikmc::api {
class Client;
}
namespace minikmc::entries {
class EntryPager;
}

namespace minikmc::ui {

class ThumbnailCache;

/// The entries of one library query as a table (DESIGN.md "Screens"). Rows arrive page by page
/// through the canFetchMore()/fetchMore() contract (an EntryPager underneath, so time-ordered
/// queries reach every entry, past the server's 10 000-match window). Setting a query, sorting
/// or refreshing starts over: the page in flight is abandoned and any reply of an older query
/// is dropped (generation guard). The model never opens dialogs: loading, errorText and
/// totalCount are properties for the view to show.
///
/// Thumbnails are asked for only when a view asks for a row's picture (that is, for rows on
/// screen); each arriving picture changes that one cell (dataChanged for the row's thumbnail).
class EntryListModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EntryListModel)
    Q_PROPERTY(bool loading READ isLoading NOTIFY loadingChanged)
    Q_PROPERTY(QString errorText READ errorText NOTIFY errorTextChanged)
    Q_PROPERTY(qint64 totalCount READ totalCount NOTIFY totalCountChanged)

public:
    enum Column {
        ThumbnailColumn,
        NameColumn,
        IdColumn,
        TypeColumn,
        DurationColumn,
        PlaysColumn,
        CreatedColumn,
        UpdatedColumn,
        StatusColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role {
        RawValueRole
        = Qt::UserRole + 1, ///< the column's value unformatted (ms, counts, UTC times, enum ints)
        EntryIdRole, ///< the row's entry id (any column)
        StatusRole, ///< the row's EntryStatus as int (any column)
        MediaTypeRole, ///< the row's MediaType as int (any column)
        DurationTextRole, ///< the row's duration as shown, empty for images (any column)
        StatusColorRole, ///< the colour of the row's status badge (any column)
    };
    Q_ENUM(Role)

    /// thumbnails may be nullptr (no pictures, e.g. in tests of the list alone).
    EntryListModel(api::Client *client, ThumbnailCache *thumbnails, QObject *parent = nullptr);
    ~EntryListModel() override;

    /// Shows the entries of query, from the first page (the sort in the query is kept).
    void setQuery(const entries::EntryQuery &query);
    entries::EntryQuery query() const { return m_query; }
    /// Starts over with the same query (F5).
    void refresh();
    /// Empties the model and stops loading (signed out).
    void clear();
    /// After an error: the page that failed is asked for again.
    void retry();

    bool isLoading() const { return m_loading; }
    /// Why the last page could not be loaded; empty when it could.
    QString errorText() const;
    api::Error error() const { return m_error; }
    /// Matches of the query (-1 until the first page is in).
    qint64 totalCount() const { return m_totalCount; }
    /// The query's order cannot reach past the server's 10 000-match window.
    bool isLimited() const;
    /// Whether every entry of the query is loaded.
    bool atEnd() const;

    /// Size of the pictures of the thumbnail column (and of ThumbnailRole in grid views).
    void setThumbnailSize(const QSize &size);
    QSize thumbnailSize() const { return m_thumbnailSize; }

    entries::Entry entryAt(int row) const { return m_entries.value(row); }
    int rowOfEntry(const QString &id) const { return m_rowById.value(id, -1); }
    /// Shows the server's new values of entries that are in the list (e.g. after a save).
    void updateEntries(const QList<entries::Entry> &entries);
    /// Takes rows out (e.g. entries deleted on the server) and lowers the total accordingly.
    void removeEntries(const QStringList &ids);

    static bool isSortable(int column);
    static QString statusText(entries::EntryStatus status);
    static QString mediaTypeText(entries::MediaType type);
    static QString durationText(qint64 milliseconds);
    /// A UTC time in the user's short date and time formats, in local time.
    static QString dateTimeText(const QDateTime &utc);

    // QAbstractItemModel
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    /// Sorting happens on the server: the query starts over in the new order. Columns that the
    /// server cannot sort by are ignored.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    /// The column and order the query is sorted by.
    int sortColumn() const;
    Qt::SortOrder sortOrder() const;

Q_SIGNALS:
    void loadingChanged(bool loading);
    void errorTextChanged(const QString &errorText);
    void totalCountChanged(qint64 totalCount);
    /// A new query (or refresh) started: selections and scroll positions of the old one are void.
    void queryChanged();

private:
    void start();
    void fetchNextPage();
    void onPage(quint64 generation, const QList<entries::Entry> &page);
    void onFailed(quint64 generation, const api::Error &error);
    void setLoading(bool loading);
    void setError(const api::Error &error);
    void setTotalCount(qint64 count);
    void rebuildRowIndex(int fromRow);
    void onThumbnailReady(const QString &entryId);
    QVariant displayData(const entries::Entry &entry, int column) const;
    QVariant rawData(const entries::Entry &entry, int column) const;

    api::Client *m_client;
    QPointer<ThumbnailCache> m_thumbnails;
    entries::EntryQuery m_query;
    entries::EntryPager *m_pager = nullptr;
    quint64 m_generation = 0;
    QList<entries::Entry> m_entries;
    QHash<QString, int> m_rowById;
    bool m_loading = false;
    api::Error m_error;
    qint64 m_totalCount = -1;
    qint64 m_removed = 0; ///< entries removed since the count came in
    QSize m_thumbnailSize {64, 36};
};

} // namespace minikmc::ui
