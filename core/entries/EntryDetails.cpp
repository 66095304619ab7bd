// SPDX-License-Identifier: GPL-3.0-or-later
#include "entries/EntryDetails.h"

#include "api/Client.h"
#include "api/MultiRequest.h"
#include "assets/AssetCalls.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace minikmc::entries {

namespace {

enum Item { EntryItem, FlavorsItem, ThumbsItem, CategoriesItem };

} // namespace

EntryDetailsLoader::EntryDetailsLoader(api::Client *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{
}

EntryDetailsLoader::~EntryDetailsLoader()
{
    if (m_reply)
        m_reply->abort();
}

void EntryDetailsLoader::load(const QString &entryId)
{
    if (m_reply)
        m_reply->abort();
    m_entryId = entryId;
    api::MultiRequest request;
    request.add(api::Call(u"baseEntry"_s, u"get"_s).set(u"entryId"_s, entryId).setIdempotent(true));
    request.add(assets::calls::flavorList(entryId));
    request.add(assets::calls::thumbList(entryId));
    // The names of the entry's categories. "0," keeps the filter narrow when the entry has none
    // (the token then becomes empty, and an empty idIn would list every category).
    api::Call categories(u"category"_s, u"list"_s);
    categories.set(u"filter"_s,
        api::KalturaObject(u"KalturaCategoryFilter"_s)
            .set(u"idIn"_s, u"0,"_s + api::MultiRequest::resultRef(EntryItem, u"categoriesIds"_s)));
    categories.set(u"pager"_s, api::KalturaObject(u"KalturaFilterPager"_s).set(u"pageSize"_s, 500));
    request.add(categories);

    m_reply = m_client->send(request);
    connect(m_reply, &api::Reply::succeeded, this, [this, reply = m_reply] {
        m_reply.clear();
        EntryDetails d;
        d.entryError = reply->errorAt(EntryItem);
        QString why;
        if (d.entryError.isOk() && !Entry::fromJson(reply->resultAt(EntryItem), &d.entry, &why))
            d.entryError = api::Error::parse(why, {});
        d.flavorsError = reply->errorAt(FlavorsItem);
        d.flavors = assets::assetsOf<assets::Flavor>(reply->resultAt(FlavorsItem));
        d.thumbsError = reply->errorAt(ThumbsItem);
        d.thumbs = assets::assetsOf<assets::Thumb>(reply->resultAt(ThumbsItem));
        d.categoriesError = reply->errorAt(CategoriesItem);
        const QJsonArray categories
            = reply->resultAt(CategoriesItem).toObject().value(u"objects"_s).toArray();
        for (const QJsonValue &v : categories) {
            const QJsonObject c = v.toObject();
            const QString id = QString::number(qint64(c.value(u"id"_s).toDouble()));
            if (d.entry.categoryIds.contains(id))
                d.categoryNames.insert(id, c.value(u"fullName"_s).toString());
        }
        Q_EMIT loaded(d);
    });
    connect(m_reply, &api::Reply::failed, this, [this](const api::Error &error) {
        m_reply.clear();
        Q_EMIT failed(error);
    });
}

} // namespace minikmc::entries
