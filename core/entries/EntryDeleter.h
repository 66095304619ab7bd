// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/Error.h"

#include <QObject>
#include <QPointer>
#include <QStringList>

namespace minikmc::api {
class Client;
class MultiReply;
} // namespace minikmc::api

namespace minikmc::entries {

/// Deletes entries with `baseEntry.delete`, kBatchSize calls per multirequest (one HTTP request
/// each), one batch after the other. Every id ends up either deleted or in failures() with its
/// own error: an item the server refuses (ENTRY_ID_NOT_FOUND …) fails alone; when a whole batch
/// cannot be sent or answered (network, HTTP, a top-level exception), its ids and those of the
/// batches not sent yet fail with that error — a delete is not repeated blindly, since the server
/// may have carried it out. abort() drops the batch in flight; the ids not known to be deleted
/// become failures (Cancelled).
///
/// Contract: after start(), entryDeleted() for each deleted id as its batch answers, progress()
/// after each batch, then finished() exactly once (also for an empty list, on the next
/// event-loop turn).
class EntryDeleter final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EntryDeleter)

public:
    struct Failure {
        QString id;
        api::Error error;
    };

    EntryDeleter(api::Client *client, const QStringList &ids, QObject *parent = nullptr);
    ~EntryDeleter() override;

    void start();
    void abort();

    QStringList ids() const { return m_ids; }
    QStringList deletedIds() const { return m_deleted; }
    QList<Failure> failures() const { return m_failures; }
    bool isFinished() const { return m_finished; }

    static constexpr int kBatchSize = 50;

Q_SIGNALS:
    void entryDeleted(const QString &id);
    void progress(int done, int total);
    void finished();

private:
    void sendNextBatch();
    void failRemaining(qsizetype from, const api::Error &error);
    void finish();

    api::Client *m_client;
    QStringList m_ids;
    qsizetype m_next = 0; ///< first id of the next batch
    qsizetype m_inFlight = -1; ///< first id of the batch in flight
    QPointer<api::MultiReply> m_reply;
    QStringList m_deleted;
    QList<Failure> m_failures;
    bool m_started = false;
    bool m_finished = false;
};

} // namespace minikmc::entries
