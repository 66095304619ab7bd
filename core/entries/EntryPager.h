// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/Error.h"
#include "entries/EntryQuery.h"

#include <QObject>
#include <QPointer>

namespace minikmc::api {
class Client;
class Reply;
} // namespace minikmc::api

namespace minikmc::entries {

/// Walks through the entries of a query, page after page (`baseEntry.list` with a
/// KalturaMediaEntryFilter, like the web console). api_v3 refuses offsets past 10 000 matches
/// (QUERY_EXCEEDED_MAX_MATCHES_ALLOWED, KALTURA-API.md §7.3); for time-ordered queries the pager
/// therefore never uses page numbers: each page starts where the previous one ended (a time
/// bound plus the ids already seen at that time), so every entry is reachable however large the
/// library. Other orders use page numbers and stop at the 10 000th entry (isLimited()).
class EntryPager final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EntryPager)
public:
    EntryPager(api::Client *client, const EntryQuery &query, QObject *parent = nullptr);
    ~EntryPager() override;

    const EntryQuery &query() const { return m_query; }
    /// Asks for the next page; pageReady() or failed() follows. Ignored while one is under way
    /// or at the end.
    void fetchNext();
    bool isFetching() const { return !m_reply.isNull(); }
    bool atEnd() const { return m_atEnd; }
    /// Matches of the query (known after the first page).
    qint64 totalCount() const { return m_totalCount; }
    /// Entries delivered so far.
    qint64 fetchedCount() const { return m_fetched; }
    /// The order cannot walk past the server's window: only the first 10 000 are reachable.
    bool isLimited() const;

    static constexpr qint64 kServerWindow = 10000;

Q_SIGNALS:
    void pageReady(const QList<minikmc::entries::Entry> &entries);
    void failed(const minikmc::api::Error &error);

private:
    void onPage(const QJsonValue &result);

    api::Client *m_client;
    EntryQuery m_query;
    QPointer<api::Reply> m_reply;
    Cursor m_cursor;
    int m_pageIndex = 1; ///< for orders without a cursor
    qint64 m_totalCount = -1;
    qint64 m_fetched = 0;
    bool m_atEnd = false;
};

} // namespace minikmc::entries
