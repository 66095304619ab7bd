// SPDX-License-Identifier: GPL-3.0-or-later
// kaltura-sandbox, the protocol layer: URL forms, body encodings, errors exactly as api_v3
// writes them, multirequest, sessions, the request log, the faults, the loopback rule and
// persistence across a restart. Raw HTTP on 127.0.0.1 (QNAM), plus core's own Client.
#include "SandboxHttp.h"
#include "SandboxProcess.h"
#include "api/Client.h"
#include "api/services/SessionService.h"
#include "api/services/SystemService.h"

#include <QElapsedTimer>
#include <QHttpMultiPart>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

using namespace Qt::StringLiterals;
using minikmc::test::Answer;
using minikmc::test::SandboxHttp;
using minikmc::test::SandboxProcess;

class TestSandboxProtocol : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    SandboxProcess m_sandbox;
    SandboxHttp m_http {m_sandbox};
    QString m_adminKs;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(m_sandbox.start(m_dir.filePath(u"data"_s)), qPrintable(m_sandbox.error()));
        m_adminKs = m_http.startSession(2);
        QVERIFY(m_adminKs.startsWith(u"djJ8"_s)); // base64 of "v2|", like a real KS
    }

    void cleanup() { m_http.clearFaults(); }

    void readyLineHasTheDocumentedFields()
    {
        const QJsonObject r = m_sandbox.ready();
        for (const char *key : {"serviceUrl", "partnerId", "adminSecret", "appTokenId", "appToken",
                 "appTokenHashType", "userId"})
            QVERIFY2(r.contains(QLatin1String(key)), key);
        QVERIFY(r.value(u"serviceUrl"_s).toString().startsWith(u"http://127.0.0.1:"_s));
        QCOMPARE(r.value(u"appTokenHashType"_s).toString(), u"SHA256"_s);
    }

    void refusesToListenBeyondLoopback()
    {
        QProcess p;
        p.start(SandboxProcess::binary(),
            {u"--listen"_s, u"0.0.0.0:0"_s, u"--data"_s, m_dir.filePath(u"other"_s)});
        QVERIFY(p.waitForFinished(10000));
        QCOMPARE(p.exitCode(), 2);
        QVERIFY(p.readAllStandardError().contains("loopback"));
    }

    void urlForms()
    {
        // Path form (above), index.php with query, and key/value path pairs (§1.1).
        Answer a = m_http.wait(m_http.nam().get(QNetworkRequest(QUrl(
            m_sandbox.serviceUrl() + u"/api_v3/index.php?service=system&action=ping&format=1"_s))));
        QCOMPARE(a.json, QJsonValue(true));
        a = m_http.postRaw(
            u"/api_v3/?service=system&action=getVersion&format=1"_s, "application/json", "{}");
        QCOMPARE(a.json.toString(), u"Venus-22.19.0"_s);
        a = m_http.postRaw(u"/api_v3/service/session/action/get/ks/"_s + m_adminKs,
            "application/json", "{\"format\":1}");
        QCOMPARE(a.json.toObject().value(u"objectType"_s).toString(), u"KalturaSessionInfo"_s);
        // Service and action are case-insensitive; JSON answers come as application/json.
        a = m_http.call(u"SYSTEM"_s, u"PING"_s);
        QCOMPARE(a.json, QJsonValue(true));
        QVERIFY(a.contentType.startsWith("application/json"));
    }

    void bodyEncodings()
    {
        // Form-encoded with colon and bracket nesting (§1.2).
        Answer a = m_http.postRaw(u"/api_v3/service/session/action/get"_s,
            "application/x-www-form-urlencoded", "format=1&ks=" + m_adminKs.toUtf8());
        QCOMPARE(a.json.toObject().value(u"sessionType"_s).toInt(), 2);
        a = m_http.postRaw(u"/api_v3/service/multirequest"_s, "application/x-www-form-urlencoded",
            "format=1&ks=" + m_adminKs.toUtf8()
                + "&1:service=system&1:action=ping&2[service]=system&2[action]=getVersion");
        QCOMPARE(a.json.toArray().size(), 2);
        QCOMPARE(a.json.toArray().at(1).toString(), u"Venus-22.19.0"_s);
        // Multipart with a `json` part, as the Node and Python clients send it.
        auto *multi = new QHttpMultiPart(QHttpMultiPart::FormDataType);
        QHttpPart json;
        json.setHeader(
            QNetworkRequest::ContentDispositionHeader, QByteArray("form-data; name=\"json\""));
        json.setBody("{\"format\":1,\"ks\":\"" + m_adminKs.toUtf8() + "\"}");
        multi->append(json);
        QNetworkRequest r(QUrl(m_sandbox.serviceUrl() + u"/api_v3/service/session/action/get"_s));
        QNetworkReply *reply = m_http.nam().post(r, multi);
        multi->setParent(reply);
        a = m_http.wait(reply);
        QCOMPARE(a.json.toObject().value(u"partnerId"_s).toDouble(), double(m_sandbox.partnerId()));
    }

    void multipartAsLenientAsPhp()
    {
        // The official Node client starts its multipart body with a CRLF and ends it right after
        // the closing boundary, without the final CRLF: PHP (and so the sandbox) accepts both.
        const QByteArray parts = "--XyZ\r\nContent-Disposition: form-data; name=\"format\"\r\n\r\n1"
                                 "\r\n--XyZ\r\nContent-Disposition: form-data; name=\"fileData\"; "
                                 "filename=\"a.bin\"\r\nContent-Type: application/octet-stream"
                                 "\r\n\r\nHELLO\r\n--XyZ--";
        const QByteArray type = "multipart/form-data; boundary=XyZ";
        for (const QByteArray &body : {parts + "\r\n", "\r\n" + parts, parts}) {
            const Answer a = m_http.postRaw(u"/api_v3/service/system/action/ping"_s, type, body);
            QCOMPARE(a.status, 200);
            QCOMPARE(a.json, QJsonValue(true));
        }
        // A body cut inside a part is refused.
        const Answer cut
            = m_http.postRaw(u"/api_v3/service/system/action/ping"_s, type, parts.left(60));
        QCOMPARE(cut.status, 400);
    }

    void multipartParametersOutsideQuotes()
    {
        // A quoted filename holding "; name=" and escaped quotes names neither the part nor
        // anything else.
        const QString token = m_http.call(u"uploadToken"_s, u"add"_s, {{u"ks"_s, m_adminKs}})
                                  .object()
                                  .value(u"id"_s)
                                  .toString();
        const auto field = [](const QByteArray &name, const QByteArray &value) {
            return "--XyZ\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value
                + "\r\n";
        };
        const QByteArray body = field("format", "1") + field("ks", m_adminKs.toUtf8())
            + field("uploadTokenId", token.toUtf8())
            + "--XyZ\r\nContent-Disposition: form-data; filename=\"a; name=x \\\"b\\\".mp4\"; "
              "name=\"fileData\"\r\nContent-Type: application/octet-stream\r\n\r\nHELLO\r\n"
              "--XyZ--\r\n";
        const Answer a = m_http.postRaw(u"/api_v3/service/uploadToken/action/upload"_s,
            "multipart/form-data; boundary=XyZ", body);
        QCOMPARE(a.object().value(u"fileName"_s).toString(), u"a; name=x \"b\".mp4"_s);
        QCOMPARE(a.object().value(u"uploadedFileSize"_s).toInt(), 5);
    }

    void manyFileParts()
    {
        // More file parts than the process may hold descriptors (20 000 here): each part's file
        // is closed when the next one starts.
        QByteArray body;
        for (int i = 0; i < 20100; ++i)
            body += "--XyZ\r\nContent-Disposition: form-data; name=\"f" + QByteArray::number(i)
                + "\"; filename=\"a.bin\"\r\n\r\nx\r\n";
        body += "--XyZ--\r\n";
        const Answer a = m_http.postRaw(
            u"/api_v3/service/system/action/ping"_s, "multipart/form-data; boundary=XyZ", body);
        QCOMPARE(a.status, 200);
        QCOMPARE(a.json, QJsonValue(true));
    }

    void bodiesKeptInMemoryAreBounded()
    {
        const QByteArray big(17 * 1024 * 1024, 'a');
        Answer a = m_http.postRaw(u"/api_v3/service/system/action/ping"_s,
            "application/x-www-form-urlencoded", "format=1&x=" + big);
        QCOMPARE(a.status, 413);
        a = m_http.postRaw(u"/api_v3/service/system/action/ping"_s,
            "multipart/form-data; boundary=XyZ",
            "--XyZ\r\nContent-Disposition: form-data; name=\"x\"\r\n\r\n" + big
                + "\r\n--XyZ--\r\n");
        QCOMPARE(a.status, 413);
        // The same bytes as a file part go to disk.
        a = m_http.postRaw(u"/api_v3/service/system/action/ping"_s,
            "multipart/form-data; boundary=XyZ",
            "--XyZ\r\nContent-Disposition: form-data; name=\"x\"; filename=\"x.bin\"\r\n\r\n" + big
                + "\r\n--XyZ--\r\n");
        QCOMPARE(a.status, 200);
    }

    void errorsAsTheRealServerWritesThem()
    {
        Answer a = m_http.call(u"session"_s, u"get"_s);
        QCOMPARE(a.status, 200);
        QCOMPARE(a.code(), u"MISSING_KS"_s);
        QCOMPARE(a.json.toObject().value(u"message"_s).toString(),
            u"Missing KS, session not established"_s);
        QVERIFY(a.json.toObject().value(u"args"_s).isArray()); // [] when there are none
        QCOMPARE(a.json.toObject().value(u"objectType"_s).toString(), u"KalturaAPIException"_s);

        a = m_http.call(u"session"_s, u"get"_s, {{u"ks"_s, u"not-a-ks"_s}});
        QCOMPARE(a.code(), u"INVALID_KS"_s);
        QCOMPARE(a.json.toObject().value(u"message"_s).toString(),
            u"Invalid KS \"not-a-ks\", Error \"-1,INVALID_STR\""_s);

        a = m_http.call(u"nosuch"_s, u"list"_s);
        QCOMPARE(a.code(), u"SERVICE_DOES_NOT_EXISTS"_s);
        QCOMPARE(a.json.toObject().value(u"args"_s).toObject().value(u"SRV_NAME"_s).toString(),
            u"nosuch"_s);
        a = m_http.call(u"system"_s, u"frobnicate"_s);
        QCOMPARE(a.code(), u"ACTION_DOES_NOT_EXISTS"_s);
        QCOMPARE(a.json.toObject().value(u"message"_s).toString(),
            u"Action \"frobnicate\" does not exists for service \"system\""_s);
        a = m_http.call(u"session"_s, u"startWidgetSession"_s);
        QCOMPARE(a.code(), u"MISSING_MANDATORY_PARAMETER"_s);
        a = m_http.call(u"session"_s, u"startWidgetSession"_s, {{u"widgetId"_s, u"_999"_s}});
        QCOMPARE(a.code(), u"INVALID_WIDGET_ID"_s);
        a = m_http.call(u"session"_s, u"start"_s,
            {{u"secret"_s, u"wrong"_s}, {u"partnerId"_s, double(m_sandbox.partnerId())}});
        QCOMPARE(a.code(), u"START_SESSION_ERROR"_s);
        a = m_http.call(u"session"_s, u"start"_s,
            {{u"secret"_s, m_sandbox.adminSecret()},
                {u"partnerId"_s, double(m_sandbox.partnerId())}, {u"type"_s, 1}});
        QCOMPARE(a.code(), u"INVALID_ENUM_VALUE"_s);
    }

    void userSessionCannotReadSessions()
    {
        const QString userKs = m_http.startSession(0);
        const Answer a = m_http.call(u"session"_s, u"get"_s, {{u"ks"_s, userKs}});
        QCOMPARE(a.code(), u"SERVICE_FORBIDDEN"_s);
        QCOMPARE(a.json.toObject().value(u"args"_s).toObject().value(u"SERVICE"_s).toString(),
            u"session->get"_s);
    }

    void sessionLifecycle()
    {
        const QString ks = m_http.startSession(2, u"someone@example.com"_s);
        Answer a = m_http.call(u"session"_s, u"get"_s, {{u"ks"_s, ks}});
        const QJsonObject info = a.json.toObject();
        QCOMPARE(info.value(u"userId"_s).toString(), u"someone@example.com"_s);
        const qint64 expiry = qint64(info.value(u"expiry"_s).toDouble());
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        QVERIFY(expiry > now + 86400 - 60 && expiry <= now + 86400 + 5); // default expiry, absolute
        // A longer expiry is silently capped to the partner's maximum (86400).
        const QString longKs = m_http
                                   .call(u"session"_s, u"start"_s,
                                       {{u"secret"_s, m_sandbox.adminSecret()},
                                           {u"partnerId"_s, double(m_sandbox.partnerId())},
                                           {u"type"_s, 2}, {u"expiry"_s, 10 * 86400}})
                                   .json.toString();
        a = m_http.call(u"session"_s, u"get"_s, {{u"ks"_s, m_adminKs}, {u"session"_s, longKs}});
        QVERIFY(qint64(a.json.toObject().value(u"expiry"_s).toDouble()) <= now + 86400 + 5);

        QCOMPARE(m_http.call(u"session"_s, u"end"_s, {{u"ks"_s, ks}}).json,
            QJsonValue(QJsonValue::Null));
        a = m_http.call(u"session"_s, u"get"_s, {{u"ks"_s, ks}});
        QCOMPARE(a.code(), u"INVALID_KS"_s);
        QCOMPARE(
            a.json.toObject().value(u"args"_s).toObject().value(u"KSID"_s).toString(), u"LOGOUT"_s);
    }

    void widgetSession()
    {
        const Answer a = m_http.call(u"session"_s, u"startWidgetSession"_s,
            {{u"widgetId"_s, u"_%1"_s.arg(m_sandbox.partnerId())}});
        const QJsonObject r = a.json.toObject();
        QCOMPARE(r.value(u"objectType"_s).toString(), u"KalturaStartWidgetSessionResponse"_s);
        QCOMPARE(r.value(u"userId"_s).toInt(-1), 0);
        const Answer info = m_http.call(u"session"_s, u"get"_s,
            {{u"ks"_s, m_adminKs}, {u"session"_s, r.value(u"ks"_s).toString()}});
        QCOMPARE(info.json.toObject().value(u"sessionType"_s).toInt(), 0);
        QCOMPARE(info.json.toObject().value(u"privileges"_s).toString(), u"view:*,widget:1"_s);
    }

    void multiRequest()
    {
        // Items from "1", a dependency token, a failing item that does not stop the others, the
        // top-level ks copied into every item, and a gap that ends the batch.
        const QJsonObject body {
            {u"format"_s, 1},
            {u"ks"_s, m_adminKs},
            {u"1"_s,
                QJsonObject {{u"service"_s, u"session"_s}, {u"action"_s, u"startWidgetSession"_s},
                    {u"widgetId"_s, u"_%1"_s.arg(m_sandbox.partnerId())}}},
            {u"2"_s,
                QJsonObject {{u"service"_s, u"session"_s}, {u"action"_s, u"get"_s},
                    {u"session"_s, u"{1:result:ks}"_s}}},
            {u"3"_s, QJsonObject {{u"service"_s, u"nosuch"_s}, {u"action"_s, u"get"_s}}},
            {u"4"_s, QJsonObject {{u"service"_s, u"system"_s}, {u"action"_s, u"getVersion"_s}}},
            {u"6"_s, QJsonObject {{u"service"_s, u"system"_s}, {u"action"_s, u"ping"_s}}},
        };
        const Answer a = m_http.postRaw(
            u"/api_v3/service/multirequest"_s, "application/json", QJsonDocument(body).toJson());
        const QJsonArray items = a.json.toArray();
        QCOMPARE(items.size(), 4);
        QCOMPARE(items.at(1).toObject().value(u"sessionType"_s).toInt(), 0); // the widget KS
        QCOMPARE(items.at(2).toObject().value(u"code"_s).toString(), u"SERVICE_DOES_NOT_EXISTS"_s);
        QCOMPARE(items.at(3).toString(), u"Venus-22.19.0"_s);
    }

    void requestLogRecordsEveryCall()
    {
        m_http.clearRequestLog();
        m_http.call(u"system"_s, u"ping"_s);
        const QJsonObject mr {{u"format"_s, 1}, {u"ks"_s, m_adminKs},
            {u"0"_s, QJsonObject {{u"service"_s, u"system"_s}, {u"action"_s, u"ping"_s}}},
            {u"1"_s,
                QJsonObject {{u"service"_s, u"session"_s}, {u"action"_s, u"get"_s},
                    {u"session"_s, u"bad"_s}}}};
        m_http.postRaw(
            u"/api_v3/service/multirequest"_s, "application/json", QJsonDocument(mr).toJson());
        const QJsonArray log = m_http.requestLog();
        QCOMPARE(log.size(), 3);
        const QJsonObject first = log.at(0).toObject();
        QCOMPARE(first.value(u"service"_s).toString(), u"system"_s);
        QCOMPARE(first.value(u"ks"_s).toString(), u"absent"_s);
        QCOMPARE(first.value(u"result"_s).toString(), u"ok"_s);
        const QJsonObject second = log.at(1).toObject();
        const QJsonObject third = log.at(2).toObject();
        QCOMPARE(
            second.value(u"http"_s).toInt(), third.value(u"http"_s).toInt()); // one HTTP request
        QVERIFY(second.value(u"http"_s).toInt() > first.value(u"http"_s).toInt());
        QCOMPARE(third.value(u"ks"_s).toString(), u"present"_s); // copied from the top level
        QCOMPARE(third.value(u"result"_s).toString(), u"INVALID_KS"_s);
        QVERIFY(!third.value(u"params"_s).toObject().contains(u"ks"_s));
    }

    void faultHttpStatusForTheNextCalls()
    {
        QVERIFY(m_http.faults({{u"rules"_s,
            QJsonArray {QJsonObject {
                {u"match"_s, u"SYSTEM.ping"_s}, {u"times"_s, 2}, {u"httpStatus"_s, 503}}}}}));
        QCOMPARE(
            m_http.call(u"system"_s, u"getVersion"_s).status, 200); // other actions are untouched
        Answer a = m_http.call(u"system"_s, u"ping"_s);
        QCOMPARE(a.status, 503);
        QVERIFY(a.body.contains("<html>"));
        QCOMPARE(m_http.call(u"system"_s, u"ping"_s).status, 503);
        QCOMPARE(m_http.call(u"system"_s, u"ping"_s).json, QJsonValue(true)); // used up
    }

    void faultBodies()
    {
        QVERIFY(m_http.faults({{u"rules"_s,
            QJsonArray {QJsonObject {{u"match"_s, u"system.getVersion"_s}, {u"times"_s, 1},
                            {u"body"_s, u"truncated"_s}},
                QJsonObject {{u"match"_s, u"system.getVersion"_s}, {u"times"_s, 1},
                    {u"body"_s, u"malformed"_s}},
                QJsonObject {{u"match"_s, u"system.getVersion"_s}, {u"times"_s, 1},
                    {u"body"_s, u"html"_s}}}}}));
        Answer a = m_http.call(u"system"_s, u"getVersion"_s);
        QCOMPARE(a.status, 200);
        QVERIFY(a.json.isUndefined() || a.json.isNull()); // not parseable
        QVERIFY(a.body.startsWith("\"Venus"));
        a = m_http.call(u"system"_s, u"getVersion"_s);
        QVERIFY(QJsonDocument::fromJson(a.body).isNull());
        a = m_http.call(u"system"_s, u"getVersion"_s);
        QVERIFY(a.body.contains("<html>"));
        QVERIFY(a.contentType.startsWith("text/html"));
        QCOMPARE(m_http.call(u"system"_s, u"getVersion"_s).json.toString(), u"Venus-22.19.0"_s);
    }

    void faultDelay()
    {
        QVERIFY(m_http.faults({{u"rules"_s,
            QJsonArray {
                QJsonObject {{u"match"_s, u"*"_s}, {u"times"_s, 1}, {u"delayMs"_s, 600}}}}}));
        QElapsedTimer t;
        t.start();
        QCOMPARE(m_http.call(u"system"_s, u"ping"_s).json, QJsonValue(true));
        QVERIFY(t.elapsed() >= 550);
    }

    void faultThrottleSlowsTheBody()
    {
        // 256 KiB at 512 KiB/s takes about half a second, unthrottled a few milliseconds.
        QVERIFY(m_http.faults({{u"rules"_s,
            QJsonArray {QJsonObject {{u"match"_s, u"system.ping"_s}, {u"times"_s, 1},
                {u"throttleBytesPerSecond"_s, 512 * 1024}}}}}));
        QByteArray body = "{\"format\":1,\"pad\":\"" + QByteArray(256 * 1024, 'x') + "\"}";
        QElapsedTimer t;
        t.start();
        QCOMPARE(
            m_http.postRaw(u"/api_v3/service/system/action/ping"_s, "application/json", body).json,
            QJsonValue(true));
        QVERIFY2(t.elapsed() >= 400, qPrintable(QString::number(t.elapsed())));
    }

    void faultResetAfterBytes()
    {
        QVERIFY(m_http.faults({{u"rules"_s,
            QJsonArray {QJsonObject {
                {u"match"_s, u"system.ping"_s}, {u"resetAfterBytes"_s, 64 * 1024}}}}}));
        const QByteArray body
            = "{\"format\":1,\"pad\":\"" + QByteArray(4 * 1024 * 1024, 'x') + "\"}";
        const Answer a
            = m_http.postRaw(u"/api_v3/service/system/action/ping"_s, "application/json", body);
        QVERIFY2(a.error != QNetworkReply::NoError, a.body.constData());
        QCOMPARE(a.status, 0); // no HTTP answer at all: the connection was dropped
    }

    void faultExpireSessions()
    {
        const QString ks = m_http.startSession(2);
        QVERIFY(m_http.faults({{u"expireSessions"_s, true}}));
        const Answer a = m_http.call(u"session"_s, u"get"_s, {{u"ks"_s, ks}});
        QCOMPARE(a.code(), u"INVALID_KS"_s);
        QCOMPARE(a.json.toObject().value(u"args"_s).toObject().value(u"KSID"_s).toString(),
            u"EXPIRED"_s);
        QCOMPARE(a.json.toObject().value(u"message"_s).toString(),
            u"Invalid KS \"EXPIRED\", Error \"-1,INVALID_STR\""_s);
        m_adminKs = m_http.startSession(2); // later tests need a live one
    }

    void badFaultRulesAreRefused()
    {
        const Answer a = m_http.postRaw(
            u"/__sandbox/faults"_s, "application/json", "{\"rules\":[{\"match\":\"x.y\"}]}");
        QCOMPARE(a.status, 400);
        QVERIFY(a.body.contains("effect"));
    }

    void coreClientTalksToTheSandbox()
    {
        // The app's own api layer against the independent server.
        minikmc::api::Client client;
        QVERIFY(client.setServiceUrl(m_sandbox.serviceUrl() + u"/api_v3"_s));
        client.setKs(m_adminKs);
        auto *version = client.call<minikmc::api::SystemGetVersion>();
        QString v;
        connect(version, &minikmc::api::Reply::succeeded, this, [&] { v = version->version(); });
        QTRY_COMPARE_WITH_TIMEOUT(v, u"Venus-22.19.0"_s, 10000);
        auto *session = client.call<minikmc::api::SessionGet>();
        qint64 partner = 0;
        connect(session, &minikmc::api::Reply::succeeded, this,
            [&] { partner = session->info().partnerId; });
        QTRY_COMPARE_WITH_TIMEOUT(partner, m_sandbox.partnerId(), 10000);
    }

    void stateSurvivesARestart()
    {
        const QJsonObject before = m_sandbox.ready();
        const QString ks = m_http.startSession(2, u"survivor"_s);
        m_sandbox.stop();
        QVERIFY2(m_sandbox.start(m_dir.filePath(u"data"_s)), qPrintable(m_sandbox.error()));
        QCOMPARE(m_sandbox.adminSecret(), before.value(u"adminSecret"_s).toString());
        QCOMPARE(m_sandbox.ready().value(u"appToken"_s), before.value(u"appToken"_s));
        QCOMPARE(m_sandbox.ready().value(u"appTokenId"_s), before.value(u"appTokenId"_s));
        const Answer a = m_http.call(u"session"_s, u"get"_s, {{u"ks"_s, ks}});
        QCOMPARE(a.json.toObject().value(u"userId"_s).toString(), u"survivor"_s);
    }
};

QTEST_GUILESS_MAIN(TestSandboxProtocol)
#include "tst_sandbox_protocol.moc"
