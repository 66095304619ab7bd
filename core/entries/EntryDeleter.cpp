// SPDX-License-Identifier: GPL-3.0-or-later
#include "entries/EntryDeleter.h"

using namespace Qt::StringLiterals;

namespace minikmc::entries {

namespace {

QList<api::BatchedCalls::Item> deleteCalls(QStringList ids)
{
    ids.removeDuplicates();
    QList<api::BatchedCalls::Item> items;
    items.reserve(ids.size());
    for (const QString &id : std::as_const(ids))
        items.append({id, api::Call(u"baseEntry"_s, u"delete"_s).set(u"entryId"_s, id)});
    return items;
}

} // namespace

EntryDeleter::EntryDeleter(api::Client *client, const QStringList &ids, QObject *parent)
    : QObject(parent)
    , m_calls(new api::BatchedCalls(client, deleteCalls(ids), kBatchSize, this))
{
    connect(m_calls, &api::BatchedCalls::itemSucceeded, this,
        [this](const QString &id) { Q_EMIT entryDeleted(id); });
    connect(m_calls, &api::BatchedCalls::progress, this, &EntryDeleter::progress);
    connect(m_calls, &api::BatchedCalls::finished, this, &EntryDeleter::finished);
}

EntryDeleter::~EntryDeleter() = default;

QList<EntryDeleter::Failure> EntryDeleter::failures() const
{
    QList<Failure> out;
    const QList<api::BatchedCalls::Failure> failed = m_calls->failures();
    out.reserve(failed.size());
    for (const api::BatchedCalls::Failure &f : failed)
        out.append({f.key, f.error});
    return out;
}

} // namespace minikmc::entries
