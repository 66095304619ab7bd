// SPDX-License-Identifier: GPL-3.0-or-later
#include "upload/UploadQueue.h"

#include "api/Client.h"
#include "upload/UploadJournal.h"

#include <QCoreApplication>
#include <QDirIterator>
#include <QFileInfo>
#include <QLockFile>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace minikmc::upload {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(minikmc::upload::UploadQueue)
};

constexpr int kKeepFinishedDays = 7;

} // namespace

UploadQueue::UploadQueue(api::Client *account, UploadJournal *journal, QObject *parent)
    : QObject(parent)
    , m_account(account)
    , m_journal(journal)
{
}

UploadQueue::~UploadQueue()
{
    // Jobs stop where they are; the journal keeps their state for the next start.
    for (UploadJob *job : std::as_const(m_jobs))
        job->disconnect(this);
    qDeleteAll(m_jobs);
}

QString UploadQueue::accountKey(const api::Client *client)
{
    return client->serviceUrl().toString() + u'|' + QString::number(client->partnerId());
}

void UploadQueue::setSettings(const UploadQueueSettings &settings)
{
    m_settings = settings;
    m_settings.maxConcurrentFiles = std::max(1, m_settings.maxConcurrentFiles);
    m_settings.maxTotalWorkers = std::max(1, m_settings.maxTotalWorkers);
    schedule();
}

QStringList UploadQueue::expandPaths(const QStringList &paths)
{
    QStringList files;
    for (const QString &path : paths) {
        const QFileInfo info(path);
        if (!info.isDir()) {
            files.append(info.absoluteFilePath());
            continue;
        }
        QStringList found;
        QDirIterator it(info.absoluteFilePath(), QDir::Files | QDir::Readable,
            QDirIterator::Subdirectories | QDirIterator::FollowSymlinks);
        while (it.hasNext()) {
            const QString file = it.next();
            if (mediaTypeFor(file) != 0)
                found.append(file);
        }
        found.sort();
        files += found;
    }
    return files;
}

int UploadQueue::checkFile(const QString &filePath, QString *error)
{
    const QFileInfo info(filePath);
    if (!info.exists()) {
        *error = Tr::tr("%1 does not exist.").arg(filePath);
        return 0;
    }
    if (!info.isFile()) {
        *error = Tr::tr("%1 is not a file.").arg(filePath);
        return 0;
    }
    if (!info.isReadable()) {
        *error = Tr::tr("%1 cannot be read.").arg(filePath);
        return 0;
    }
    if (info.size() == 0) {
        *error = Tr::tr("%1 is empty.").arg(info.fileName());
        return 0;
    }
    const int mediaType = mediaTypeFor(filePath);
    if (mediaType == 0)
        *error = Tr::tr("%1 is not a video, audio or image file.").arg(info.fileName());
    return mediaType;
}

UploadJob *UploadQueue::enqueue(const QString &filePath, UploadMetadata metadata, QString *error)
{
    const QFileInfo info(filePath);
    const int mediaType = checkFile(filePath, error);
    if (mediaType == 0)
        return nullptr;
    const bool queued = std::any_of(m_jobs.cbegin(), m_jobs.cend(), [&](const UploadJob *j) {
        return isUnfinished(j->state()) && j->record().filePath == info.absoluteFilePath();
    });
    if (queued) {
        *error = Tr::tr("%1 is already in the upload queue.").arg(info.fileName());
        return nullptr;
    }
    QString why;
    const FileIdentity identity = FileIdentity::read(info.absoluteFilePath(), &why);
    if (!identity.isValid()) {
        *error = why;
        return nullptr;
    }
    if (metadata.name.trimmed().isEmpty())
        metadata.name = info.completeBaseName();
    UploadRecord record;
    record.account = accountKey(m_account);
    record.filePath = info.absoluteFilePath();
    record.identity = identity;
    record.mediaType = mediaType;
    record.metadata = metadata;
    record.state = UploadState::Queued;
    record.createdAt = QDateTime::currentDateTimeUtc();
    std::unique_ptr<QLockFile> lock;
    if (m_journal && m_journal->isOpen()) {
        record.id = m_journal->insert(record);
        if (record.id == 0) {
            Q_EMIT journalError(m_journal->lastError());
        } else {
            lock = m_journal->lock(record.id);
            if (!lock) {
                // Another mini-KMC restoring the journal took it between the two steps: that
                // one uploads it, this one must not as well.
                *error = Tr::tr("%1 is being uploaded by another mini-KMC window or command.")
                             .arg(info.fileName());
                return nullptr;
            }
        }
    }
    UploadJob *job = adopt(record, std::move(lock));
    m_waiting.append(job);
    schedule();
    return job;
}

int UploadQueue::restore()
{
    if (!m_journal || !m_journal->isOpen())
        return 0;
    const QDateTime oldest = QDateTime::currentDateTimeUtc().addDays(-kKeepFinishedDays);
    int restored = 0;
    for (UploadRecord record : m_journal->records(accountKey(m_account))) {
        if (job(record.id))
            continue;
        if (record.state == UploadState::Done || record.state == UploadState::Cancelled) {
            if (record.finishedAt.isValid() && record.finishedAt < oldest)
                m_journal->remove(record.id);
            continue;
        }
        auto lock = m_journal->lock(record.id);
        if (!lock)
            continue; // another process is uploading it
        const bool wasPaused = record.state == UploadState::Paused;
        const bool wasCancelling = record.state == UploadState::Cancelling;
        if (wasCancelling)
            record.state = UploadState::Paused;
        else if (record.state != UploadState::Failed)
            record.state = (wasPaused || !m_settings.resumeOnStart) ? UploadState::Paused
                                                                    : UploadState::Queued;
        UploadJob *job = adopt(record, std::move(lock));
        if (wasCancelling)
            job->cancel(); // the editor asked for it: finish deleting it from the server
        else if (record.state == UploadState::Queued)
            m_waiting.append(job);
        ++restored;
    }
    schedule();
    return restored;
}

UploadJob *UploadQueue::adopt(const UploadRecord &record, std::unique_ptr<QLockFile> lock)
{
    auto *job = new UploadJob(m_account, record, m_settings.job, this);
    Q_EMIT jobAboutToBeAdded();
    m_jobs.append(job);
    if (lock)
        m_locks.insert(job, std::shared_ptr<QLockFile>(std::move(lock)));
    connect(job, &UploadJob::recordChanged, this, [this, job] { save(job); });
    connect(job, &UploadJob::progressChanged, this, [this, job] { Q_EMIT jobChanged(job); });
    connect(job, &UploadJob::stateChanged, this, [this, job] {
        Q_EMIT jobChanged(job);
        Q_EMIT jobStateChanged(job);
        schedule();
    });
    connect(job, &UploadJob::finished, this, [this, job] { onFinished(job); });
    Q_EMIT jobAdded(job);
    return job;
}

void UploadQueue::save(UploadJob *job)
{
    if (!m_journal || !m_journal->isOpen() || job->id() == 0)
        return;
    if (!m_journal->update(job->record()))
        Q_EMIT journalError(m_journal->lastError());
}

UploadJob *UploadQueue::job(qint64 id) const
{
    if (id <= 0)
        return nullptr;
    const auto it = std::find_if(
        m_jobs.cbegin(), m_jobs.cend(), [id](const UploadJob *j) { return j->id() == id; });
    return it == m_jobs.cend() ? nullptr : *it;
}

void UploadQueue::schedule()
{
    if (m_scheduling)
        return;
    m_scheduling = true;
    m_waiting.removeIf([](const UploadJob *job) { return job->state() != UploadState::Queued; });
    int running = 0;
    int workers = 0;
    for (const UploadJob *job : std::as_const(m_jobs)) {
        if (isRunning(job->state())) {
            ++running;
            workers += job->workers();
        }
    }
    while (!m_waiting.isEmpty() && running < m_settings.maxConcurrentFiles) {
        UploadJob *job = m_waiting.first();
        const int free = m_settings.maxTotalWorkers - workers;
        if (free <= 0 && running > 0)
            break;
        m_waiting.removeFirst();
        job->setWorkers(std::max(1, std::min(m_settings.job.workers, free)));
        m_batch.insert(job);
        job->start();
        // A job can end inside start() (its file is gone): it takes no slot then.
        if (isRunning(job->state())) {
            ++running;
            workers += job->workers();
        }
    }
    m_scheduling = false;
}

void UploadQueue::onFinished(UploadJob *job)
{
    switch (job->state()) {
    case UploadState::Done:
        ++m_batchDone;
        break;
    case UploadState::Failed:
        ++m_batchFailed;
        break;
    case UploadState::Cancelled:
        ++m_batchCancelled;
        break;
    default:
        break;
    }
    if (job->state() == UploadState::Cancelled) {
        // Nothing is left of it on the server: it leaves the journal too.
        if (m_journal && m_journal->isOpen() && job->id() > 0)
            m_journal->remove(job->id());
    }
    schedule();
    const bool busy = std::any_of(m_jobs.cbegin(), m_jobs.cend(), [](const UploadJob *j) {
        return isRunning(j->state()) || j->state() == UploadState::Queued;
    });
    if (!busy && m_batchDone + m_batchFailed + m_batchCancelled > 0) {
        const int done = std::exchange(m_batchDone, 0);
        const int failed = std::exchange(m_batchFailed, 0);
        const int cancelled = std::exchange(m_batchCancelled, 0);
        m_batch.clear();
        Q_EMIT batchFinished(done, failed, cancelled);
    }
}

void UploadQueue::pause(UploadJob *job)
{
    m_waiting.removeAll(job);
    job->pause();
    schedule();
}

void UploadQueue::resume(UploadJob *job)
{
    if (!isUnfinished(job->state()) && job->state() != UploadState::Failed)
        return;
    if (isRunning(job->state()))
        return;
    job->markQueued();
    if (!m_waiting.contains(job))
        m_waiting.append(job);
    schedule();
}

void UploadQueue::cancel(UploadJob *job)
{
    m_waiting.removeAll(job);
    job->cancel();
    schedule();
}

void UploadQueue::remove(UploadJob *job)
{
    if (!m_jobs.contains(job) || isRunning(job->state()))
        return;
    if (isUnfinished(job->state()))
        return; // only finished ones; cancel the others first
    Q_EMIT jobAboutToBeRemoved(job);
    m_jobs.removeAll(job);
    m_waiting.removeAll(job);
    m_locks.remove(job);
    m_batch.remove(job);
    if (m_journal && m_journal->isOpen() && job->id() > 0)
        m_journal->remove(job->id());
    job->disconnect(this);
    job->deleteLater();
    Q_EMIT jobRemoved();
}

void UploadQueue::pauseAll()
{
    // Nothing waiting may take the slot of the first one paused.
    m_waiting.clear();
    for (UploadJob *job : std::as_const(m_jobs)) {
        if (isUnfinished(job->state()))
            pause(job);
    }
}

void UploadQueue::resumeAll()
{
    for (UploadJob *job : std::as_const(m_jobs)) {
        if (job->state() == UploadState::Paused)
            resume(job);
    }
}

void UploadQueue::clearFinished()
{
    const QList<UploadJob *> jobs = m_jobs;
    for (UploadJob *job : jobs) {
        if (job->state() == UploadState::Done || job->state() == UploadState::Cancelled)
            remove(job);
    }
}

void UploadQueue::unload()
{
    const QList<UploadJob *> jobs = m_jobs;
    for (UploadJob *job : jobs) {
        Q_EMIT jobAboutToBeRemoved(job);
        m_jobs.removeAll(job);
        m_locks.remove(job);
        m_batch.remove(job);
        job->disconnect(this);
        delete job; // aborts its calls without a word: the journal keeps its last state
        Q_EMIT jobRemoved();
    }
    m_waiting.clear();
    m_batchDone = m_batchFailed = m_batchCancelled = 0;
}

int UploadQueue::unfinishedCount() const
{
    return int(std::count_if(m_jobs.cbegin(), m_jobs.cend(),
        [](const UploadJob *j) { return isUnfinished(j->state()); }));
}

int UploadQueue::runningCount() const
{
    return int(std::count_if(
        m_jobs.cbegin(), m_jobs.cend(), [](const UploadJob *j) { return isRunning(j->state()); }));
}

qint64 UploadQueue::totalBytes() const
{
    qint64 total = 0;
    for (const UploadJob *job : m_jobs) {
        if (isUnfinished(job->state()) || m_batch.contains(job))
            total += job->record().identity.size;
    }
    return total;
}

qint64 UploadQueue::sentBytes() const
{
    qint64 sent = 0;
    for (const UploadJob *job : m_jobs) {
        if (isUnfinished(job->state()) || m_batch.contains(job))
            sent += job->state() == UploadState::Done ? job->record().identity.size
                                                      : job->bytesSent();
    }
    return sent;
}

} // namespace minikmc::upload
