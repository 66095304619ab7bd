// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/Error.h"
#include "api/RetryPolicy.h"
#include "api/SessionRenewer.h"
#include "upload/FileIdentity.h"
#include "upload/UploadCalls.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QList>
#include <QMap>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QTimer>

#include <chrono>
#include <functional>

namespace minikmc::api {
class Client;
class Reply;
} // namespace minikmc::api

namespace minikmc::upload {

enum class UploadState {
    Queued, ///< waiting for a free slot
    Preparing, ///< checking the file, creating the token and the entry, asking for the offset
    Uploading,
    Paused,
    Retrying, ///< a transient failure; the next attempt is at retryAt()
    Verifying, ///< the last chunk is in; asking the server whether the upload is whole
    Done,
    Failed, ///< stopped by an error the job cannot cure alone (see UploadRecord::error)
    Cancelling, ///< deleting the token and the entry
    Cancelled,
};

/// Stable names for the journal and the CLI's JSON ("queued", "uploading" …).
QString stateName(UploadState state);
UploadState stateFromName(const QString &name);
/// The state in words for the editor, e.g. "Retrying in 8 s".
QString stateText(UploadState state);
/// Not Done, Failed or Cancelled: the job still has work to do.
bool isUnfinished(UploadState state);
/// Holds a slot: network work is going on or waiting to go on.
bool isRunning(UploadState state);

/// An upload as the journal keeps it.
struct UploadRecord {
    qint64 id = 0; ///< journal row; 0 = not stored yet
    QString account; ///< the account it belongs to (service URL, partner, user)
    QString filePath;
    FileIdentity identity; ///< the file as it was when queued
    int mediaType = 0;
    QString tokenId;
    QString entryId;
    UploadMetadata metadata; ///< what the editor wants the entry to have
    UploadMetadata sentMetadata; ///< what the entry has from us so far
    UploadState state = UploadState::Queued;
    QString error; ///< why it failed, or a warning (metadata not saved yet)
    QString errorCode; ///< Kaltura's code, when the server said no
    bool canRestart = false; ///< the server lost the upload; starting over from zero may help
    qint64 bytesDone = 0; ///< contiguous bytes the server has (its uploadedFileSize)
    QDateTime createdAt;
    QDateTime finishedAt;

    QString fileName() const;
    bool metadataPending() const { return !entryId.isEmpty() && metadata != sentMetadata; }
};

struct UploadOptions {
    int workers = 4; ///< chunks of one file in flight at once (Qt 6.4 opens at most 6 per host)
    qint64 fixedChunkSize = 0; ///< 0: the size adapts to targetChunkTime
    qint64 initialChunkSize = 4 * 1024 * 1024;
    qint64 minChunkSize = 1024 * 1024;
    qint64 maxChunkSize = 64 * 1024 * 1024;
    std::chrono::milliseconds targetChunkTime {4000};
    api::RetryPolicy retry {0, std::chrono::milliseconds(1000), std::chrono::milliseconds(60000)};
    /// How often the final chunk may meet UPLOAD_TOKEN_CANNOT_MATCH_EXPECTED_SIZE in a row.
    int maxSizeMismatches = 5;

    static constexpr int kMaxWorkers = 6;
};

/// One file's upload (KALTURA-API.md §6, DESIGN.md "Upload"):
///  1. one multirequest makes the upload token, the entry with its metadata, and attaches the
///     token to the entry (§6.7);
///  2. the first chunk `resume=false, finalChunk=false` (a file of one chunk goes in one call);
///  3. middle chunks in parallel, `resume=true, resumeAt=offset`, at most `workers` chunks ahead
///     of the server's contiguous size, so that a crash re-sends at most one chunk per worker;
///  4. the final chunk alone, `finalChunk=true`, repeated after
///  UPLOAD_TOKEN_CANNOT_MATCH_EXPECTED_SIZE
///     from the server's offset;
///  5. `uploadToken.get` must say FULL_UPLOAD (or CLOSED) with the whole size.
/// Chunks stream from the file (api::FileRangeDevice), so memory does not grow with the file.
///
/// Transient failures (network, timeouts, HTTP 5xx) stop the chunks in flight and, after an
/// exponential backoff with jitter and without a limit, the job asks the server for its offset
/// (`uploadedFileSize`) and goes on from there: the server's offset is the truth, also after a
/// pause and after a restart of the program. API errors stop the job with Kaltura's code in words.
/// The job has its own Client (own connections, so uploads never queue the library's calls) that
/// follows the account's session: an expired KS is renewed through it and the chunk replayed.
class UploadJob final
    : public QObject
    , private api::SessionRenewer {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UploadJob)

public:
    UploadJob(api::Client *account, const UploadRecord &record, const UploadOptions &options,
        QObject *parent = nullptr);
    ~UploadJob() override;

    const UploadRecord &record() const { return m_record; }
    UploadState state() const { return m_record.state; }
    qint64 id() const { return m_record.id; }
    void setId(qint64 id) { m_record.id = id; }

    /// Starts or resumes (also after a failure that may have passed).
    void start();
    /// Waits for a slot (a paused, failed or new job the queue will start).
    void markQueued();
    /// Stops the chunks in flight; start() continues from the server's offset.
    void pause();
    /// Deletes the upload token and the entry this upload created, then Cancelled. A job with
    /// nothing on the server yet is Cancelled at once.
    void cancel();
    /// After the server lost the upload (canRestart): deletes what is left of it and starts over
    /// with a new token and a new entry.
    void restartFromZero();
    /// New metadata: sent with the entry, or as a partial update when the entry exists.
    void setMetadata(const UploadMetadata &metadata);

    void setWorkers(int workers);
    int workers() const { return m_options.workers; }
    qint64 chunkSize() const { return m_chunkSize; }
    /// Bytes the server has or is receiving right now (for progress bars).
    qint64 bytesSent() const;
    /// Bytes the server has confirmed (done chunks, also those beyond the contiguous part).
    qint64 bytesAcknowledged() const;
    /// Over the last few seconds; 0 when idle.
    double bytesPerSecond() const;
    /// When the next attempt is made (Retrying only).
    QDateTime retryAt() const { return m_retryAt; }
    /// Transient failures so far.
    int retries() const { return m_retries; }
    /// Chunks in flight now.
    int chunksInFlight() const;

Q_SIGNALS:
    /// Progress or speed moved (often; throttle what you draw).
    void progressChanged();
    /// Something in record() changed that the journal should keep.
    void recordChanged();
    void stateChanged(minikmc::upload::UploadState state);
    /// Done, Failed or Cancelled.
    void finished();

private:
    struct Chunk {
        qint64 length = 0;
        bool done = false;
        qint64 sent = 0; ///< file bytes on the wire so far (estimated from the request's progress)
        QPointer<api::Reply> reply;
        QElapsedTimer clock;
    };

    void renewSession() override;
    void syncSession();
    void setState(UploadState state);
    void persist();

    void prepare();
    void createEntry();
    void sendCreate();
    /// Looks for the token and entry of a create step whose answer was lost and takes them;
    /// otherwise() when there is no single one to take.
    void adoptOrElse(const std::function<void()> &otherwise);
    void adopt(const QString &tokenId, const QString &entryId);
    void onCreated();
    bool heldByAnotherJob(const QString &tokenId) const;
    static QSet<const UploadJob *> &liveJobs();
    /// uploadToken.get; `then` gets the token, failures retry or fail the job.
    void askToken(const std::function<void(const UploadToken &)> &then);
    void resync();
    void beginFrom(qint64 offset);
    void pump();
    void sendChunk(qint64 offset, qint64 length, bool resume, bool finalChunk);
    void onChunkSucceeded(qint64 offset, const QJsonValue &result, bool finalChunk);
    void onChunkFailed(qint64 offset, const api::Error &error, bool finalChunk);
    void verify();
    void syncMetadata(const std::function<void()> &then);
    void complete();
    void fail(const api::Error &error, const QString &why, bool canRestart = false);
    void retryLater(const api::Error &error);
    /// A pause or cancel asked for while the entry was being made, granted when making it
    /// failed (true: the job is now Paused or Cancelled).
    bool settleRequestDuringCreate();
    void abortAll();
    void adaptChunkSize(qint64 length, qint64 elapsedMs);
    void deleteFromServer(const QString &tokenId, const QString &entryId,
        const std::function<void(const api::Error &)> &then);
    /// Empty when the file is still the one queued; `full` also compares the partial hash.
    QString fileChange(bool full) const;
    api::Reply *send(const api::Call &call);
    void sample();

    QPointer<api::Client> m_account;
    api::Client *m_client;
    UploadRecord m_record;
    UploadOptions m_options;
    qint64 m_chunkSize;
    QMap<qint64, Chunk> m_chunks; ///< offset → chunk, for chunks at or above m_base
    qint64 m_base = 0; ///< contiguous bytes confirmed
    qint64 m_next = 0; ///< first byte not yet given to a chunk
    bool m_finalSent = false;
    int m_sizeMismatches = 0;
    int m_retries = 0;
    int m_failuresInRow = 0;
    QPointer<api::Reply> m_control; ///< create, get, delete or update in flight
    QTimer m_retryTimer;
    QDateTime m_retryAt;
    std::function<void()> m_retryAction;
    bool m_createAttempted = false; ///< a create step was sent by this job
    qint64 m_createStartedSecs = 0; ///< when the first one was sent (Unix time, this clock)
    bool m_pauseWhenCreated = false;
    bool m_cancelWhenCreated = false;
    bool m_metadataBusy = false;
    bool m_metadataFailed = false; ///< record().error is the last metadata failure
    struct Sample {
        qint64 msecs;
        qint64 sent;
        qint64 acked;
    };
    QList<Sample> m_samples;
    QElapsedTimer m_clock;
    quint64 m_generation = 0; ///< bumps on pause/cancel/resync, so stale answers are ignored
};

} // namespace minikmc::upload
