// SPDX-License-Identifier: GPL-3.0-or-later
#include "entries/EntryDeleter.h"

#include "api/Client.h"
#include "api/MultiRequest.h"

#include <QTimer>

using namespace Qt::StringLiterals;

namespace minikmc::entries {

EntryDeleter::EntryDeleter(api::Client *client, const QStringList &ids, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_ids(ids)
{
    m_ids.removeDuplicates();
}

EntryDeleter::~EntryDeleter()
{
    if (m_reply)
        m_reply->abort();
}

void EntryDeleter::start()
{
    if (m_started)
        return;
    m_started = true;
    if (m_ids.isEmpty()) {
        QTimer::singleShot(0, this, &EntryDeleter::finish);
        return;
    }
    sendNextBatch();
}

void EntryDeleter::abort()
{
    if (m_finished || !m_started)
        return;
    if (m_reply)
        m_reply->abort();
    m_reply.clear();
    // The batch in flight may or may not have been carried out: its ids are not "deleted".
    failRemaining(m_inFlight >= 0 ? m_inFlight : m_next,
        api::Error::cancelled(tr("Deleting was stopped before the server answered")));
    finish();
}

void EntryDeleter::sendNextBatch()
{
    const qsizetype first = m_next;
    const qsizetype count = std::min<qsizetype>(kBatchSize, m_ids.size() - first);
    api::MultiRequest request;
    for (qsizetype i = first; i < first + count; ++i)
        request.add(api::Call(u"baseEntry"_s, u"delete"_s).set(u"entryId"_s, m_ids.at(i)));
    m_next = first + count;
    m_inFlight = first;
    m_reply = m_client->send(request);
    connect(m_reply, &api::Reply::succeeded, this, [this, first, count, reply = m_reply] {
        m_reply.clear();
        m_inFlight = -1;
        for (qsizetype i = 0; i < count; ++i) {
            const QString &id = m_ids.at(first + i);
            const api::Error error = reply->errorAt(i);
            if (error.isOk()) {
                m_deleted.append(id);
                Q_EMIT entryDeleted(id);
            } else {
                m_failures.append({id, error});
            }
        }
        Q_EMIT progress(int(m_next), int(m_ids.size()));
        if (m_next < m_ids.size())
            sendNextBatch();
        else
            finish();
    });
    connect(m_reply, &api::Reply::failed, this, [this, first](const api::Error &error) {
        m_reply.clear();
        m_inFlight = -1;
        failRemaining(first, error);
        Q_EMIT progress(int(m_ids.size()), int(m_ids.size()));
        finish();
    });
}

void EntryDeleter::failRemaining(qsizetype from, const api::Error &error)
{
    for (qsizetype i = from; i < m_ids.size(); ++i)
        m_failures.append({m_ids.at(i), error});
    m_next = m_ids.size();
}

void EntryDeleter::finish()
{
    if (m_finished)
        return;
    m_finished = true;
    Q_EMIT finished();
}

} // namespace minikmc::entries
