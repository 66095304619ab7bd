// SPDX-License-Identifier: GPL-3.0-or-later
#include "entries/EntryPager.h"

#include "api/Client.h"
#include "api/JsonRead.h"
#include "api/Reply.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace minikmc::entries {

EntryPager::EntryPager(api::Client *client, const EntryQuery &query, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_query(query)
{
    m_query.pageSize = std::clamp(m_query.pageSize, 1, 500);
}

EntryPager::~EntryPager()
{
    if (m_reply)
        m_reply->abort();
}

bool EntryPager::isLimited() const
{
    return !m_query.supportsCursor() && m_totalCount > kServerWindow;
}

void EntryPager::fetchNext()
{
    if (isFetching() || m_atEnd)
        return;
    api::Call call(u"baseEntry"_s, u"list"_s);
    call.setIdempotent(true);
    const bool cursor = m_query.supportsCursor();
    call.set(u"filter"_s, m_query.filter(cursor ? m_cursor : Cursor()));
    call.set(u"pager"_s,
        api::KalturaObject(u"KalturaFilterPager"_s)
            .set(u"pageSize"_s, m_query.pageSize)
            .set(u"pageIndex"_s, cursor ? 1 : m_pageIndex));
    m_reply = m_client->send(call);
    // The reply is forgotten before anything is emitted, so that a receiver may ask for the next
    // page right away.
    connect(m_reply, &api::Reply::succeeded, this, [this, reply = m_reply] {
        m_reply.clear();
        onPage(reply->result());
    });
    connect(m_reply, &api::Reply::failed, this, [this](const api::Error &error) {
        m_reply.clear();
        Q_EMIT failed(error);
    });
}

void EntryPager::onPage(const QJsonValue &result)
{
    const QJsonObject o = result.toObject();
    const QJsonArray objects = o.value(u"objects"_s).toArray();
    QList<Entry> page;
    page.reserve(objects.size());
    for (const QJsonValue &v : objects) {
        Entry e;
        QString why;
        if (Entry::fromJson(v, &e, &why))
            page.append(e);
    }
    const qint64 total = api::json::toInt64(o.value(u"totalCount"_s)).value_or(0);
    if (m_totalCount < 0)
        m_totalCount = total; // the first page counts the whole query; later ones what is left

    if (m_query.supportsCursor()) {
        // The next page starts at the last time seen, without the entries already seen there.
        for (const Entry &e : std::as_const(page)) {
            const QDateTime t
                = m_query.sortField == SortField::CreatedAt ? e.createdAt : e.updatedAt;
            if (t != m_cursor.boundary) {
                m_cursor.boundary = t;
                m_cursor.idsAtBoundary.clear();
            }
            m_cursor.idsAtBoundary.append(e.id);
        }
        m_atEnd = page.size() < m_query.pageSize;
    } else {
        ++m_pageIndex;
        const qint64 reachable = std::min(m_totalCount, kServerWindow);
        m_atEnd = page.size() < m_query.pageSize || m_fetched + page.size() >= reachable;
    }
    m_fetched += page.size();
    Q_EMIT pageReady(page);
}

} // namespace minikmc::entries
