// SPDX-License-Identifier: GPL-3.0-or-later
#include "entries/Categories.h"

#include "api/Client.h"
#include "api/JsonRead.h"
#include "api/Reply.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace minikmc::entries {

namespace {

Category categoryFromJson(const QJsonObject &o)
{
    using api::json::toInt64;
    Category c;
    c.id = toInt64(o.value(u"id"_s)).value_or(0);
    c.parentId = toInt64(o.value(u"parentId"_s)).value_or(0);
    c.depth = int(toInt64(o.value(u"depth"_s)).value_or(0));
    c.name = o.value(u"name"_s).toString();
    c.fullName = o.value(u"fullName"_s).toString();
    if (c.fullName.isEmpty())
        c.fullName = c.name;
    c.entriesCount = toInt64(o.value(u"entriesCount"_s)).value_or(0);
    return c;
}

} // namespace

CategoryLoader::CategoryLoader(api::Client *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{
}

CategoryLoader::~CategoryLoader()
{
    if (m_reply)
        m_reply->abort();
}

void CategoryLoader::load()
{
    if (m_reply)
        m_reply->abort();
    m_reply.clear();
    m_categories.clear();
    m_pageIndex = 1;
    fetchPage();
}

void CategoryLoader::fetchPage()
{
    api::Call call(u"category"_s, u"list"_s);
    call.setIdempotent(true);
    call.set(u"filter"_s,
        api::KalturaObject(u"KalturaCategoryFilter"_s).set(u"orderBy"_s, u"+fullName"_s));
    call.set(u"pager"_s,
        api::KalturaObject(u"KalturaFilterPager"_s)
            .set(u"pageSize"_s, kPageSize)
            .set(u"pageIndex"_s, m_pageIndex));
    m_reply = m_client->send(call);
    connect(m_reply, &api::Reply::succeeded, this, [this, reply = m_reply] {
        m_reply.clear();
        const QJsonObject page = reply->result().toObject();
        const QJsonArray objects = page.value(u"objects"_s).toArray();
        for (const QJsonValue &v : objects) {
            const Category c = categoryFromJson(v.toObject());
            if (c.id > 0)
                m_categories.append(c);
        }
        const qint64 total = api::json::toInt64(page.value(u"totalCount"_s)).value_or(0);
        const bool more
            = objects.size() == kPageSize && m_categories.size() < total && m_pageIndex < kMaxPages;
        if (more) {
            ++m_pageIndex;
            fetchPage();
            return;
        }
        Q_EMIT loaded(m_categories);
    });
    connect(m_reply, &api::Reply::failed, this, [this](const api::Error &error) {
        m_reply.clear();
        Q_EMIT failed(error);
    });
}

} // namespace minikmc::entries
