// SPDX-License-Identifier: GPL-3.0-or-later
#include "upload/UploadJob.h"

#include "api/Client.h"
#include "api/Logging.h"
#include "api/MultiRequest.h"
#include "api/Reply.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QLoggingCategory>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcUpload, "minikmc.upload")

namespace minikmc::upload {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(minikmc::upload::UploadJob)
};

constexpr qint64 kChunkAlign = 64 * 1024;

/// Kaltura's upload errors in words (KALTURA-API.md §6.5); empty for codes without one.
QString explainCode(const QString &code)
{
    if (code == u"UPLOAD_TOKEN_NOT_FOUND"_s || code == u"INVALID_UPLOAD_TOKEN_ID"_s)
        return Tr::tr("The server no longer has this upload.");
    if (code == u"UPLOAD_PASSED_MAX_RESUME_TIME_ALLOWED"_s)
        return Tr::tr("The upload was left unfinished for too long and the server gave it up.");
    if (code == u"UPLOAD_TOKEN_INVALID_STATUS_FOR_UPLOAD"_s)
        return Tr::tr("The server no longer accepts bytes for this upload.");
    if (code == u"UPLOAD_TOKEN_CANNOT_MATCH_EXPECTED_SIZE"_s)
        return Tr::tr("The server did not receive all the chunks.");
    if (code == u"UPLOAD_TOKEN_FILE_TYPE_RESTRICTED_FOR_UPLOAD"_s)
        return Tr::tr("This account does not accept files of this type.");
    if (code == u"MAX_ALLOWED_CHUNK_COUNT_EXCEEDED"_s)
        return Tr::tr("The upload was sent in more pieces than the server allows.");
    if (code == u"ENTRY_ID_NOT_FOUND"_s)
        return Tr::tr("The entry of this upload was deleted.");
    if (code == u"UPLOAD_ERROR"_s || code == u"UPLOAD_PARTIAL_ERROR"_s)
        return Tr::tr("The server could not store the uploaded bytes.");
    if (code == u"SERVICE_FORBIDDEN"_s || code == u"SERVICE_FORBIDDEN_CONTENT_BLOCKED"_s)
        return Tr::tr("This account may not upload media.");
    return {};
}

/// An answer that means the token is gone for good (a restart from zero may help).
bool tokenLost(const api::Error &error)
{
    const QString code = error.code();
    return code == u"UPLOAD_TOKEN_NOT_FOUND"_s || code == u"INVALID_UPLOAD_TOKEN_ID"_s
        || code == u"UPLOAD_PASSED_MAX_RESUME_TIME_ALLOWED"_s
        || code == u"UPLOADED_FILE_NOT_FOUND_BY_TOKEN"_s;
}

} // namespace

/// Every UploadJob of this process, so that a job never takes another one's token.
QSet<const UploadJob *> &UploadJob::liveJobs()
{
    static QSet<const UploadJob *> jobs;
    return jobs;
}

namespace {

bool retryable(const api::Error &error)
{
    return error.isTransient() || error.category() == api::Error::Category::Timeout
        || error.isSessionProblem();
}

} // namespace

QString stateName(UploadState state)
{
    switch (state) {
    case UploadState::Queued:
        return u"queued"_s;
    case UploadState::Preparing:
        return u"preparing"_s;
    case UploadState::Uploading:
        return u"uploading"_s;
    case UploadState::Paused:
        return u"paused"_s;
    case UploadState::Retrying:
        return u"retrying"_s;
    case UploadState::Verifying:
        return u"verifying"_s;
    case UploadState::Done:
        return u"done"_s;
    case UploadState::Failed:
        return u"failed"_s;
    case UploadState::Cancelling:
        return u"cancelling"_s;
    case UploadState::Cancelled:
        return u"cancelled"_s;
    }
    return u"queued"_s;
}

UploadState stateFromName(const QString &name)
{
    for (int s = int(UploadState::Queued); s <= int(UploadState::Cancelled); ++s) {
        if (stateName(UploadState(s)) == name)
            return UploadState(s);
    }
    return UploadState::Queued;
}

QString stateText(UploadState state)
{
    switch (state) {
    case UploadState::Queued:
        return Tr::tr("Queued");
    case UploadState::Preparing:
        return Tr::tr("Preparing");
    case UploadState::Uploading:
        return Tr::tr("Uploading");
    case UploadState::Paused:
        return Tr::tr("Paused");
    case UploadState::Retrying:
        return Tr::tr("Retrying");
    case UploadState::Verifying:
        return Tr::tr("Verifying");
    case UploadState::Done:
        return Tr::tr("Done");
    case UploadState::Failed:
        return Tr::tr("Failed");
    case UploadState::Cancelling:
        return Tr::tr("Cancelling");
    case UploadState::Cancelled:
        return Tr::tr("Cancelled");
    }
    return {};
}

bool isUnfinished(UploadState state)
{
    return state != UploadState::Done && state != UploadState::Failed
        && state != UploadState::Cancelled;
}

bool isRunning(UploadState state)
{
    return state == UploadState::Preparing || state == UploadState::Uploading
        || state == UploadState::Retrying || state == UploadState::Verifying
        || state == UploadState::Cancelling;
}

QString UploadRecord::fileName() const
{
    return QFileInfo(filePath).fileName();
}

UploadJob::UploadJob(
    api::Client *account, const UploadRecord &record, const UploadOptions &options, QObject *parent)
    : QObject(parent)
    , m_account(account)
    , m_client(new api::Client(this))
    , m_record(record)
    , m_options(options)
{
    m_options.workers = std::clamp(m_options.workers, 1, UploadOptions::kMaxWorkers);
    m_chunkSize
        = m_options.fixedChunkSize > 0 ? m_options.fixedChunkSize : m_options.initialChunkSize;
    m_client->setServiceUrl(account->serviceUrl());
    m_client->setPartnerId(account->partnerId());
    m_client->setClientTag(account->clientTag());
    m_client->setApiVersion(account->apiVersion());
    m_client->setKs(account->ks());
    m_client->setSessionRenewer(this);
    // Chunks are repeated by the job (from the server's offset), not by the Reply.
    m_client->setRetryPolicy(
        api::RetryPolicy {0, std::chrono::milliseconds(1000), std::chrono::milliseconds(1000)});
    connect(account, &api::Client::sessionRenewalFinished, this, [this](const api::Error &error) {
        if (!m_account)
            return;
        if (error.isOk())
            m_client->setKs(m_account->ks());
        if (m_client->isRenewingSession())
            m_client->finishSessionRenewal(error);
    });
    m_retryTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, [this] {
        if (m_record.state != UploadState::Retrying || !m_retryAction)
            return;
        const auto action = std::exchange(m_retryAction, {});
        setState(UploadState::Preparing);
        action();
    });
    m_clock.start();
    liveJobs().insert(this);
    m_base = m_record.bytesDone;
    m_next = m_base;
}

UploadJob::~UploadJob()
{
    liveJobs().remove(this);
    ++m_generation;
    abortAll();
    if (m_control)
        m_control->abort();
    m_client->setSessionRenewer(nullptr);
}

void UploadJob::renewSession()
{
    if (!m_account) {
        m_client->finishSessionRenewal(api::Error::cancelled(Tr::tr("You signed out.")));
        return;
    }
    if (m_account->ks() != m_client->ks() && !m_account->isRenewingSession()) {
        // The account renewed meanwhile: its KS is newer than ours.
        m_client->setKs(m_account->ks());
        m_client->finishSessionRenewal();
        return;
    }
    if (!m_account->isRenewingSession() && !m_account->renewSession())
        m_client->finishSessionRenewal(api::Error::api(u"INVALID_KS"_s,
            Tr::tr("The session ended and cannot be renewed here; sign in again.")));
    // Otherwise sessionRenewalFinished of the account finishes ours.
}

void UploadJob::syncSession()
{
    if (m_account && !m_account->isRenewingSession() && m_account->ks() != m_client->ks())
        m_client->setKs(m_account->ks());
}

api::Reply *UploadJob::send(const api::Call &call)
{
    syncSession();
    return m_client->send(call);
}

void UploadJob::setState(UploadState state)
{
    if (m_record.state == state)
        return;
    m_record.state = state;
    if (!isUnfinished(state))
        m_record.finishedAt = QDateTime::currentDateTimeUtc();
    Q_EMIT stateChanged(state);
    persist();
    if (!isUnfinished(state))
        Q_EMIT finished();
}

void UploadJob::persist()
{
    Q_EMIT recordChanged();
}

void UploadJob::start()
{
    if (m_record.state == UploadState::Done || m_record.state == UploadState::Cancelled
        || m_record.state == UploadState::Cancelling)
        return;
    if (isRunning(m_record.state) && m_record.state != UploadState::Retrying)
        return;
    ++m_generation;
    m_retryTimer.stop();
    m_retryAction = {};
    m_pauseWhenCreated = false;
    m_cancelWhenCreated = false;
    m_record.error.clear();
    m_record.errorCode.clear();
    m_record.canRestart = false;
    m_sizeMismatches = 0;
    setState(UploadState::Preparing);
    prepare();
}

void UploadJob::markQueued()
{
    const UploadState s = m_record.state;
    if (s == UploadState::Paused || s == UploadState::Failed || s == UploadState::Queued)
        setState(UploadState::Queued);
}

void UploadJob::prepare()
{
    if (const QString change = fileChange(true); !change.isEmpty()) {
        fail(api::Error::localFile(change), change);
        return;
    }
    if (m_record.tokenId.isEmpty())
        createEntry();
    else
        resync();
}

void UploadJob::createEntry()
{
    // An earlier attempt whose answer was lost may have made the token and the entry already:
    // they are looked for (and taken) before anything is made again.
    if (m_createAttempted) {
        adoptOrElse([this] { sendCreate(); });
        return;
    }
    m_createAttempted = true;
    m_createStartedSecs = QDateTime::currentSecsSinceEpoch();
    sendCreate();
}

void UploadJob::sendCreate()
{
    const QString fileName = m_record.fileName();
    auto *reply = m_client->send(calls::createEntryWithToken(
        fileName, m_record.identity.size, m_record.mediaType, m_record.metadata));
    m_control = reply;
    const quint64 generation = m_generation;
    connect(reply, &api::Reply::failed, this, [this, generation](const api::Error &error) {
        if (generation != m_generation)
            return;
        if (retryable(error)) {
            retryLater(error); // the retry looks for what this attempt may have made
        } else if (error.category() == api::Error::Category::Api || error.isUndelivered()) {
            fail(error, {}); // the server said no, or never heard of it: nothing was made
        } else {
            // An unreadable answer: the server may well have made them.
            adoptOrElse([this, error] { fail(error, {}); });
        }
    });
    connect(reply, &api::Reply::succeeded, this, [this, reply, generation] {
        if (generation != m_generation)
            return;
        auto *multi = static_cast<api::MultiReply *>(reply);
        const QString tokenId = multi->resultAt(0).toObject().value(u"id"_s).toString();
        const QString entryId = multi->resultAt(1).toObject().value(u"id"_s).toString();
        m_record.tokenId = multi->errorAt(0).isOk() ? tokenId : QString();
        m_record.entryId = multi->errorAt(1).isOk() ? entryId : QString();
        api::Error error;
        for (qsizetype i = 0; i < multi->count() && error.isOk(); ++i)
            error = multi->errorAt(i);
        if (error.isOk() && (m_record.tokenId.isEmpty() || m_record.entryId.isEmpty()))
            error = api::Error::parse(Tr::tr("the answer has no token or entry id"), {});
        if (error) {
            // Nothing half-made stays behind: what was created is deleted again. The ids are
            // forgotten first, so that a pause meanwhile cannot keep a token without its entry.
            const QString token = std::exchange(m_record.tokenId, {});
            const QString entry = std::exchange(m_record.entryId, {});
            deleteFromServer(token, entry, [this, error](const api::Error &) { fail(error, {}); });
            return;
        }
        onCreated();
    });
}

void UploadJob::adoptOrElse(const std::function<void()> &otherwise)
{
    auto *reply = send(calls::pendingTokens(m_record.fileName(), m_record.identity.size));
    m_control = reply;
    const quint64 generation = m_generation;
    connect(reply, &api::Reply::failed, this, [this, generation, otherwise](const api::Error &) {
        if (generation == m_generation)
            otherwise();
    });
    connect(reply, &api::Reply::succeeded, this, [this, reply, generation, otherwise] {
        if (generation != m_generation)
            return;
        // A token of this user for this file name and size, still empty, attached, made since
        // the first attempt (with room for the server's clock), and not another upload's.
        QList<UploadToken> found;
        for (const QJsonValue &v : reply->result().toObject().value(u"objects"_s).toArray()) {
            const UploadToken t = UploadToken::fromJson(v);
            if (!t.attachedObjectId.isEmpty() && t.createdAt >= m_createStartedSecs - 120
                && !heldByAnotherJob(t.id))
                found.append(t);
        }
        if (found.size() != 1) {
            otherwise(); // none, or more than one can tell apart: nothing is taken
            return;
        }
        const UploadToken token = found.first();
        if (token.attachedObjectType == u"entry"_s) {
            adopt(token.id, token.attachedObjectId);
            return;
        }
        // Attached to the new source flavor: its entry is the one.
        auto *flavor = send(calls::flavorGet(token.attachedObjectId));
        m_control = flavor;
        connect(flavor, &api::Reply::failed, this, [this, generation, otherwise] {
            if (generation == m_generation)
                otherwise();
        });
        connect(flavor, &api::Reply::succeeded, this, [this, flavor, generation, token, otherwise] {
            if (generation != m_generation)
                return;
            const QString entryId = flavor->result().toObject().value(u"entryId"_s).toString();
            if (entryId.isEmpty())
                otherwise();
            else
                adopt(token.id, entryId);
        });
    });
}

void UploadJob::adopt(const QString &tokenId, const QString &entryId)
{
    qCInfo(lcUpload) << "upload of" << m_record.fileName()
                     << "takes the token and entry an earlier attempt made";
    m_record.tokenId = tokenId;
    m_record.entryId = entryId;
    m_record.error.clear();
    m_record.errorCode.clear();
    if (m_record.state == UploadState::Failed || m_record.state == UploadState::Retrying)
        setState(UploadState::Preparing);
    onCreated();
}

void UploadJob::onCreated()
{
    m_record.sentMetadata = m_record.metadata;
    m_record.bytesDone = 0;
    qCInfo(lcUpload) << "upload of" << m_record.fileName() << "has token" << m_record.tokenId
                     << "and entry" << m_record.entryId;
    persist();
    if (m_cancelWhenCreated) {
        cancel();
        return;
    }
    if (m_pauseWhenCreated) {
        m_pauseWhenCreated = false;
        setState(UploadState::Paused);
        return;
    }
    beginFrom(0);
}

bool UploadJob::heldByAnotherJob(const QString &tokenId) const
{
    return std::any_of(liveJobs().cbegin(), liveJobs().cend(),
        [&](const UploadJob *job) { return job != this && job->m_record.tokenId == tokenId; });
}

void UploadJob::askToken(const std::function<void(const UploadToken &)> &then)
{
    auto *reply = send(calls::tokenGet(m_record.tokenId));
    m_control = reply;
    const quint64 generation = m_generation;
    connect(reply, &api::Reply::failed, this, [this, generation](const api::Error &error) {
        if (generation != m_generation)
            return;
        if (retryable(error))
            retryLater(error);
        else
            fail(error, {}, tokenLost(error));
    });
    connect(reply, &api::Reply::succeeded, this, [this, reply, generation, then] {
        if (generation == m_generation)
            then(UploadToken::fromJson(reply->result()));
    });
}

void UploadJob::resync()
{
    askToken([this](const UploadToken &token) {
        if (token.isComplete()) {
            if (token.uploadedFileSize != m_record.identity.size) {
                fail(api::Error::api(u"UPLOAD_TOKEN_CANNOT_MATCH_EXPECTED_SIZE"_s, {}),
                    Tr::tr("The server holds %1 bytes of this file instead of %2.")
                        .arg(token.uploadedFileSize)
                        .arg(m_record.identity.size),
                    true);
                return;
            }
            m_base = m_next = token.uploadedFileSize;
            m_record.bytesDone = token.uploadedFileSize;
            verify();
            return;
        }
        if (token.status != TokenStatus::Pending && token.status != TokenStatus::PartialUpload) {
            fail(api::Error::api(u"UPLOAD_TOKEN_INVALID_STATUS_FOR_UPLOAD"_s, {}),
                Tr::tr("The server gave this upload up (its token is %1).")
                    .arg(token.status == TokenStatus::Deleted ? Tr::tr("deleted")
                                                              : Tr::tr("timed out")),
                true);
            return;
        }
        beginFrom(token.status == TokenStatus::Pending ? 0 : token.uploadedFileSize);
    });
}

void UploadJob::beginFrom(qint64 offset)
{
    abortAll();
    m_chunks.clear();
    m_finalSent = false;
    m_samples.clear();
    m_base = m_next = std::clamp<qint64>(offset, 0, m_record.identity.size);
    m_record.bytesDone = m_base;
    persist();
    setState(UploadState::Uploading);
    if (m_base == 0) {
        // The first chunk replaces whatever the token had (resume=false); a small file goes in
        // one call.
        const qint64 length = std::min(m_chunkSize, m_record.identity.size);
        const bool single = length == m_record.identity.size;
        m_next = length;
        sendChunk(0, length, false, single);
        return;
    }
    pump();
}

void UploadJob::pump()
{
    if (m_record.state != UploadState::Uploading || m_finalSent)
        return;
    const qint64 size = m_record.identity.size;
    // The first chunk must be in before any other (resume=true needs the token's file).
    if (m_base == 0)
        return;
    while (m_chunks.size() < m_options.workers) {
        const qint64 remaining = size - m_next;
        if (remaining <= m_chunkSize) {
            // The final chunk goes alone, after every middle chunk is in.
            if (!m_chunks.isEmpty())
                return;
            if (const QString change = fileChange(true); !change.isEmpty()) {
                fail(api::Error::localFile(change), change);
                return;
            }
            qint64 offset = m_next;
            qint64 length = remaining;
            if (length == 0) {
                // Every byte is in but the token was never finalised (a crash right before):
                // the last piece again, as the final chunk.
                length = std::min(m_chunkSize, size);
                offset = size - length;
            }
            m_finalSent = true;
            m_next = size;
            sendChunk(offset, length, true, true);
            return;
        }
        if (const QString change = fileChange(false); !change.isEmpty()) {
            fail(api::Error::localFile(change), change);
            return;
        }
        const qint64 offset = m_next;
        m_next += m_chunkSize;
        sendChunk(offset, m_chunkSize, true, false);
    }
}

void UploadJob::sendChunk(qint64 offset, qint64 length, bool resume, bool finalChunk)
{
    auto *reply = send(calls::uploadChunk(m_record.tokenId, m_record.filePath, m_record.fileName(),
        offset, length, resume, finalChunk, resume ? offset : 0));
    Chunk &chunk = m_chunks[offset];
    chunk.length = length;
    chunk.reply = reply;
    chunk.clock.start();
    const quint64 generation = m_generation;
    connect(reply, &api::Reply::uploadProgress, this,
        [this, offset, generation](qint64 sent, qint64 total) {
            if (generation != m_generation || total <= 0)
                return;
            const auto it = m_chunks.find(offset);
            if (it == m_chunks.end())
                return;
            // The multipart frame is a few hundred bytes; scale to the chunk's own bytes.
            it->sent = std::min(it->length, qint64(double(sent) / double(total) * it->length));
            sample();
            Q_EMIT progressChanged();
        });
    connect(reply, &api::Reply::succeeded, this, [this, reply, offset, finalChunk, generation] {
        if (generation == m_generation)
            onChunkSucceeded(offset, reply->result(), finalChunk);
    });
    connect(reply, &api::Reply::failed, this,
        [this, offset, finalChunk, generation](const api::Error &error) {
            if (generation == m_generation)
                onChunkFailed(offset, error, finalChunk);
        });
}

void UploadJob::onChunkSucceeded(qint64 offset, const QJsonValue &result, bool finalChunk)
{
    m_failuresInRow = 0;
    const auto it = m_chunks.find(offset);
    if (it == m_chunks.end())
        return;
    it->done = true;
    it->sent = it->length;
    it->reply = nullptr;
    adaptChunkSize(it->length, it->clock.elapsed());
    if (offset == 0 && !finalChunk)
        m_base = it->length;
    // Done chunks at the bottom of the window move the contiguous base up.
    while (!m_chunks.isEmpty() && m_chunks.begin()->done && m_chunks.begin().key() <= m_base) {
        m_base = std::max(m_base, m_chunks.begin().key() + m_chunks.begin()->length);
        m_chunks.erase(m_chunks.begin());
    }
    const UploadToken token = UploadToken::fromJson(result);
    m_record.bytesDone = std::min(std::max(m_base, token.uploadedFileSize), m_record.identity.size);
    sample();
    persist();
    Q_EMIT progressChanged();
    if (finalChunk) {
        m_chunks.clear();
        verify();
        return;
    }
    pump();
}

void UploadJob::onChunkFailed(qint64 offset, const api::Error &error, bool finalChunk)
{
    Q_UNUSED(offset)
    qCInfo(lcUpload) << "chunk at" << offset << "of" << m_record.fileName()
                     << "failed:" << error.toString();
    if (error.category() == api::Error::Category::LocalFile) {
        const QString change = fileChange(true);
        fail(error, change.isEmpty() ? error.message() : change);
        return;
    }
    if (retryable(error)) {
        if (m_options.fixedChunkSize <= 0) {
            // A smaller chunk loses less the next time (as Kaltura's jQuery widget does).
            m_chunkSize = std::max(
                m_options.minChunkSize, (m_chunkSize * 2 / 3) / kChunkAlign * kChunkAlign);
        }
        retryLater(error);
        return;
    }
    const QString code = error.code();
    if (finalChunk && code == u"UPLOAD_TOKEN_CANNOT_MATCH_EXPECTED_SIZE"_s
        && ++m_sizeMismatches < m_options.maxSizeMismatches) {
        // A middle chunk is missing on the server: ask where it stands and send from there.
        ++m_generation;
        abortAll();
        setState(UploadState::Preparing);
        resync();
        return;
    }
    if (code == u"UPLOAD_TOKEN_INVALID_STATUS_FOR_UPLOAD"_s) {
        // Finished meanwhile (an earlier final chunk got through) or given up: the token says.
        ++m_generation;
        abortAll();
        setState(UploadState::Preparing);
        resync();
        return;
    }
    fail(error, {}, tokenLost(error));
}

void UploadJob::verify()
{
    setState(UploadState::Verifying);
    askToken([this](const UploadToken &token) {
        if (!token.isComplete() || token.uploadedFileSize != m_record.identity.size) {
            // Not whole yet: continue from what the server has.
            if (++m_sizeMismatches >= m_options.maxSizeMismatches) {
                fail(api::Error::api(u"UPLOAD_TOKEN_CANNOT_MATCH_EXPECTED_SIZE"_s, {}),
                    Tr::tr("The server holds %1 of %2 bytes after the last chunk.")
                        .arg(token.uploadedFileSize)
                        .arg(m_record.identity.size));
                return;
            }
            beginFrom(token.uploadedFileSize);
            return;
        }
        m_record.bytesDone = token.uploadedFileSize;
        // The last chunk was read while it was sent: the file must still be the one queued.
        if (const QString change = fileChange(true); !change.isEmpty()) {
            fail(api::Error::localFile(change),
                change + u' ' + Tr::tr("The server may hold a mix of two versions: start over."),
                true);
            return;
        }
        syncMetadata([this] { complete(); });
    });
}

void UploadJob::complete()
{
    qCInfo(lcUpload) << "upload of" << m_record.fileName()
                     << "is whole on the server:" << m_record.identity.size << "bytes, entry"
                     << m_record.entryId;
    setState(UploadState::Done);
}

void UploadJob::setMetadata(const UploadMetadata &metadata)
{
    if (metadata == m_record.metadata)
        return;
    m_record.metadata = metadata;
    persist();
    const UploadState s = m_record.state;
    if (m_record.entryId.isEmpty() || s == UploadState::Cancelling || s == UploadState::Cancelled)
        return;
    syncMetadata({});
}

void UploadJob::syncMetadata(const std::function<void()> &then)
{
    const auto call
        = calls::entryUpdate(m_record.entryId, m_record.sentMetadata, m_record.metadata);
    if (!call || m_metadataBusy) {
        // Nothing to send, or the update in flight sends again when it is back.
        if (then)
            then();
        return;
    }
    m_metadataBusy = true;
    const UploadMetadata sending = m_record.metadata;
    auto *reply = send(*call);
    const quint64 generation = m_generation;
    connect(reply, &api::Reply::finished, this, [this, reply, sending, then, generation] {
        m_metadataBusy = false;
        if (reply->isSucceeded()) {
            m_record.sentMetadata = sending;
            if (std::exchange(m_metadataFailed, false))
                m_record.error.clear();
        } else {
            m_metadataFailed = true;
            m_record.error = Tr::tr("Details not saved: %1").arg(reply->error().toString());
        }
        persist();
        Q_EMIT progressChanged();
        // Edited again while this one was on its way: send the rest.
        if (reply->isSucceeded() && m_record.metadata != m_record.sentMetadata)
            syncMetadata({});
        // What was to follow (completing the job) only when nothing happened meanwhile (a
        // pause or a cancel).
        if (then && generation == m_generation)
            then();
    });
}

void UploadJob::fail(const api::Error &error, const QString &why, bool canRestart)
{
    ++m_generation;
    abortAll();
    m_retryTimer.stop();
    if (settleRequestDuringCreate())
        return;
    QString text = why;
    if (text.isEmpty())
        text = explainCode(error.code());
    if (text.isEmpty())
        text = error.message();
    else if (!error.code().isEmpty() && !text.contains(error.code()))
        text += u" ("_s + error.code() + u')';
    m_record.error = text;
    m_record.errorCode = error.code();
    m_record.canRestart = canRestart;
    qCWarning(lcUpload) << "upload of" << m_record.fileName() << "failed:" << error.toString();
    setState(UploadState::Failed);
}

bool UploadJob::settleRequestDuringCreate()
{
    // Pause or cancel was asked while the token and entry were being made, and that did not
    // work out: nothing is on the server, so the request is granted now.
    if (!m_record.tokenId.isEmpty() || (!m_pauseWhenCreated && !m_cancelWhenCreated))
        return false;
    const bool cancel = std::exchange(m_cancelWhenCreated, false);
    m_pauseWhenCreated = false;
    m_retryAction = {};
    setState(cancel ? UploadState::Cancelled : UploadState::Paused);
    return true;
}

void UploadJob::retryLater(const api::Error &error)
{
    ++m_generation;
    abortAll();
    if (settleRequestDuringCreate())
        return;
    ++m_retries;
    ++m_failuresInRow;
    const auto delay = m_options.retry.delayFor(std::min(m_failuresInRow, 16));
    m_retryAt = QDateTime::currentDateTimeUtc().addMSecs(delay.count());
    m_record.error = error.toString();
    m_record.errorCode.clear();
    qCInfo(lcUpload) << "upload of" << m_record.fileName() << "retries in" << delay.count()
                     << "ms after" << error.toString();
    m_retryAction = [this] {
        if (m_record.tokenId.isEmpty())
            createEntry();
        else
            resync();
    };
    setState(UploadState::Retrying);
    Q_EMIT progressChanged();
    m_retryTimer.start(delay);
}

void UploadJob::abortAll()
{
    for (Chunk &chunk : m_chunks) {
        if (chunk.reply)
            chunk.reply->abort();
        chunk.reply = nullptr;
    }
    m_chunks.clear();
    m_next = m_base;
    m_finalSent = false;
}

void UploadJob::pause()
{
    const UploadState s = m_record.state;
    if (!isUnfinished(s) || s == UploadState::Paused || s == UploadState::Cancelling)
        return;
    if (s == UploadState::Preparing && m_record.tokenId.isEmpty() && m_control) {
        // The token and entry are being made: pause as soon as their ids are known.
        m_pauseWhenCreated = true;
        return;
    }
    ++m_generation;
    abortAll();
    if (m_control)
        m_control->abort();
    m_retryTimer.stop();
    m_retryAction = {};
    m_record.error.clear();
    setState(UploadState::Paused);
}

void UploadJob::cancel()
{
    const UploadState s = m_record.state;
    if (s == UploadState::Done || s == UploadState::Cancelled || s == UploadState::Cancelling)
        return;
    if (s == UploadState::Preparing && m_record.tokenId.isEmpty() && m_control) {
        m_cancelWhenCreated = true;
        return;
    }
    m_cancelWhenCreated = false;
    ++m_generation;
    abortAll();
    if (m_control)
        m_control->abort();
    m_retryTimer.stop();
    m_retryAction = {};
    if (m_record.tokenId.isEmpty() && m_record.entryId.isEmpty()) {
        setState(UploadState::Cancelled);
        return;
    }
    setState(UploadState::Cancelling);
    deleteFromServer(m_record.tokenId, m_record.entryId, [this](const api::Error &error) {
        if (error) {
            m_record.error = Tr::tr("Cancelling did not remove the upload from the server: %1")
                                 .arg(error.toString());
            m_record.errorCode = error.code();
            m_record.state = UploadState::Paused; // still there: the editor can try again
            Q_EMIT stateChanged(m_record.state);
            persist();
            return;
        }
        m_record.tokenId.clear();
        m_record.entryId.clear();
        m_record.error.clear();
        setState(UploadState::Cancelled);
    });
}

void UploadJob::restartFromZero()
{
    if (m_record.state != UploadState::Failed && m_record.state != UploadState::Paused)
        return;
    ++m_generation;
    setState(UploadState::Preparing);
    deleteFromServer(m_record.tokenId, m_record.entryId, [this](const api::Error &error) {
        if (error && retryable(error)) {
            retryLater(error);
            return;
        }
        m_record.tokenId.clear();
        m_record.entryId.clear();
        m_record.bytesDone = 0;
        m_record.sentMetadata = {};
        m_base = m_next = 0;
        m_record.error.clear();
        m_record.errorCode.clear();
        m_record.canRestart = false;
        m_sizeMismatches = 0;
        persist();
        prepare();
    });
}

void UploadJob::deleteFromServer(const QString &tokenId, const QString &entryId,
    const std::function<void(const api::Error &)> &then)
{
    api::MultiRequest request;
    if (!tokenId.isEmpty())
        request.add(calls::tokenDelete(tokenId));
    if (!entryId.isEmpty())
        request.add(calls::entryDelete(entryId));
    if (request.isEmpty()) {
        then({});
        return;
    }
    auto *reply = m_client->send(request);
    m_control = reply;
    connect(reply, &api::Reply::finished, this, [reply, then] {
        api::Error error = reply->error();
        if (error.isOk()) {
            auto *multi = static_cast<api::MultiReply *>(reply);
            for (qsizetype i = 0; i < multi->count(); ++i) {
                const api::Error item = multi->errorAt(i);
                // Already gone is what we wanted.
                if (item && item.code() != u"UPLOAD_TOKEN_NOT_FOUND"_s
                    && item.code() != u"ENTRY_ID_NOT_FOUND"_s) {
                    error = item;
                    break;
                }
            }
        }
        then(error);
    });
}

QString UploadJob::fileChange(bool full) const
{
    QString error;
    const FileIdentity now = full ? FileIdentity::read(m_record.filePath, &error)
                                  : FileIdentity::stat(m_record.filePath, &error);
    if (!error.isEmpty())
        return error;
    return m_record.identity.changeFrom(now);
}

void UploadJob::adaptChunkSize(qint64 length, qint64 elapsedMs)
{
    if (m_options.fixedChunkSize > 0 || length < m_chunkSize / 2)
        return;
    const double perSecond = double(length) * 1000.0 / double(std::max<qint64>(elapsedMs, 1));
    const double ideal = perSecond * double(m_options.targetChunkTime.count()) / 1000.0;
    qint64 next = qint64(std::clamp(ideal, double(m_chunkSize) / 2, double(m_chunkSize) * 2));
    next = std::clamp(
        next / kChunkAlign * kChunkAlign, m_options.minChunkSize, m_options.maxChunkSize);
    m_chunkSize = next;
}

void UploadJob::setWorkers(int workers)
{
    m_options.workers = std::clamp(workers, 1, UploadOptions::kMaxWorkers);
    pump();
}

qint64 UploadJob::bytesSent() const
{
    qint64 sent = m_base;
    for (const Chunk &chunk : m_chunks)
        sent += chunk.done ? chunk.length : chunk.sent;
    return std::min(sent, m_record.identity.size);
}

int UploadJob::chunksInFlight() const
{
    return int(
        std::count_if(m_chunks.cbegin(), m_chunks.cend(), [](const Chunk &c) { return !c.done; }));
}

qint64 UploadJob::bytesAcknowledged() const
{
    qint64 acked = m_base;
    for (const Chunk &chunk : m_chunks)
        acked += chunk.done ? chunk.length : 0;
    return std::min(acked, m_record.identity.size);
}

void UploadJob::sample()
{
    const qint64 now = m_clock.elapsed();
    if (!m_samples.isEmpty() && now - m_samples.last().msecs < 100)
        return;
    m_samples.append({now, bytesSent(), bytesAcknowledged()});
    while (m_samples.size() > 2 && now - m_samples.first().msecs > 5000)
        m_samples.removeFirst();
}

double UploadJob::bytesPerSecond() const
{
    if (m_record.state != UploadState::Uploading || m_samples.size() < 2)
        return 0;
    const Sample &first = m_samples.first();
    const Sample &last = m_samples.last();
    const qint64 ms = m_clock.elapsed() - first.msecs;
    if (ms < 200)
        return 0;
    // What the server acknowledged is the truth; bytes handed to the network can run ahead by
    // whole socket buffers. The sent bytes count only until the first acknowledgement.
    const qint64 acked = last.acked - first.acked;
    const qint64 moved = acked > 0 ? acked : last.sent - first.sent;
    return moved > 0 ? double(moved) * 1000.0 / double(ms) : 0;
}

} // namespace minikmc::upload
