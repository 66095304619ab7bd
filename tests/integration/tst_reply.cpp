// SPDX-License-Identifier: GPL-3.0-or-later
// The reply contract and every error path, over real HTTP on 127.0.0.1 against a scripted
// fixture server: API exceptions in a 200, HTTP errors, HTML/XML/truncated bodies, timeouts,
// resets, gzip, multirequests, retries, abort, cancellation and streamed multipart uploads.
#include "FixtureServer.h"
#include "api/Client.h"
#include "api/MultiRequest.h"
#include "api/services/SessionService.h"
#include "api/services/SystemService.h"
#include "auth/SignIn.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QSignalSpy>
#include <QSslKey>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace minikmc::api;
using minikmc::test::FixtureServer;
using Answer = FixtureServer::Answer;
using Category = Error::Category;

namespace {

/// Records every signal of one Reply and checks the contract (finished once, then exactly one
/// of succeeded/failed) when it ends.
struct Outcome {
    int finished = 0;
    int succeeded = 0;
    int failed = 0;
    int retrying = 0;
    bool finishedBeforeResult = false;
    Error error;
    QJsonValue result;
    int attempts = 0;
};

/// Connects to every signal of the reply and records them (for signals emitted synchronously,
/// e.g. by cancelAll(), before any event loop runs).
std::shared_ptr<Outcome> observe(Reply *reply, QObject *context)
{
    auto outcome = std::make_shared<Outcome>();
    QObject::connect(reply, &Reply::finished, context, [outcome] { ++outcome->finished; });
    QObject::connect(reply, &Reply::succeeded, context, [outcome, reply] {
        outcome->finishedBeforeResult = outcome->finished == 1;
        ++outcome->succeeded;
        outcome->result = reply->result();
        outcome->attempts = reply->attempts();
    });
    QObject::connect(reply, &Reply::failed, context, [outcome, reply](const Error &e) {
        outcome->finishedBeforeResult = outcome->finished == 1;
        ++outcome->failed;
        outcome->error = e;
        outcome->attempts = reply->attempts();
    });
    QObject::connect(reply, &Reply::retrying, context, [outcome] { ++outcome->retrying; });
    return outcome;
}

/// Observes the reply until it has deleted itself.
Outcome track(Reply *reply, QObject *context)
{
    const auto outcome = observe(reply, context);
    QSignalSpy destroyed(reply, &QObject::destroyed);
    if (!destroyed.wait(20000))
        qWarning("reply did not end within 20 s");
    // The reply deleted itself; a little more event processing would surface late signals.
    QTest::qWait(20);
    return *outcome;
}

} // namespace

class TestReply : public QObject {
    Q_OBJECT

    std::unique_ptr<FixtureServer> m_server;
    std::unique_ptr<Client> m_client;

    void verifyContract(const Outcome &o)
    {
        QCOMPARE(o.finished, 1);
        QCOMPARE(o.succeeded + o.failed, 1);
        QVERIFY(o.finishedBeforeResult);
    }

private Q_SLOTS:
    void tlsFailureNamesTheCertificateAndSendsNothing()
    {
        // A self-signed certificate: the handshake must fail (never ignored) and the error must
        // show which certificate was offered.
        QTemporaryDir dir;
        QProcess openssl;
        openssl.start(u"openssl"_s,
            {u"req"_s, u"-x509"_s, u"-newkey"_s, u"rsa:2048"_s, u"-nodes"_s, u"-days"_s, u"1"_s,
                u"-subj"_s, u"/CN=mini-kmc-untrusted"_s, u"-keyout"_s, dir.filePath(u"key.pem"_s),
                u"-out"_s, dir.filePath(u"cert.pem"_s)});
        if (!openssl.waitForStarted() || !openssl.waitForFinished(60000) || openssl.exitCode() != 0)
            QSKIP("openssl cannot make a test certificate here");
        QFile certFile(dir.filePath(u"cert.pem"_s));
        QFile keyFile(dir.filePath(u"key.pem"_s));
        QVERIFY(certFile.open(QIODevice::ReadOnly) && keyFile.open(QIODevice::ReadOnly));
        const QSslCertificate certificate(&certFile, QSsl::Pem);
        const QSslKey key(&keyFile, QSsl::Rsa, QSsl::Pem);
        QVERIFY(!certificate.isNull() && !key.isNull());
        minikmc::test::FixtureServer tls(certificate, key);
        tls.expect(u"system.ping"_s, minikmc::test::FixtureServer::Answer::json("true"));

        Client client;
        QVERIFY(client.setServiceUrl(tls.baseUrl()));
        auto *ping = client.call<minikmc::api::SystemPing>();
        QSignalSpy failed(ping, &minikmc::api::Reply::failed);
        QVERIFY(failed.wait(20000));
        const Error e = failed.first().first().value<Error>();
        QCOMPARE(e.category(), Error::Category::Network);
        const QString fingerprint
            = QString::fromLatin1(certificate.digest(QCryptographicHash::Sha256).toHex(':'));
        QVERIFY2(e.message().contains(u"mini-kmc-untrusted"_s), qPrintable(e.message()));
        QVERIFY2(e.message().contains(fingerprint, Qt::CaseInsensitive), qPrintable(e.message()));
        QVERIFY(tls.received().isEmpty()); // nothing got through
        // Recognised by its code (messages are translated), and told as such to the user.
        QCOMPARE(e.networkError(), QNetworkReply::SslHandshakeFailedError);
        QVERIFY(minikmc::auth::SignIn::describe(e).contains(u"certificate was not accepted"_s));
        tls.clear();
    }

    void init()
    {
        m_server = std::make_unique<FixtureServer>();
        m_client = std::make_unique<Client>();
        QVERIFY(m_client->setServiceUrl(m_server->baseUrl() + u"/api_v3/"_s));
        m_client->setRetryPolicy(
            RetryPolicy {3, std::chrono::milliseconds(5), std::chrono::milliseconds(40)});
    }

    void cleanup()
    {
        m_client.reset();
        const QStringList problems = m_server->problems();
        const int unmet = m_server->unmetExpectations();
        m_server.reset();
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u"\n"_s)));
        QCOMPARE(unmet, 0);
    }

    void pingSucceedsWithTypedResult()
    {
        m_server->expect(u"system.ping"_s, Answer::json("true"));
        m_client->setKs(u"djJ8MTIzNHxzZXNzaW9u"_s);
        auto *ping = m_client->call<SystemPing>();
        bool alive = false;
        connect(ping, &Reply::succeeded, this, [&] { alive = ping->isAlive(); });
        const Outcome o = track(ping, this);
        verifyContract(o);
        QCOMPARE(o.succeeded, 1);
        QVERIFY(alive);
        QCOMPARE(o.attempts, 1);

        const auto r = m_server->received().first();
        QCOMPARE(r.path, QByteArray("/api_v3/service/system/action/ping"));
        QCOMPARE(r.contentType, QByteArray("application/json")); // exactly, §1.2
        QCOMPARE(r.params.value(u"format"_s).toInt(), 1);
        QVERIFY(r.params.value(u"clientTag"_s).toString().startsWith(u"minikmc:"_s));
        QVERIFY(!r.params.value(u"apiVersion"_s).toString().isEmpty());
        QVERIFY2(!r.params.contains(u"ks"_s), "ping is sent without the KS");
    }

    void versionGoesWithoutKsAndSessionWithIt()
    {
        m_server->expect(u"system.getVersion"_s, Answer::json("\"Venus-22.19.0\""));
        m_server->expect(u"session.get"_s,
            Answer::json("{\"ks\":\"\",\"sessionType\":2,\"partnerId\":1234,\"userId\":\"editor@"
                         "example.com\",\"expiry\":1795322017,\"privileges\":\"*\",\"objectType\":"
                         "\"KalturaSessionInfo\"}"));
        m_client->setKs(u"djJ8MTIzNHxhZG1pbg"_s);
        auto *version = m_client->call<SystemGetVersion>();
        QString v;
        connect(version, &Reply::succeeded, this, [&] { v = version->version(); });
        verifyContract(track(version, this));
        QCOMPARE(v, u"Venus-22.19.0"_s);

        auto *session = m_client->call<SessionGet>();
        SessionInfo info;
        connect(session, &Reply::succeeded, this, [&] { info = session->info(); });
        verifyContract(track(session, this));
        QCOMPARE(info.partnerId, 1234);
        QCOMPARE(info.userId, u"editor@example.com"_s);
        QCOMPARE(info.sessionType, SessionInfo::Type::Admin);
        QCOMPARE(info.expiry.toSecsSinceEpoch(), 1795322017);
        QVERIFY(!m_server->received().at(0).params.contains(u"ks"_s));
        QCOMPARE(
            m_server->received().at(1).params.value(u"ks"_s).toString(), u"djJ8MTIzNHxhZG1pbg"_s);
    }

    void apiExceptionIn200IsAFailureAndNotRetried()
    {
        m_server->expect(u"media.get"_s,
            Answer::json(
                "{\"code\":\"ENTRY_ID_NOT_FOUND\",\"message\":\"Entry id \\\"0_x\\\" not "
                "found\",\"objectType\":\"KalturaAPIException\",\"args\":{\"ENTRY_ID\":\"0_x\"}}"));
        const Outcome o
            = track(m_client->send(
                        Call(u"media"_s, u"get"_s).set(u"entryId"_s, u"0_x"_s).setIdempotent(true)),
                this);
        verifyContract(o);
        QCOMPARE(o.failed, 1);
        QCOMPARE(o.error.category(), Category::Api);
        QCOMPARE(o.error.code(), u"ENTRY_ID_NOT_FOUND"_s);
        QCOMPARE(o.error.args().value(u"ENTRY_ID"_s).toString(), u"0_x"_s);
        QCOMPARE(o.retrying, 0);
        QCOMPARE(m_server->received().size(), 1);
    }

    void http500IsRetriedForIdempotentCallsThenFails()
    {
        m_server->expect(u"media.get"_s,
            Answer::json("{\"code\":\"INTERNAL_SERVERL_ERROR\",\"message\":\"Internal server error "
                         "occurred\",\"objectType\":\"KalturaAPIException\",\"args\":{}}",
                500),
            4);
        const Outcome o
            = track(m_client->send(
                        Call(u"media"_s, u"get"_s).set(u"entryId"_s, u"0_a"_s).setIdempotent(true)),
                this);
        verifyContract(o);
        QCOMPARE(o.error.category(), Category::Http);
        QCOMPARE(o.error.httpStatus(), 500);
        QCOMPARE(o.error.code(), u"INTERNAL_SERVERL_ERROR"_s);
        QCOMPARE(o.retrying, 3);
        QCOMPARE(o.attempts, 4);
        QCOMPARE(m_server->received().size(), 4);
    }

    void http500IsNotRetriedForWrites()
    {
        m_server->expect(
            u"media.add"_s, Answer::raw("text/html", "<html><h1>500</h1></html>", 500));
        const Outcome o = track(m_client->send(Call(u"media"_s, u"add"_s)), this);
        verifyContract(o);
        QCOMPARE(o.error.category(), Category::Http);
        QVERIFY(o.error.rawSample().contains("<h1>500</h1>"));
        QCOMPARE(o.retrying, 0);
        QCOMPARE(m_server->received().size(), 1);
    }

    void retryThenSuccess()
    {
        m_server->expect(u"media.list"_s, Answer::raw("text/html", "<html>busy</html>", 503), 2);
        m_server->expect(u"media.list"_s,
            Answer::json(
                "{\"objects\":[],\"totalCount\":0,\"objectType\":\"KalturaMediaListResponse\"}"));
        const Outcome o
            = track(m_client->send(Call(u"media"_s, u"list"_s).setIdempotent(true)), this);
        verifyContract(o);
        QCOMPARE(o.succeeded, 1);
        QCOMPARE(o.retrying, 2);
        QCOMPARE(o.attempts, 3);
        QCOMPARE(o.result.toObject().value(u"totalCount"_s).toInt(), 0);
        // The same request body each time.
        const auto r = m_server->received();
        QCOMPARE(r.size(), 3);
        QCOMPARE(r.at(0).params, r.at(2).params);
    }

    void htmlBodyWith200IsAParseError()
    {
        m_server->expect(u"media.get"_s,
            Answer::raw("text/html", "<!DOCTYPE html><html><body>Maintenance</body></html>"));
        const Outcome o
            = track(m_client->send(Call(u"media"_s, u"get"_s).setIdempotent(true)), this);
        verifyContract(o);
        QCOMPARE(o.error.category(), Category::Parse);
        QVERIFY(o.error.rawSample().contains("Maintenance"));
        QCOMPARE(o.retrying, 0);
    }

    void truncatedJsonIsAParseError()
    {
        m_server->expect(u"media.get"_s, Answer::json("{\"id\":\"0_a\",\"name\":\"half an ent"));
        const Outcome o = track(m_client->send(Call(u"media"_s, u"get"_s)), this);
        verifyContract(o);
        QCOMPARE(o.error.category(), Category::Parse);
        QVERIFY(o.error.rawSample().startsWith("{\"id\""));
    }

    void wrongResultTypeIsAParseError()
    {
        m_server->expect(u"system.ping"_s, Answer::json("\"yes\""));
        const Outcome o = track(m_client->call<SystemPing>(), this);
        verifyContract(o);
        QCOMPARE(o.error.category(), Category::Parse);
    }

    void hangingReplyTimesOut()
    {
        m_server->expect(u"media.get"_s, Answer::hang());
        QElapsedTimer t;
        t.start();
        const Outcome o = track(
            m_client->send(Call(u"media"_s, u"get"_s).setTimeout(std::chrono::milliseconds(300))),
            this);
        verifyContract(o);
        QCOMPARE(o.error.category(), Category::Timeout);
        QVERIFY(t.elapsed() >= 290);
        QVERIFY2(t.elapsed() < 5000, "the timeout must end the call");
    }

    void hangingIdempotentCallIsRetriedOnTimeout()
    {
        m_client->setRetryPolicy(
            RetryPolicy {1, std::chrono::milliseconds(5), std::chrono::milliseconds(5)});
        m_server->expect(u"media.get"_s, Answer::hang(), 2);
        const Outcome o = track(m_client->send(Call(u"media"_s, u"get"_s)
                                                   .setIdempotent(true)
                                                   .setTimeout(std::chrono::milliseconds(1000))),
            this);
        verifyContract(o);
        QCOMPARE(o.error.category(), Category::Timeout);
        QCOMPARE(o.attempts, 2);
        QCOMPARE(m_server->received().size(), 2);
    }

    void connectionResetIsANetworkError()
    {
        // QNAM itself may resend once on a closed connection, so the reset answers any number.
        m_server->expect(u"media.add"_s, Answer::reset(), -1);
        const Outcome o = track(m_client->send(Call(u"media"_s, u"add"_s)), this);
        verifyContract(o);
        QCOMPARE(o.error.category(), Category::Network);
        QCOMPARE(o.error.networkError(), QNetworkReply::RemoteHostClosedError);
        QVERIFY(o.error.isTransient());
        QCOMPARE(o.retrying, 0); // a write is not repeated by us
        // Note: Qt itself resends a request once when the connection closes before an answer
        // (QHttpNetworkConnectionChannel), writes included; the fixture saw it twice here.
        m_server->clear();
    }

    void connectionRefusedIsRetriedEvenForWrites()
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        const quint16 port = probe.serverPort();
        probe.close(); // nothing listens there now
        QVERIFY(m_client->setServiceUrl(u"http://127.0.0.1:%1"_s.arg(port)));
        const Outcome o = track(m_client->send(Call(u"media"_s, u"add"_s)), this);
        verifyContract(o);
        QCOMPARE(o.error.category(), Category::Network);
        QCOMPARE(o.error.networkError(), QNetworkReply::ConnectionRefusedError);
        QVERIFY(o.error.isUndelivered());
        QCOMPARE(o.attempts, 4); // the request never arrived, so repeating it is safe
    }

    void gzipBodyIsDecoded()
    {
        QFile gz(QStringLiteral(MINIKMC_TEST_DATA "/media-get.json.gz"));
        QVERIFY(gz.open(QIODevice::ReadOnly));
        Answer a = Answer::json(gz.readAll());
        a.headers.append(qMakePair(QByteArray("Content-Encoding"), QByteArray("gzip")));
        m_server->expect(u"media.get"_s, a);
        const Outcome o = track(
            m_client->send(Call(u"media"_s, u"get"_s).set(u"entryId"_s, u"0_mk000003"_s)), this);
        verifyContract(o);
        QCOMPARE(o.succeeded, 1);
        QCOMPARE(o.result.toObject().value(u"id"_s).toString(), u"0_mk000003"_s);
        QCOMPARE(o.result.toObject().value(u"thumbnailUrl"_s).toString(),
            u"http://127.0.0.1:{PORT}/p/1234/sp/123400/thumbnail/entry_id/0_mk000003/version/0"_s);
    }

    void multiRequestWithOneFailingItem()
    {
        m_server->expect(u"multirequest"_s,
            Answer::json("[{\"id\":\"0_a\",\"objectType\":\"KalturaMediaEntry\"},{\"code\":\"ENTRY_"
                         "ID_NOT_FOUND\",\"message\":\"Entry id \\\"0_b\\\" not "
                         "found\",\"objectType\":\"KalturaAPIException\",\"args\":{\"ENTRY_ID\":"
                         "\"0_b\"}},null]"));
        m_client->setKs(u"djJ8MTIzNHxtdWx0aQ"_s);
        MultiRequest mr;
        mr.add(Call(u"media"_s, u"get"_s).set(u"entryId"_s, u"0_a"_s));
        mr.add(Call(u"media"_s, u"get"_s).set(u"entryId"_s, u"0_b"_s));
        mr.add(
            Call(u"media"_s, u"delete"_s).set(u"entryId"_s, MultiRequest::resultRef(0, u"id"_s)));
        MultiReply *reply = m_client->send(mr);
        QList<CallOutcome> items;
        qsizetype failedItems = -1;
        connect(reply, &Reply::succeeded, this, [&] {
            for (qsizetype i = 0; i < reply->count(); ++i)
                items.append({reply->resultAt(i), reply->errorAt(i)});
            failedItems = reply->failedCount();
        });
        const Outcome o = track(reply, this);
        verifyContract(o);
        QCOMPARE(o.succeeded, 1);
        QCOMPARE(items.size(), 3);
        QVERIFY(items[0].error.isOk());
        QCOMPARE(items[0].result.toObject().value(u"id"_s).toString(), u"0_a"_s);
        QCOMPARE(items[1].error.code(), u"ENTRY_ID_NOT_FOUND"_s);
        QVERIFY(items[2].error.isOk());
        QVERIFY(items[2].result.isNull());
        QCOMPARE(failedItems, 1);

        const auto r = m_server->received().first();
        QCOMPARE(r.path, QByteArray("/api_v3/service/multirequest"));
        QCOMPARE(r.params.value(u"ks"_s).toString(), u"djJ8MTIzNHxtdWx0aQ"_s);
        QCOMPARE(r.params.value(u"0"_s).toObject().value(u"service"_s).toString(), u"media"_s);
        QCOMPARE(
            r.params.value(u"2"_s).toObject().value(u"entryId"_s).toString(), u"{1:result:id}"_s);
    }

    void multiRequestWithWrongItemCountFails()
    {
        m_server->expect(u"multirequest"_s, Answer::json("[true]"));
        MultiRequest mr;
        mr.add(Call(u"system"_s, u"ping"_s));
        mr.add(Call(u"system"_s, u"ping"_s));
        const Outcome o = track(m_client->send(mr), this);
        verifyContract(o);
        QCOMPARE(o.error.category(), Category::Parse);
    }

    void multiRequestTopLevelInvalidKs()
    {
        m_server->expect(u"multirequest"_s,
            Answer::json("{\"code\":\"INVALID_KS\",\"message\":\"Invalid KS \\\"EXPIRED\\\", Error "
                         "\\\"-1,INVALID_STR\\\"\",\"objectType\":\"KalturaAPIException\",\"args\":"
                         "{\"KSID\":\"EXPIRED\",\"ERR_CODE\":-1,\"ERR_DESC\":\"INVALID_STR\"}}"));
        MultiRequest mr;
        mr.add(Call(u"media"_s, u"get"_s));
        const Outcome o = track(m_client->send(mr), this);
        verifyContract(o);
        QVERIFY(o.error.isSessionProblem());
        QCOMPARE(o.error.args().value(u"KSID"_s).toString(), u"EXPIRED"_s);
    }

    void abortIsSilent()
    {
        m_server->expect(u"media.get"_s, Answer::hang());
        Reply *reply = m_client->send(Call(u"media"_s, u"get"_s));
        QSignalSpy finished(reply, &Reply::finished);
        QSignalSpy failed(reply, &Reply::failed);
        QSignalSpy succeeded(reply, &Reply::succeeded);
        QSignalSpy destroyed(reply, &QObject::destroyed);
        QTRY_COMPARE(m_server->received().size(), 1);
        reply->abort();
        QVERIFY(destroyed.wait(2000));
        QCOMPARE(finished.size(), 0);
        QCOMPARE(failed.size(), 0);
        QCOMPARE(succeeded.size(), 0);
        QCOMPARE(m_client->pendingCount(), 0);
    }

    void abortBeforeSendingSendsNothing()
    {
        Reply *reply = m_client->send(Call(u"media"_s, u"get"_s));
        QSignalSpy destroyed(reply, &QObject::destroyed);
        reply->abort();
        QVERIFY(destroyed.wait(2000));
        QTest::qWait(100);
        QCOMPARE(m_server->received().size(), 0);
    }

    void cancelAllFailsWithCancelled()
    {
        m_server->expect(u"media.get"_s, Answer::hang());
        Reply *reply = m_client->send(Call(u"media"_s, u"get"_s));
        QTRY_COMPARE(m_server->received().size(), 1);
        QCOMPARE(m_client->pendingCount(), 1);
        const auto observed = observe(reply, this);
        const Outcome &o = *observed;
        m_client->cancelAll(u"signed out"_s);
        verifyContract(o);
        QCOMPARE(o.error.category(), Category::Cancelled);
        QVERIFY(o.error.toString().contains(u"signed out"_s));
        QCOMPARE(m_client->pendingCount(), 0);
    }

    void fileRangeIsStreamedAsMultipart()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"movie.mp4"_s);
        QByteArray data(3 * 1024 * 1024, Qt::Uninitialized);
        for (qsizetype i = 0; i < data.size(); ++i)
            data[i] = char((i * 131) ^ (i >> 9));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(data);
        f.close();

        m_server->expect(u"uploadToken.upload"_s,
            Answer::json("{\"id\":\"0_tok\",\"status\":1,\"uploadedFileSize\":2097152,"
                         "\"objectType\":\"KalturaUploadToken\"}"));
        m_client->setKs(u"djJ8MTIzNHx1cGxvYWQ"_s);
        FilePart part;
        part.filePath = path;
        part.offset = 1024 * 1024;
        part.length = 1024 * 1024;
        Reply *reply = m_client->send(Call(u"uploadToken"_s, u"upload"_s)
                                          .set(u"uploadTokenId"_s, u"0_tok"_s)
                                          .set(u"resume"_s, true)
                                          .set(u"resumeAt"_s, 1024 * 1024)
                                          .set(u"finalChunk"_s, false)
                                          .addFile(part));
        qint64 lastSent = 0;
        qint64 lastTotal = 0;
        connect(reply, &Reply::uploadProgress, this, [&](qint64 sent, qint64 total) {
            lastSent = sent;
            lastTotal = total;
        });
        const Outcome o = track(reply, this);
        verifyContract(o);
        QCOMPARE(o.succeeded, 1);
        QVERIFY(lastTotal > 1024 * 1024); // the chunk plus the multipart framing and JSON part
        QCOMPARE(lastSent, lastTotal);

        const auto r = m_server->received().first();
        QVERIFY(r.contentType.startsWith("multipart/form-data; boundary="));
        QCOMPARE(r.params.value(u"uploadTokenId"_s).toString(), u"0_tok"_s);
        QCOMPARE(r.params.value(u"resume"_s).toBool(), true);
        QCOMPARE(r.params.value(u"resumeAt"_s).toInt(), 1024 * 1024);
        QCOMPARE(r.params.value(u"finalChunk"_s).toBool(), false);
        QCOMPARE(r.params.value(u"ks"_s).toString(), u"djJ8MTIzNHx1cGxvYWQ"_s);
        QCOMPARE(r.params.value(u"format"_s).toInt(), 1);
        QCOMPARE(r.files.size(), 1);
        QCOMPARE(r.files.first().name, u"fileData"_s);
        QCOMPARE(
            r.files.first().fileName, u"movie.mp4"_s); // the extension tells the server the type
        QCOMPARE(r.files.first().contentType, QByteArray("application/octet-stream"));
        QCOMPARE(QCryptographicHash::hash(r.files.first().data, QCryptographicHash::Sha256),
            QCryptographicHash::hash(
                data.mid(1024 * 1024, 1024 * 1024), QCryptographicHash::Sha256));
    }

    void vanishedFileFailsClearlyWithoutSending()
    {
        FilePart part;
        part.filePath = u"/nonexistent/dir/clip.mov"_s;
        const Outcome o = track(
            m_client->send(Call(u"uploadToken"_s, u"upload"_s).addFile(part).setIdempotent(true)),
            this);
        verifyContract(o);
        QCOMPARE(o.error.category(), Category::LocalFile);
        QVERIFY(o.error.toString().contains(u"clip.mov"_s));
        QCOMPARE(o.retrying, 0);
        QCOMPARE(m_server->received().size(), 0);
    }

    void multiRequestFilePartNames()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"part.bin"_s);
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(1024, '\x07'));
        f.close();
        m_server->expect(u"multirequest"_s,
            Answer::json("[{\"id\":\"0_t\",\"objectType\":\"KalturaUploadToken\"},{\"id\":\"0_t\","
                         "\"objectType\":\"KalturaUploadToken\"}]"));
        KalturaObject token(u"KalturaUploadToken"_s);
        token.set(u"fileName"_s, u"mr-upload.bin"_s).set(u"fileSize"_s, 1024);
        MultiRequest mr;
        const int add = mr.add(Call(u"uploadToken"_s, u"add"_s).set(u"uploadToken"_s, token));
        FilePart part;
        part.filePath = path;
        part.fileName = u"chunk"_s;
        mr.add(Call(u"uploadToken"_s, u"upload"_s)
                   .set(u"uploadTokenId"_s, MultiRequest::resultRef(add, u"id"_s))
                   .set(u"resume"_s, false)
                   .set(u"finalChunk"_s, true)
                   .set(u"resumeAt"_s, -1)
                   .addFile(part));
        verifyContract(track(m_client->send(mr), this));
        const auto r = m_server->received().first();
        // As the official client sends it (wire capture 22): a `json` part, then `1:fileData`.
        QCOMPARE(r.files.size(), 1);
        QCOMPARE(r.files.first().name, u"1:fileData"_s);
        QCOMPARE(r.files.first().fileName, u"chunk"_s);
        QCOMPARE(r.files.first().data, QByteArray(1024, '\x07'));
        QCOMPARE(r.params.value(u"1"_s).toObject().value(u"uploadTokenId"_s).toString(),
            u"{1:result:id}"_s);
    }

    void clientShutdownCancelsPendingCallsOnTheNextTurn()
    {
        m_server->expect(u"media.get"_s, Answer::hang());
        Reply *reply = m_client->send(Call(u"media"_s, u"get"_s));
        QTRY_COMPARE(m_server->received().size(), 1);
        const auto observed = observe(reply, this);
        const Outcome &o = *observed;
        // A receiver destroyed together with the client is not called.
        auto *dyingReceiver = new QObject(m_client.get());
        bool dyingCalled = false;
        connect(reply, &Reply::failed, dyingReceiver, [&] { dyingCalled = true; });
        m_client.reset();
        QCOMPARE(o.finished, 0); // not from inside the destructor
        QTRY_COMPARE(o.failed, 1);
        verifyContract(o);
        QCOMPARE(o.error.category(), Category::Cancelled);
        QVERIFY(!dyingCalled);
        m_client = std::make_unique<Client>();
    }

    void http5xxCarryingAnApiErrorIsNotRetried()
    {
        // A deployment may map an API error to an HTTP status (api_strict_error_map): the action
        // ran and said no, so it is not repeated, idempotent or not.
        m_server->expect(u"media.get"_s,
            Answer::json("{\"code\":\"ENTRY_ID_NOT_FOUND\",\"message\":\"Entry id \\\"0_x\\\" not "
                         "found\",\"objectType\":\"KalturaAPIException\",\"args\":{\"ENTRY_ID\":"
                         "\"0_x\"}}",
                503));
        const Outcome o
            = track(m_client->send(Call(u"media"_s, u"get"_s).setIdempotent(true)), this);
        verifyContract(o);
        QCOMPARE(o.error.category(), Category::Http);
        QCOMPARE(o.error.code(), u"ENTRY_ID_NOT_FOUND"_s);
        QCOMPARE(o.retrying, 0);
        QCOMPARE(m_server->received().size(), 1);
    }

    void bodyCutShortOnTheWireIsANetworkError()
    {
        // The status line and the first bytes arrive, then the connection closes: the "42" that
        // did arrive must not pass for the answer.
        Answer a = Answer::json("42");
        a.declaredLength = 100;
        m_server->expect(u"media.count"_s, a);
        const Outcome o = track(m_client->send(Call(u"media"_s, u"count"_s)), this);
        verifyContract(o);
        QCOMPARE(o.failed, 1);
        QCOMPARE(o.error.category(), Category::Network);
        QVERIFY(o.error.isTransient());
    }

    void emptyMultiRequestSucceedsWithoutATrip()
    {
        MultiReply *reply = m_client->send(MultiRequest());
        qsizetype count = -1;
        connect(reply, &Reply::succeeded, this, [&] { count = reply->count(); });
        const Outcome o = track(reply, this);
        verifyContract(o);
        QCOMPARE(o.succeeded, 1);
        QCOMPARE(count, 0);
        QCOMPARE(m_server->received().size(), 0);
    }

    void cancelledOrAbortedEmptyMultiRequestKeepsTheContract()
    {
        MultiReply *cancelled = m_client->send(MultiRequest());
        const auto observed = observe(cancelled, this);
        const Outcome &o = *observed;
        m_client->cancelAll(u"signed out"_s);
        QTest::qWait(50);
        verifyContract(o);
        QCOMPARE(o.error.category(), Category::Cancelled);

        MultiReply *aborted = m_client->send(MultiRequest());
        QSignalSpy finished(aborted, &Reply::finished);
        QSignalSpy destroyed(aborted, &QObject::destroyed);
        aborted->abort();
        QVERIFY(destroyed.wait(2000));
        QCOMPARE(finished.size(), 0);
    }

    void abortFromAFinishedSlotStopsTheResultSignal()
    {
        m_server->expect(u"system.ping"_s, Answer::json("true"));
        Reply *reply = m_client->call<SystemPing>();
        QSignalSpy succeeded(reply, &Reply::succeeded);
        QSignalSpy destroyed(reply, &QObject::destroyed);
        connect(reply, &Reply::finished, this, [reply] { reply->abort(); });
        QVERIFY(destroyed.wait(5000));
        QCOMPARE(succeeded.size(), 0);
    }

    void cancelAllDuringARetryWait()
    {
        m_client->setRetryPolicy(
            RetryPolicy {3, std::chrono::milliseconds(2000), std::chrono::milliseconds(2000)});
        m_server->expect(u"media.list"_s, Answer::raw("text/html", "<html>busy</html>", 503));
        Reply *reply = m_client->send(Call(u"media"_s, u"list"_s).setIdempotent(true));
        QSignalSpy retrying(reply, &Reply::retrying);
        QVERIFY(retrying.wait(5000));
        const auto observed = observe(reply, this);
        const Outcome &o = *observed;
        m_client->cancelAll(u"signed out"_s);
        verifyContract(o);
        QCOMPARE(o.error.category(), Category::Cancelled);
        QTest::qWait(100);
        QCOMPARE(m_server->received().size(), 1); // the retry never went out
    }

    void abortDuringARetryWaitIsSilent()
    {
        m_client->setRetryPolicy(
            RetryPolicy {3, std::chrono::milliseconds(2000), std::chrono::milliseconds(2000)});
        m_server->expect(u"media.list"_s, Answer::raw("text/html", "<html>busy</html>", 503));
        Reply *reply = m_client->send(Call(u"media"_s, u"list"_s).setIdempotent(true));
        QSignalSpy retrying(reply, &Reply::retrying);
        QSignalSpy finished(reply, &Reply::finished);
        QSignalSpy destroyed(reply, &QObject::destroyed);
        QVERIFY(retrying.wait(5000));
        reply->abort();
        QVERIFY(destroyed.wait(2000));
        QCOMPARE(finished.size(), 0);
        QCOMPARE(m_server->received().size(), 1);
    }

    void callsStartedWhileCancellingAreCancelledToo()
    {
        m_server->expect(u"media.get"_s, Answer::hang());
        Reply *first = m_client->send(Call(u"media"_s, u"get"_s));
        QTRY_COMPARE(m_server->received().size(), 1);
        Reply *second = nullptr;
        connect(first, &Reply::failed, this, [&] {
            // e.g. a view that reloads when its call fails
            second = m_client->send(Call(u"media"_s, u"list"_s));
        });
        m_client->cancelAll(u"signed out"_s);
        QVERIFY(second);
        const Outcome o = track(second, this);
        verifyContract(o);
        QCOMPARE(o.error.category(), Category::Cancelled);
        QCOMPARE(m_server->received().size(), 1); // media.list never went out
    }
};

QTEST_GUILESS_MAIN(TestReply)
#include "tst_reply.moc"
