// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/BatchedCalls.h"

#include <QObject>
#include <QStringList>

namespace minikmc::entries {

/// Deletes entries with `baseEntry.delete`, kBatchSize calls per multirequest, with the
/// guarantees of api::BatchedCalls: every id ends up either deleted or in failures() with its own
/// error, and nothing is deleted twice. Contract: after start(), entryDeleted() per deleted id,
/// progress() per batch, then finished() exactly once.
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

    void start() { m_calls->start(); }
    void abort() { m_calls->abort(); }

    QStringList ids() const { return m_calls->keys(); }
    QStringList deletedIds() const { return m_calls->succeededKeys(); }
    QList<Failure> failures() const;
    bool isFinished() const { return m_calls->isFinished(); }

    static constexpr int kBatchSize = api::BatchedCalls::kDefaultBatchSize;

Q_SIGNALS:
    void entryDeleted(const QString &id);
    void progress(int done, int total);
    void finished();

private:
    api::BatchedCalls *m_calls;
};

} // namespace minikmc::entries
