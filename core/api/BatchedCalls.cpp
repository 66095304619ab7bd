// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/BatchedCalls.h"

#include "api/Client.h"
#include "api/MultiRequest.h"

#include <QTimer>

namespace minikmc::api {

BatchedCalls::BatchedCalls(Client *client, const QList<Item> &items, int batchSize, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_items(items)
    , m_batchSize(std::max(1, batchSize))
{
}

BatchedCalls::~BatchedCalls()
{
    if (m_reply)
        m_reply->abort();
}

QStringList BatchedCalls::keys() const
{
    QStringList out;
    out.reserve(m_items.size());
    for (const Item &item : m_items)
        out.append(item.key);
    return out;
}

void BatchedCalls::start()
{
    if (m_started)
        return;
    m_started = true;
    if (m_items.isEmpty()) {
        QTimer::singleShot(0, this, &BatchedCalls::finish);
        return;
    }
    sendNextBatch();
}

void BatchedCalls::abort()
{
    if (m_finished || !m_started)
        return;
    if (m_reply)
        m_reply->abort();
    m_reply.clear();
    failRemaining(m_inFlight >= 0 ? m_inFlight : m_next,
        Error::cancelled(tr("Stopped before the server answered")));
    finish();
}

void BatchedCalls::sendNextBatch()
{
    const qsizetype first = m_next;
    const qsizetype count = std::min<qsizetype>(m_batchSize, m_items.size() - first);
    MultiRequest request;
    for (qsizetype i = first; i < first + count; ++i)
        request.add(m_items.at(i).call);
    m_next = first + count;
    m_inFlight = first;
    m_reply = m_client->send(request);
    connect(m_reply, &Reply::succeeded, this, [this, first, count, reply = m_reply] {
        m_reply.clear();
        m_inFlight = -1;
        for (qsizetype i = 0; i < count; ++i) {
            const QString &key = m_items.at(first + i).key;
            const Error error = reply->errorAt(i);
            if (error.isOk()) {
                m_succeeded.append(key);
                Q_EMIT itemSucceeded(key, reply->resultAt(i));
            } else {
                m_failures.append({key, error});
            }
        }
        Q_EMIT progress(int(m_next), int(m_items.size()));
        if (m_next < m_items.size())
            sendNextBatch();
        else
            finish();
    });
    connect(m_reply, &Reply::failed, this, [this, first](const Error &error) {
        m_reply.clear();
        m_inFlight = -1;
        failRemaining(first, error);
        Q_EMIT progress(int(m_items.size()), int(m_items.size()));
        finish();
    });
}

void BatchedCalls::failRemaining(qsizetype from, const Error &error)
{
    for (qsizetype i = from; i < m_items.size(); ++i)
        m_failures.append({m_items.at(i).key, error});
    m_next = m_items.size();
}

void BatchedCalls::finish()
{
    if (m_finished)
        return;
    m_finished = true;
    Q_EMIT finished();
}

} // namespace minikmc::api
