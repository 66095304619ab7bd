// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "upload/UploadJob.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QStringList>

#include <memory>

class QLockFile;

namespace minikmc::api {
class Client;
}

namespace minikmc::upload {

class UploadJournal;

struct UploadQueueSettings {
    int maxConcurrentFiles = 3;
    int maxTotalWorkers = 12; ///< chunks in flight over all files
    UploadOptions job;
    /// Unfinished uploads found in the journal at start-up resume by themselves; otherwise they
    /// wait, paused, for the editor.
    bool resumeOnStart = true;
};

/// The uploads of one account: queues files, starts at most maxConcurrentFiles at a time (and
/// at most maxTotalWorkers chunks), keeps every job in the journal as it changes, and restores
/// the unfinished ones after a restart. Jobs belong to the queue; they are removed (and leave
/// the journal) only when finished and the editor clears them.
class UploadQueue final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UploadQueue)

public:
    /// journal may be nullptr (nothing survives a restart) and must outlive the queue.
    UploadQueue(api::Client *account, UploadJournal *journal, QObject *parent = nullptr);
    ~UploadQueue() override;

    /// "serviceUrl|partnerId": which journal records are this account's.
    static QString accountKey(const api::Client *client);

    void setSettings(const UploadQueueSettings &settings);
    UploadQueueSettings settings() const { return m_settings; }

    /// Files to upload for these paths: files as they are, folders searched (recursively) for
    /// media files. Hidden files are skipped inside folders.
    static QStringList expandPaths(const QStringList &paths);
    /// The file's KalturaMediaType when it can be uploaded (exists, is a file, not empty, audio,
    /// video or image); 0 with *error saying why when not.
    static int checkFile(const QString &filePath, QString *error);
    /// Checks the file (see checkFile()) and queues it; the name
    /// defaults to the file's base name. nullptr with *error saying why when it cannot be queued.
    UploadJob *enqueue(const QString &filePath, UploadMetadata metadata, QString *error);
    /// Brings back this account's unfinished uploads from the journal (those no other running
    /// process works on) and returns how many; they start when resumeOnStart is set.
    int restore();

    QList<UploadJob *> jobs() const { return m_jobs; }
    UploadJob *job(qint64 id) const;
    int indexOf(const UploadJob *job) const { return int(m_jobs.indexOf(job)); }

    void pause(UploadJob *job);
    /// Starts a paused or failed job again (it waits for a slot like a new one).
    void resume(UploadJob *job);
    void cancel(UploadJob *job);
    /// Removes a finished job from the list and the journal.
    void remove(UploadJob *job);
    void pauseAll();
    void resumeAll();
    /// Removes every job that is Done or Cancelled.
    void clearFinished();
    /// Lets go of every job (sign-out, another account, quitting): chunks in flight stop, the
    /// journal keeps each job as it was, so that restore() continues it later.
    void unload();

    /// Jobs that are not Done, Failed or Cancelled.
    int unfinishedCount() const;
    /// Jobs working now.
    int runningCount() const;
    /// Over the unfinished jobs (and the ones finished in the current batch).
    qint64 totalBytes() const;
    qint64 sentBytes() const;

Q_SIGNALS:
    /// Before a job is appended to jobs() (at the end).
    void jobAboutToBeAdded();
    void jobAdded(minikmc::upload::UploadJob *job);
    void jobAboutToBeRemoved(minikmc::upload::UploadJob *job);
    /// After jobAboutToBeRemoved(): the job is no longer in jobs().
    void jobRemoved();
    /// Progress or state (often: throttle what you draw).
    void jobChanged(minikmc::upload::UploadJob *job);
    /// The job's state changed (also reported by jobChanged()).
    void jobStateChanged(minikmc::upload::UploadJob *job);
    /// Every job of a batch has finished (nothing queued or running any more).
    void batchFinished(int done, int failed, int cancelled);
    /// The journal cannot be written: uploads run but would not survive a restart.
    void journalError(const QString &message);

private:
    UploadJob *adopt(const UploadRecord &record, std::unique_ptr<QLockFile> lock);
    void schedule();
    void save(UploadJob *job);
    void onFinished(UploadJob *job);

    QPointer<api::Client> m_account;
    UploadJournal *m_journal;
    UploadQueueSettings m_settings;
    QList<UploadJob *> m_jobs;
    QHash<const UploadJob *, std::shared_ptr<QLockFile>> m_locks;
    QList<UploadJob *> m_waiting; ///< asked to start, waiting for a slot (in order)
    int m_batchDone = 0;
    int m_batchFailed = 0;
    int m_batchCancelled = 0;
    QSet<const UploadJob *> m_batch; ///< finished jobs counted in the overall progress
    bool m_scheduling = false;
};

} // namespace minikmc::upload
