// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/Call.h"
#include "api/Error.h"

#include <QJsonValue>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QStringList>

namespace minikmc::api {

class Client;
class MultiReply;

/// Many calls of the same kind (one per entry: delete, update …) sent as multirequests of at
/// most batchSize calls (KALTURA-API.md §3), one batch after the other. Every item ends up either
/// succeeded or in failures() with its own error: an item the server refuses fails alone; when a
/// whole batch cannot be sent or answered (network, HTTP, a top-level exception) its items and
/// those of the batches not sent yet fail with that error — such calls are not repeated blindly,
/// since the server may have carried them out. abort() drops the batch in flight; its items and
/// the rest become failures (Cancelled).
///
/// Contract: after start(), itemSucceeded() for each item as its batch answers, progress() after
/// each batch, then finished() exactly once (for no items: on the next event-loop turn).
class BatchedCalls final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BatchedCalls)

public:
    struct Item {
        QString key; ///< what the item is about (an entry id)
        Call call;
    };
    struct Failure {
        QString key;
        Error error;
    };

    BatchedCalls(Client *client, const QList<Item> &items, int batchSize = kDefaultBatchSize,
        QObject *parent = nullptr);
    ~BatchedCalls() override;

    void start();
    void abort();

    QStringList keys() const;
    QStringList succeededKeys() const { return m_succeeded; }
    QList<Failure> failures() const { return m_failures; }
    bool isFinished() const { return m_finished; }

    static constexpr int kDefaultBatchSize = 50;

Q_SIGNALS:
    void itemSucceeded(const QString &key, const QJsonValue &result);
    void progress(int done, int total);
    void finished();

private:
    void sendNextBatch();
    void failRemaining(qsizetype from, const Error &error);
    void finish();

    Client *m_client;
    QList<Item> m_items;
    int m_batchSize;
    qsizetype m_next = 0; ///< first item of the next batch
    qsizetype m_inFlight = -1; ///< first item of the batch in flight
    QPointer<MultiReply> m_reply;
    QStringList m_succeeded;
    QList<Failure> m_failures;
    bool m_started = false;
    bool m_finished = false;
};

} // namespace minikmc::api
