// SPDX-License-Identifier: GPL-3.0-or-later
// Uploads end to end against the sandbox (issue 8). "Intact" means the sandbox's sha256 of the
// bytes the token received equals the local file's. Covers parallel files with parallel chunks
// (real H.264 files that become READY with their metadata), pause/resume, a sandbox killed and
// restarted on the same data, 503 bursts, connection resets, an expired KS, a file changed
// mid-upload, cancel, the journal across a restart of the queue, a lost token restarted from
// zero, and the CLI killed with SIGKILL and resumed from the server's offset.
#include "SandboxHttp.h"
#include "SandboxProcess.h"
#include "TestFiles.h"
#include "api/Client.h"
#include "auth/Session.h"
#include "upload/UploadJournal.h"
#include "upload/UploadQueue.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <memory>
#include <sys/types.h>

using namespace Qt::StringLiterals;
using namespace minikmc::upload;
using minikmc::api::Client;
using minikmc::test::SandboxHttp;
using minikmc::test::SandboxProcess;
using minikmc::test::sha256Hex;
using minikmc::test::writeRandomFile;

namespace {

constexpr qint64 kChunk = 256 * 1024;

} // namespace

class TestUploads : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    SandboxProcess m_sandbox;
    SandboxHttp m_http {m_sandbox};
    QString m_adminKs;
    QStringList m_videos; ///< real H.264/AAC files

    /// A client signed in with the sandbox's AppToken, renewing its KS when it expires.
    struct Account {
        Client client;
        std::unique_ptr<minikmc::auth::Session> session;
    };

    std::unique_ptr<Account> signIn(const SandboxProcess &sandbox)
    {
        auto account = std::make_unique<Account>();
        if (!account->client.setServiceUrl(sandbox.serviceUrl()))
            return nullptr;
        account->session = std::make_unique<minikmc::auth::Session>(&account->client);
        QSignalSpy signedIn(account->session.get(), &minikmc::auth::Session::signedIn);
        const QJsonObject r = sandbox.ready();
        account->session->signIn(minikmc::auth::Credentials::forAppToken(sandbox.partnerId(),
            r.value(u"appTokenId"_s).toString(), r.value(u"appToken"_s).toString(),
            minikmc::api::AppTokenHashType::Sha256));
        if (!signedIn.wait(20000))
            return nullptr;
        return account;
    }

    QString randomFile(const QString &name, qint64 size)
    {
        return writeRandomFile(m_dir.filePath(name), size);
    }

    bool intact(SandboxHttp &http, const UploadJob *job)
    {
        const QJsonObject copy = http.uploadedCopy(job->record().tokenId);
        return copy.value(u"sha256"_s).toString() == sha256Hex(job->record().filePath)
            && qint64(copy.value(u"size"_s).toDouble()) == job->record().identity.size;
    }

    /// Queues a file; nullptr (the queue's reason printed) when the queue refuses it.
    static UploadJob *enqueue(UploadQueue &queue, const QString &path, const UploadMetadata &m = {})
    {
        QString why;
        UploadJob *job = queue.enqueue(path, m, &why);
        if (!job)
            qWarning("not queued: %s", qPrintable(why));
        return job;
    }

    /// Until the server holds at least `bytes` of the job's file (30 s at most).
    static bool waitBytes(const UploadJob *job, qint64 bytes)
    {
        return QTest::qWaitFor([job, bytes] { return job->record().bytesDone >= bytes; }, 30000);
    }

    static bool waitFinished(const UploadJob *job, int ms = 90000)
    {
        return QTest::qWaitFor([job] { return !isUnfinished(job->state()); }, ms);
    }

    static bool waitState(const UploadJob *job, UploadState state, int ms = 30000)
    {
        return QTest::qWaitFor([job, state] { return job->state() == state; }, ms);
    }

    QJsonObject entry(SandboxHttp &http, const QString &id)
    {
        return http.call(u"baseEntry"_s, u"get"_s, {{u"ks"_s, m_adminKs}, {u"entryId"_s, id}})
            .object();
    }

    /// Bytes of uploadToken.upload parts in the request log (sum of file parts).
    static qint64 chunkBytes(const QJsonArray &log, const QString &tokenId = {})
    {
        qint64 bytes = 0;
        for (const QJsonValue &v : log) {
            const QJsonObject r = v.toObject();
            if (r.value(u"action"_s).toString() != u"upload"_s)
                continue;
            const QJsonObject p = r.value(u"params"_s).toObject();
            if (!tokenId.isEmpty() && p.value(u"uploadTokenId"_s).toString() != tokenId)
                continue;
            bytes += qint64(p.value(u"fileData"_s).toObject().value(u"bytes"_s).toDouble());
        }
        return bytes;
    }

    static UploadQueueSettings settings(int workers = 4, qint64 chunk = kChunk)
    {
        UploadQueueSettings s;
        s.job.workers = workers;
        s.job.fixedChunkSize = chunk;
        // Short waits between retries, so that fault tests stay quick.
        s.job.retry = minikmc::api::RetryPolicy {
            0, std::chrono::milliseconds(200), std::chrono::milliseconds(1500)};
        return s;
    }

    bool throttle(SandboxHttp &http, int bytesPerSecond)
    {
        return http.faults(QJsonObject {{u"rules"_s,
            QJsonArray {QJsonObject {{u"match"_s, u"uploadToken.upload"_s},
                {u"throttleBytesPerSecond"_s, bytesPerSecond}}}}});
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(m_sandbox.start(m_dir.filePath(u"data"_s), {u"--seed"_s, u"5"_s}),
            qPrintable(m_sandbox.error()));
        m_adminKs = m_http.startSession(2);
        // Three real videos of different lengths (noise keeps them a few MiB each).
        for (const QString &seconds : {u"0.6"_s, u"1"_s, u"1.4"_s}) {
            const QString path = m_dir.filePath(u"clip-%1.mp4"_s.arg(seconds));
            QProcess ffmpeg;
            ffmpeg.start(u"ffmpeg"_s,
                {u"-v"_s, u"error"_s, u"-y"_s, u"-f"_s, u"lavfi"_s, u"-i"_s,
                    u"testsrc2=size=640x360:rate=25"_s, u"-f"_s, u"lavfi"_s, u"-i"_s,
                    u"sine=frequency=440"_s, u"-t"_s, seconds, u"-vf"_s, u"noise=alls=40:allf=t"_s,
                    u"-c:v"_s, u"libx264"_s, u"-preset"_s, u"ultrafast"_s, u"-qp"_s, u"14"_s,
                    u"-pix_fmt"_s, u"yuv420p"_s, u"-c:a"_s, u"aac"_s, u"-shortest"_s, path});
            QVERIFY(ffmpeg.waitForFinished(60000));
            QCOMPARE(ffmpeg.exitCode(), 0);
            m_videos.append(path);
        }
    }

    void cleanup()
    {
        m_http.clearFaults();
        // A test may have expired every session, this one's too.
        m_adminKs = m_http.startSession(2);
    }

    void threeFilesInParallelAreIntactAndReady()
    {
        auto account = signIn(m_sandbox);
        QVERIFY(account);
        const QString category = m_http.call(u"category"_s, u"list"_s, {{u"ks"_s, m_adminKs}})
                                     .object()
                                     .value(u"objects"_s)
                                     .toArray()
                                     .first()
                                     .toObject()
                                     .value(u"id"_s)
                                     .toVariant()
                                     .toString();
        QVERIFY(!category.isEmpty());
        UploadQueue queue(&account->client, nullptr);
        queue.setSettings(settings(4));
        m_http.clearRequestLog();
        QList<UploadJob *> jobs;
        int maxInFlight = 0;
        int maxRunning = 0;
        for (int i = 0; i < m_videos.size(); ++i) {
            UploadMetadata m;
            m.name = u"Clip %1"_s.arg(i);
            m.description = u"Uploaded by tst_uploads"_s;
            m.tags = u"upload,clip%1"_s.arg(i);
            m.categoryIds = {category};
            UploadJob *job = enqueue(queue, m_videos[i], m);
            QVERIFY(job);
            connect(job, &UploadJob::progressChanged, this, [&, job] {
                maxInFlight = std::max(maxInFlight, job->chunksInFlight());
                maxRunning = std::max(maxRunning, queue.runningCount());
            });
            jobs.append(job);
        }
        // Edited while it uploads: sent as a partial update of the entry.
        QVERIFY(QTest::qWaitFor([&] { return !jobs[2]->record().entryId.isEmpty(); }, 20000));
        UploadMetadata edited = jobs[2]->record().metadata;
        edited.description = u"Edited during the upload"_s;
        jobs[2]->setMetadata(edited);
        for (UploadJob *job : jobs) {
            QVERIFY(waitFinished(job));
            QVERIFY2(job->state() == UploadState::Done, qPrintable(job->record().error));
            QVERIFY2(intact(m_http, job), qPrintable(job->record().fileName()));
        }
        QCOMPARE(maxRunning, 3);
        QVERIFY2(maxInFlight > 1, "chunks of one file went one at a time");

        const QJsonArray log = m_http.requestLog();
        // Token, entry and attach in one HTTP request per file; the edit sent only its field.
        int creations = 0;
        int updates = 0;
        for (const QJsonValue &v : log) {
            const QJsonObject r = v.toObject();
            if (r.value(u"action"_s).toString() == u"addContent"_s) {
                ++creations;
                const int http = r.value(u"http"_s).toInt();
                int sameRequest = 0;
                for (const QJsonValue &w : log)
                    sameRequest += w.toObject().value(u"http"_s).toInt() == http;
                QCOMPARE(sameRequest, 3);
            }
            if (r.value(u"action"_s).toString() == u"update"_s) {
                ++updates;
                const QJsonObject e
                    = r.value(u"params"_s).toObject().value(u"mediaEntry"_s).toObject();
                QCOMPARE(e.value(u"description"_s).toString(), u"Edited during the upload"_s);
                QVERIFY(!e.contains(u"name"_s));
            }
        }
        QCOMPARE(creations, 3);
        QCOMPARE(updates, 1);
        // Each file: first chunk resume=false, the final chunk (finalChunk=true) last.
        for (const UploadJob *job : jobs) {
            QList<QJsonObject> parts;
            for (const QJsonValue &v : log) {
                const QJsonObject p = v.toObject().value(u"params"_s).toObject();
                if (v.toObject().value(u"action"_s).toString() == u"upload"_s
                    && p.value(u"uploadTokenId"_s).toString() == job->record().tokenId)
                    parts.append(p);
            }
            QVERIFY(parts.size() > 2);
            QCOMPARE(parts.first().value(u"resume"_s).toBool(), false);
            QCOMPARE(parts.first().value(u"finalChunk"_s).toBool(), false);
            QCOMPARE(parts.last().value(u"finalChunk"_s).toBool(), true);
            for (int i = 1; i + 1 < parts.size(); ++i) {
                QCOMPARE(parts[i].value(u"resume"_s).toBool(), true);
                QCOMPARE(parts[i].value(u"finalChunk"_s).toBool(), false);
            }
        }
        // The entries become READY with their metadata.
        for (int i = 0; i < jobs.size(); ++i) {
            const QString id = jobs[i]->record().entryId;
            QVERIFY(QTest::qWaitFor(
                [&] { return entry(m_http, id).value(u"status"_s).toVariant().toInt() == 2; },
                90000));
            const QJsonObject e = entry(m_http, id);
            QCOMPARE(e.value(u"name"_s).toString(), u"Clip %1"_s.arg(i));
            QCOMPARE(e.value(u"tags"_s).toString().remove(u' '), u"upload,clip%1"_s.arg(i));
            QCOMPARE(e.value(u"categoriesIds"_s).toString(), category);
            QCOMPARE(e.value(u"description"_s).toString(),
                i == 2 ? u"Edited during the upload"_s : u"Uploaded by tst_uploads"_s);
        }
    }

    void pauseThenResume()
    {
        auto account = signIn(m_sandbox);
        QVERIFY(account);
        const QString path = randomFile(u"pause.mp4"_s, 6 * 1024 * 1024 + 123);
        QVERIFY(throttle(m_http, 1024 * 1024));
        UploadQueue queue(&account->client, nullptr);
        queue.setSettings(settings(3));
        UploadJob *job = enqueue(queue, path);
        QVERIFY(job);
        QVERIFY(waitBytes(job, 2 * kChunk));
        queue.pause(job);
        QCOMPARE(job->state(), UploadState::Paused);
        QCOMPARE(job->chunksInFlight(), 0);
        const qint64 pausedAt = job->record().bytesDone;
        QTest::qWait(600);
        QCOMPARE(job->record().bytesDone, pausedAt);
        m_http.clearFaults();
        m_http.clearRequestLog();
        queue.resume(job);
        QVERIFY(waitFinished(job));
        QVERIFY2(job->state() == UploadState::Done, qPrintable(job->record().error));
        QVERIFY(intact(m_http, job));
        // Resuming asked the server for its offset first, and did not start over.
        const QJsonArray log = m_http.requestLog();
        QCOMPARE(log.first().toObject().value(u"action"_s).toString(), u"get"_s);
        QVERIFY(chunkBytes(log) < job->record().identity.size - pausedAt + 4 * kChunk);
    }

    void survivesASandboxKilledAndRestarted()
    {
        SandboxProcess other;
        SandboxHttp http(other);
        const QString data = m_dir.filePath(u"restart"_s);
        QVERIFY2(other.start(data), qPrintable(other.error()));
        auto account = signIn(other);
        QVERIFY(account);
        const QString path = randomFile(u"crash.mp4"_s, 5 * 1024 * 1024 + 77);
        QVERIFY(throttle(http, 1024 * 1024));
        UploadQueue queue(&account->client, nullptr);
        queue.setSettings(settings(4));
        UploadJob *job = enqueue(queue, path);
        QVERIFY(job);
        QVERIFY(waitBytes(job, 3 * kChunk));
        const quint16 port = other.port();
        other.kill();
        QVERIFY(waitState(job, UploadState::Retrying));
        QTest::qWait(1000); // down for a while: more failed attempts
        QVERIFY2(other.start(data, {}, port), qPrintable(other.error()));
        QVERIFY(waitFinished(job));
        QVERIFY2(job->state() == UploadState::Done, qPrintable(job->record().error));
        QVERIFY(job->retries() >= 1);
        QVERIFY(intact(http, job));
    }

    void survivesFaultsAndAnExpiredSession_data()
    {
        QTest::addColumn<QJsonObject>("fault");
        QTest::newRow("503 bursts") << QJsonObject {{u"rules"_s,
            QJsonArray {QJsonObject {
                {u"match"_s, u"uploadToken.upload"_s}, {u"times"_s, 6}, {u"httpStatus"_s, 503}}}}};
        QTest::newRow("connection resets") << QJsonObject {{u"rules"_s,
            QJsonArray {QJsonObject {{u"match"_s, u"uploadToken.upload"_s}, {u"times"_s, 4},
                {u"resetAfterBytes"_s, 100000}}}}};
        QTest::newRow("expired session") << QJsonObject {{u"expireSessions"_s, true}};
    }

    void survivesFaultsAndAnExpiredSession()
    {
        QFETCH(QJsonObject, fault);
        auto account = signIn(m_sandbox);
        QVERIFY(account);
        const QString path = randomFile(u"faults.mp4"_s, 4 * 1024 * 1024 + 5);
        UploadQueue queue(&account->client, nullptr);
        queue.setSettings(settings(4));
        UploadJob *job = enqueue(queue, path);
        QVERIFY(job);
        // The fault starts once chunks are flowing.
        QVERIFY(waitBytes(job, kChunk));
        m_http.clearRequestLog();
        QVERIFY(m_http.faults(fault));
        QVERIFY(waitFinished(job));
        QVERIFY2(job->state() == UploadState::Done, qPrintable(job->record().error));
        QVERIFY(intact(m_http, job));
        const QJsonArray log = m_http.requestLog();
        if (fault.contains(u"expireSessions"_s)) {
            // Chunks refused with INVALID_KS, a new session, the same chunks again.
            bool refused = false;
            bool renewed = false;
            for (const QJsonValue &v : log) {
                refused = refused || v.toObject().value(u"result"_s).toString() == u"INVALID_KS"_s;
                renewed
                    = renewed || v.toObject().value(u"action"_s).toString() == u"startSession"_s;
            }
            QVERIFY(refused);
            QVERIFY(renewed);
        } else if (fault.value(u"rules"_s).toArray().first().toObject().contains(u"httpStatus"_s)) {
            QVERIFY2(job->retries() >= 1, "the fault never hit");
        } else {
            // Qt itself sends a request again once when the connection drops before an answer,
            // so a reset need not reach the job. That the resets were all used up by this
            // upload shows that it went through them: the next upload call is not cut.
            const QString token = m_http.call(u"uploadToken"_s, u"add"_s, {{u"ks"_s, m_adminKs}})
                                      .object()
                                      .value(u"id"_s)
                                      .toString();
            const QString small = randomFile(u"small.mp4"_s, 200000);
            const auto answer = m_http.upload(u"uploadToken"_s, u"upload"_s,
                {{u"ks"_s, m_adminKs}, {u"uploadTokenId"_s, token}}, {{u"fileData"_s, small}});
            QCOMPARE(answer.error, QNetworkReply::NoError);
            QCOMPARE(answer.object().value(u"status"_s).toInt(), 2);
        }
    }

    void aLostCreateAnswerMakesNothingTwice_data()
    {
        QTest::addColumn<QJsonObject>("rule");
        // The server makes the token and the entry, and its answer arrives unreadable.
        QTest::newRow("answer cut") << QJsonObject {
            {u"match"_s, u"media.addContent"_s}, {u"times"_s, 1}, {u"body"_s, u"truncated"_s}};
        // The server answers 503 without doing anything.
        QTest::newRow("503 before it runs") << QJsonObject {
            {u"match"_s, u"media.addContent"_s}, {u"times"_s, 1}, {u"httpStatus"_s, 503}};
    }

    void aLostCreateAnswerMakesNothingTwice()
    {
        QFETCH(QJsonObject, rule);
        auto account = signIn(m_sandbox);
        QVERIFY(account);
        const QString name = u"create-%1.mp4"_s.arg(QString::fromLatin1(QTest::currentDataTag()))
                                 .replace(u' ', u'-');
        const QString path = randomFile(name, 1024 * 1024 + 17);
        QVERIFY(m_http.faults(QJsonObject {{u"rules"_s, QJsonArray {rule}}}));
        m_http.clearRequestLog();
        UploadQueue queue(&account->client, nullptr);
        queue.setSettings(settings(2));
        UploadJob *job = enqueue(queue, path);
        QVERIFY(job);
        QVERIFY(waitFinished(job));
        QVERIFY2(job->state() == UploadState::Done, qPrintable(job->record().error));
        QVERIFY(intact(m_http, job));
        // One entry and one token for the file: the lost answer's were taken, not made again.
        int entriesMade = 0;
        for (const QJsonValue &v : m_http.requestLog()) {
            const QJsonObject call = v.toObject();
            entriesMade += call.value(u"service"_s).toString() == u"media"_s
                && call.value(u"action"_s).toString() == u"add"_s
                && call.value(u"result"_s).toString() == u"ok"_s;
        }
        QCOMPARE(entriesMade, 1);
        const QJsonObject tokens
            = m_http
                  .call(u"uploadToken"_s, u"list"_s,
                      {{u"ks"_s, m_adminKs},
                          {u"filter"_s,
                              QJsonObject {{u"objectType"_s, u"KalturaUploadTokenFilter"_s},
                                  {u"fileNameEqual"_s, name}, {u"statusIn"_s, u"0,1,2,3"_s}}}})
                  .object();
        QCOMPARE(tokens.value(u"totalCount"_s).toInt(), 1);
    }

    void aFileChangedMidUploadStopsWithoutAMixedEntry()
    {
        auto account = signIn(m_sandbox);
        QVERIFY(account);
        const QString path = randomFile(u"changing.mp4"_s, 4 * 1024 * 1024);
        QVERIFY(throttle(m_http, 1024 * 1024));
        UploadQueue queue(&account->client, nullptr);
        queue.setSettings(settings(2));
        UploadJob *job = enqueue(queue, path);
        QVERIFY(job);
        QVERIFY(waitBytes(job, 2 * kChunk));
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::ReadWrite));
            QVERIFY(f.seek(3 * 1024 * 1024));
            f.write(QByteArray(4096, 'x'));
            QVERIFY(f.setFileTime(
                QDateTime::currentDateTime().addSecs(5), QFileDevice::FileModificationTime));
        }
        QVERIFY(waitFinished(job));
        QCOMPARE(job->state(), UploadState::Failed);
        QVERIFY2(job->record().error.contains(u"changed"_s), qPrintable(job->record().error));
        m_http.clearFaults();
        QTest::qWait(500);
        // Nothing was finalised: the token is partial and the entry never becomes READY.
        const QJsonObject token
            = m_http
                  .call(u"uploadToken"_s, u"get"_s,
                      {{u"ks"_s, m_adminKs}, {u"uploadTokenId"_s, job->record().tokenId}})
                  .object();
        QCOMPARE(token.value(u"status"_s).toInt(), 1);
        QVERIFY(entry(m_http, job->record().entryId).value(u"status"_s).toVariant().toInt() != 2);
    }

    void cancelRemovesTokenAndEntry()
    {
        auto account = signIn(m_sandbox);
        QVERIFY(account);
        const QString path = randomFile(u"cancel.mp4"_s, 3 * 1024 * 1024);
        QVERIFY(throttle(m_http, 512 * 1024));
        UploadJournal journal(m_dir.filePath(u"cancel-journal/uploads.sqlite"_s));
        QVERIFY2(journal.open(), qPrintable(journal.lastError()));
        UploadQueue queue(&account->client, &journal);
        queue.setSettings(settings(2));
        UploadJob *job = enqueue(queue, path);
        QVERIFY(job);
        QVERIFY(waitBytes(job, kChunk));
        const QString tokenId = job->record().tokenId;
        const QString entryId = job->record().entryId;
        queue.cancel(job);
        QVERIFY(waitFinished(job));
        QCOMPARE(job->state(), UploadState::Cancelled);
        const auto token = m_http.call(
            u"uploadToken"_s, u"get"_s, {{u"ks"_s, m_adminKs}, {u"uploadTokenId"_s, tokenId}});
        QVERIFY(token.code() == u"UPLOAD_TOKEN_NOT_FOUND"_s
            || token.object().value(u"status"_s).toInt() == 5);
        QCOMPARE(entry(m_http, entryId).value(u"code"_s).toString(), u"ENTRY_ID_NOT_FOUND"_s);
        QVERIFY(journal.records().isEmpty());
    }

    void theJournalBringsUnfinishedUploadsBack()
    {
        auto account = signIn(m_sandbox);
        QVERIFY(account);
        const QString path = randomFile(u"journal.mp4"_s, 4 * 1024 * 1024 + 9);
        UploadJournal journal(m_dir.filePath(u"journal/uploads.sqlite"_s));
        QVERIFY2(journal.open(), qPrintable(journal.lastError()));
        QVERIFY(throttle(m_http, 1024 * 1024));
        qint64 id = 0;
        {
            UploadQueue queue(&account->client, &journal);
            queue.setSettings(settings(3));
            UploadMetadata m;
            m.tags = u"journal"_s;
            UploadJob *job = enqueue(queue, path, m);
            QVERIFY(job);
            id = job->id();
            QVERIFY(id > 0);
            // The same file twice is refused while the first upload of it is unfinished.
            QString why;
            QVERIFY(!queue.enqueue(path, m, &why));
            QVERIFY2(why.contains(u"already"_s), qPrintable(why));
            QVERIFY(waitBytes(job, 2 * kChunk));
            // The queue goes away mid-upload, as when the program quits or crashes.
        }
        const auto stored = journal.record(id);
        QVERIFY(stored);
        QVERIFY(isUnfinished(stored->state));
        QVERIFY(!stored->tokenId.isEmpty());
        QCOMPARE(stored->metadata.tags, u"journal"_s);
        m_http.clearFaults();
        UploadQueue queue(&account->client, &journal);
        queue.setSettings(settings(3));
        QCOMPARE(queue.restore(), 1);
        UploadJob *job = queue.job(id);
        QVERIFY(job);
        QCOMPARE(job->record().tokenId, stored->tokenId);
        QVERIFY(waitFinished(job));
        QVERIFY2(job->state() == UploadState::Done, qPrintable(job->record().error));
        QVERIFY(intact(m_http, job));
        QCOMPARE(journal.record(id)->state, UploadState::Done);
        // A second restore finds nothing left to do.
        UploadQueue again(&account->client, &journal);
        QCOMPARE(again.restore(), 0);
    }

    void uploadsThatCannotStartDoNotHoldUpTheRest()
    {
        // Restored from the journal with one file at a time: the first two files are gone, so
        // their jobs fail the moment they start; the third must still run.
        auto account = signIn(m_sandbox);
        QVERIFY(account);
        UploadJournal journal(m_dir.filePath(u"gone-journal/uploads.sqlite"_s));
        QVERIFY2(journal.open(), qPrintable(journal.lastError()));
        QStringList paths;
        for (int i = 0; i < 3; ++i)
            paths.append(randomFile(u"gone-%1.mp4"_s.arg(i), 300 * 1024 + i));
        UploadQueueSettings oneAtATime = settings(2);
        oneAtATime.maxConcurrentFiles = 1;
        {
            UploadQueue queue(&account->client, &journal);
            queue.setSettings(oneAtATime);
            for (const QString &path : paths)
                QVERIFY(enqueue(queue, path));
            queue.unload(); // as a quit right away
        }
        QVERIFY(QFile::remove(paths[0]));
        QVERIFY(QFile::remove(paths[1]));
        UploadQueue queue(&account->client, &journal);
        queue.setSettings(oneAtATime);
        QSignalSpy batch(&queue, &UploadQueue::batchFinished);
        QCOMPARE(queue.restore(), 3);
        QVERIFY(batch.wait(30000) || !batch.isEmpty());
        const QList<UploadJob *> jobs = queue.jobs();
        QCOMPARE(jobs.size(), 3);
        QCOMPARE(jobs[0]->state(), UploadState::Failed);
        QCOMPARE(jobs[1]->state(), UploadState::Failed);
        QVERIFY2(jobs[2]->state() == UploadState::Done, qPrintable(jobs[2]->record().error));
        QVERIFY(intact(m_http, jobs[2]));
    }

    void aLostTokenIsRestartedFromZero()
    {
        auto account = signIn(m_sandbox);
        QVERIFY(account);
        const QString path = randomFile(u"lost.mp4"_s, 2 * 1024 * 1024 + 1);
        QVERIFY(throttle(m_http, 1024 * 1024));
        UploadQueue queue(&account->client, nullptr);
        queue.setSettings(settings(2));
        UploadJob *job = enqueue(queue, path);
        QVERIFY(job);
        QVERIFY(waitBytes(job, kChunk));
        queue.pause(job);
        const QString oldToken = job->record().tokenId;
        const QString oldEntry = job->record().entryId;
        QVERIFY(m_http
                    .call(u"uploadToken"_s, u"delete"_s,
                        {{u"ks"_s, m_adminKs}, {u"uploadTokenId"_s, oldToken}})
                    .code()
                    .isEmpty());
        m_http.clearFaults();
        queue.resume(job);
        QVERIFY(waitFinished(job));
        QCOMPARE(job->state(), UploadState::Failed);
        QVERIFY(job->record().canRestart);
        job->restartFromZero();
        QVERIFY(waitFinished(job));
        QVERIFY2(job->state() == UploadState::Done, qPrintable(job->record().error));
        QVERIFY(job->record().tokenId != oldToken);
        QVERIFY(intact(m_http, job));
        // The half-made entry of the lost upload is gone; only the new one stays.
        QCOMPARE(entry(m_http, oldEntry).value(u"code"_s).toString(), u"ENTRY_ID_NOT_FOUND"_s);
    }

    void cliKilledMidUploadResumesFromTheServerOffset()
    {
        const QString xdg = m_dir.filePath(u"cli-xdg"_s);
        const QString path = randomFile(u"cli.mp4"_s, 6 * 1024 * 1024 + 321);
        QVERIFY(throttle(m_http, 1024 * 1024));
        QProcessEnvironment env = m_sandbox.appTokenEnvironment();
        env.insert(u"XDG_DATA_HOME"_s, xdg);
        m_http.clearRequestLog();
        QProcess cli;
        cli.setProcessEnvironment(env);
        cli.start(QStringLiteral(MINIKMC_CLI_BINARY),
            {u"upload"_s, path, u"--parallel"_s, u"4"_s, u"--chunk-size"_s, QString::number(kChunk),
                u"--tags"_s, u"cli"_s});
        QVERIFY(cli.waitForStarted());
        // Wait until a third of the file is on the server, then kill it without warning.
        QString tokenId;
        QVERIFY(QTest::qWaitFor(
            [&] {
                for (const QJsonValue &v : m_http.requestLog()) {
                    const QJsonObject p = v.toObject().value(u"params"_s).toObject();
                    if (v.toObject().value(u"action"_s).toString() == u"upload"_s)
                        tokenId = p.value(u"uploadTokenId"_s).toString();
                }
                return !tokenId.isEmpty()
                    && m_http.uploadedCopy(tokenId).value(u"size"_s).toDouble()
                    >= 2.0 * 1024 * 1024;
            },
            30000));
        cli.kill();
        QVERIFY(cli.waitForFinished(5000));
        QTest::qWait(500); // a chunk the server had read whole before the kill is stored now
        m_http.clearFaults();
        const qint64 offset = qint64(m_http
                                         .call(u"uploadToken"_s, u"get"_s,
                                             {{u"ks"_s, m_adminKs}, {u"uploadTokenId"_s, tokenId}})
                                         .object()
                                         .value(u"uploadedFileSize"_s)
                                         .toDouble());
        QVERIFY(offset > 0);
        m_http.clearRequestLog();

        QProcess resume;
        resume.setProcessEnvironment(env);
        resume.start(
            QStringLiteral(MINIKMC_CLI_BINARY), {u"uploads"_s, u"--resume"_s, u"--json"_s});
        QVERIFY(resume.waitForFinished(90000));
        QCOMPARE(resume.exitCode(), 0);
        const QJsonArray results = QJsonDocument::fromJson(resume.readAllStandardOutput()).array();
        QCOMPARE(results.size(), 1);
        const QJsonObject r = results.first().toObject();
        QCOMPARE(r.value(u"status"_s).toString(), u"done"_s);
        QCOMPARE(r.value(u"uploadTokenId"_s).toString(), tokenId);
        QCOMPARE(r.value(u"file"_s).toString(), path);
        QCOMPARE(m_http.uploadedCopy(tokenId).value(u"sha256"_s).toString(), sha256Hex(path));
        // Re-sent: at most one chunk per worker beyond what the server lacked.
        const qint64 size = QFileInfo(path).size();
        const qint64 sent = chunkBytes(m_http.requestLog(), tokenId);
        const qint64 resent = sent - (size - offset);
        qInfo("server offset %lld of %lld; resumed run sent %lld bytes, re-sent %lld", offset, size,
            sent, resent);
        QVERIFY(resent >= 0);
        QVERIFY(resent <= 4 * kChunk);

        // The journal lists it as done.
        QProcess list;
        list.setProcessEnvironment(env);
        list.start(QStringLiteral(MINIKMC_CLI_BINARY), {u"uploads"_s, u"--json"_s});
        QVERIFY(list.waitForFinished(30000));
        const QJsonArray journal = QJsonDocument::fromJson(list.readAllStandardOutput()).array();
        QCOMPARE(journal.size(), 1);
        QCOMPARE(journal.first().toObject().value(u"status"_s).toString(), u"done"_s);
    }

    void cliCtrlCPausesAndResumeContinues()
    {
        const QString xdg = m_dir.filePath(u"cli-int-xdg"_s);
        const QString path = randomFile(u"cli-int.mp4"_s, 3 * 1024 * 1024 + 1);
        QVERIFY(throttle(m_http, 512 * 1024));
        QProcessEnvironment env = m_sandbox.appTokenEnvironment();
        env.insert(u"XDG_DATA_HOME"_s, xdg);
        m_http.clearRequestLog(); // the chunks looked for below are this upload's
        QProcess cli;
        cli.setProcessEnvironment(env);
        cli.start(QStringLiteral(MINIKMC_CLI_BINARY),
            {u"upload"_s, path, u"--json"_s, u"--chunk-size"_s, QString::number(kChunk)});
        QVERIFY(cli.waitForStarted());
        // Once bytes flow, Ctrl+C: the upload pauses, is reported as such, and the exit code says
        // that not everything is done.
        QVERIFY(QTest::qWaitFor(
            [&] {
                for (const QJsonValue &v : m_http.requestLog()) {
                    if (v.toObject().value(u"action"_s).toString() == u"upload"_s
                        && v.toObject().value(u"params"_s).toObject().value(u"resume"_s).toBool())
                        return true;
                }
                return false;
            },
            30000));
        ::kill(pid_t(cli.processId()), SIGINT);
        QVERIFY(cli.waitForFinished(20000));
        QCOMPARE(cli.exitCode(), 1);
        const QJsonArray paused = QJsonDocument::fromJson(cli.readAllStandardOutput()).array();
        QCOMPARE(paused.size(), 1);
        QCOMPARE(paused.first().toObject().value(u"status"_s).toString(), u"paused"_s);
        m_http.clearFaults();
        QProcess resume;
        resume.setProcessEnvironment(env);
        resume.start(
            QStringLiteral(MINIKMC_CLI_BINARY), {u"uploads"_s, u"--resume"_s, u"--json"_s});
        QVERIFY(resume.waitForFinished(60000));
        QCOMPARE(resume.exitCode(), 0);
        const QJsonObject done
            = QJsonDocument::fromJson(resume.readAllStandardOutput()).array().first().toObject();
        QCOMPARE(done.value(u"status"_s).toString(), u"done"_s);
        QCOMPARE(m_http.uploadedCopy(done.value(u"uploadTokenId"_s).toString())
                     .value(u"sha256"_s)
                     .toString(),
            sha256Hex(path));
    }

    void cliRefusesBadInputBeforeSendingAnything()
    {
        const QString text = m_dir.filePath(u"notes.txt"_s);
        QFile f(text);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("not media");
        f.close();
        const QString empty = m_dir.filePath(u"empty.mp4"_s);
        QFile e(empty);
        QVERIFY(e.open(QIODevice::WriteOnly));
        e.close();
        m_http.clearRequestLog();
        const QString cli = QStringLiteral(MINIKMC_CLI_BINARY);
        for (const QStringList &args : {QStringList {u"upload"_s, m_dir.filePath(u"nope.mp4"_s)},
                 QStringList {u"upload"_s, text}, QStringList {u"upload"_s, empty},
                 QStringList {u"upload"_s, m_videos[0], u"--parallel"_s, u"9"_s},
                 QStringList {u"upload"_s, m_videos[0], u"--chunk-size"_s, u"10"_s},
                 QStringList {u"upload"_s, m_videos[0], m_videos[1], u"--name"_s, u"x"_s}}) {
            const auto [code, output]
                = m_sandbox.runSignedIn(cli, args + QStringList {u"--json"_s});
            QVERIFY2(code == 2, qPrintable(args.join(u' ')));
            QVERIFY(QJsonDocument::fromJson(output).object().contains(u"error"_s));
        }
        // Nothing was made on the server: no token, no entry. (A chunk of an earlier test that
        // the server was still taking in may land in the log meanwhile; it is not looked at.)
        for (const QJsonValue &v : m_http.requestLog()) {
            const QJsonObject call = v.toObject();
            QVERIFY2(call.value(u"action"_s).toString() != u"add"_s,
                qPrintable(call.value(u"service"_s).toString() + u".add was called"_s));
        }
    }
};

QTEST_GUILESS_MAIN(TestUploads)
#include "tst_uploads.moc"
