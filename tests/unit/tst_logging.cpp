// SPDX-License-Identifier: GPL-3.0-or-later
// Secrets never reach a log line: by key, by registered value, and through the message handler.
#include "api/Error.h"
#include "api/Logging.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace minikmc;

namespace {
QStringList g_captured;
void captureHandler(QtMsgType, const QMessageLogContext &, const QString &message)
{
    g_captured.append(message);
}
} // namespace

class TestLogging : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void redactsSecretKeysAtAnyDepth()
    {
        const QJsonObject params {
            {u"ks"_s, u"djJ8MTIzNHxhZG1pbnwy"_s},
            {u"entryId"_s, u"0_abc"_s},
            {u"0"_s, QJsonObject {{u"service"_s, u"session"_s}, {u"secret"_s, u"s3cr3t-admin"_s}}},
            {u"list"_s, QJsonArray {QJsonObject {{u"tokenHash"_s, u"abcdef123456"_s}}}},
            {u"1:password"_s, u"hunter22"_s},
        };
        const QByteArray out
            = QJsonDocument(log::redactedParams(params)).toJson(QJsonDocument::Compact);
        for (const char *secret :
            {"djJ8MTIzNHxhZG1pbnwy", "s3cr3t-admin", "abcdef123456", "hunter22"})
            QVERIFY2(!out.contains(secret), out.constData());
        QVERIFY(out.contains("0_abc"));
        QVERIFY(out.contains("session"));
    }

    void redactsUrls()
    {
        const QUrl url(
            u"https://cdn.example/p/1/sp/100/thumbnail/entry_id/0_a/ks/djJ8c2VjcmV0a3M/width/120?ks=djJ8c2VjcmV0a3M&x=1"_s);
        const QString out = log::redactedUrl(url);
        QVERIFY2(!out.contains(u"djJ8c2VjcmV0a3M"_s), qPrintable(out));
        QVERIFY(out.contains(u"entry_id/0_a"_s));
        QVERIFY(out.contains(u"width/120"_s));
        QVERIFY(out.contains(u"x=1"_s));
    }

    void registeredSecretsAreRemovedFromAnyMessage()
    {
        const QString ks = u"djJ8OTk5fHJlZ2lzdGVyZWQta3M="_s;
        log::registerSecret(ks);
        g_captured.clear();
        const QtMessageHandler previous = qInstallMessageHandler(captureHandler);
        log::installMessageHandler(); // chains to captureHandler
        qCWarning(lcApi) << "a careless call site printed" << ks << "in the middle";
        qWarning("%s", qPrintable(u"plain qWarning with "_s + ks));
        QCOMPARE(g_captured.size(), 2);
        for (const QString &line : std::as_const(g_captured)) {
            QVERIFY2(!line.contains(ks), qPrintable(line));
            QVERIFY(line.contains(u"‹redacted›"_s));
        }
        log::unregisterSecret(ks);
        QCOMPARE(log::redactText(ks), ks);
        qInstallMessageHandler(previous);
    }

    void shortValuesAreNotRegistered()
    {
        log::registerSecret(u"abc"_s);
        QCOMPARE(log::redactText(u"abc abc"_s), u"abc abc"_s);
    }

    void sampleCutDoesNotLeaveHalfASecret()
    {
        const QString ks = u"djJ8MTIzNHxjcm9zc2luZy10aGUtY3V0LWF0LTUxMg"_s;
        log::registerSecret(ks);
        // The KS starts 20 bytes before the 512-byte cut.
        const QByteArray body = QByteArray(492, 'a') + ks.toUtf8() + QByteArray(100, 'b');
        const QByteArray sample = minikmc::api::Error::parse(u"x"_s, body).rawSample();
        QVERIFY(sample.size() <= 512);
        QVERIFY2(!sample.contains(ks.left(12).toUtf8()), sample.constData());
        log::unregisterSecret(ks);
    }

    void sampleIsCutOnACharacterBoundary()
    {
        const QByteArray body = QByteArray(511, 'a') + QString(u"ü"_s).toUtf8() + "tail";
        const QByteArray sample = minikmc::api::Error::parse(u"x"_s, body).rawSample();
        QCOMPARE(sample, QByteArray(511, 'a'));
        QCOMPARE(QString::fromUtf8(sample).toUtf8(), sample); // valid UTF-8
    }

    void jsonEscapedSlashesAreRedactedToo()
    {
        // A KS v1 is standard base64; json_encode writes its '/' as "\/".
        const QString ks = u"MTIzNDt1c2VyL2RhdGEvd2l0aC9zbGFzaGVz+a/b"_s;
        log::registerSecret(ks);
        const QByteArray body = "{\"code\":\"INVALID_KS\",\"message\":\"Invalid KS \\\""
            + QString(ks).replace(u"/"_s, u"\\/"_s).toUtf8() + "\\\"\"}";
        const QByteArray sample = minikmc::api::Error::parse(u"x"_s, body).rawSample();
        QVERIFY2(!sample.contains("MTIzNDt1c2Vy"), sample.constData());
        log::unregisterSecret(ks);
    }

    void sessionParameterIsASecret()
    {
        const QJsonObject out = log::redactedParams(
            QJsonObject {{u"session"_s, u"djJ8b3RoZXIta3M"_s}, {u"otp"_s, u"123456"_s}});
        QCOMPARE(out.value(u"session"_s).toString(), u"‹redacted›"_s);
        QCOMPARE(out.value(u"otp"_s).toString(), u"‹redacted›"_s);
    }

    void apiErrorMessagesAreRedacted()
    {
        const QString ks = u"djJ8MTIzNHxlY2hvZWQtaW4tbWVzc2FnZQ"_s;
        log::registerSecret(ks);
        const auto e = minikmc::api::Error::api(
            u"SOME_ERROR"_s, u"rejected "_s + ks, QJsonObject {{u"VALUE"_s, ks}});
        QVERIFY(!e.message().contains(ks));
        QVERIFY(!e.args().value(u"VALUE"_s).toString().contains(ks));
        // A reason word stays readable.
        const auto expired = minikmc::api::Error::api(u"INVALID_KS"_s,
            u"Invalid KS \"EXPIRED\", Error \"-1,INVALID_STR\""_s,
            QJsonObject {{u"KSID"_s, u"EXPIRED"_s}});
        QCOMPARE(expired.args().value(u"KSID"_s).toString(), u"EXPIRED"_s);
        QVERIFY(expired.message().contains(u"EXPIRED"_s));
        log::unregisterSecret(ks);
    }

    void errorSamplesAreRedacted()
    {
        const QString ks = u"djJ8MTIzNHxlY2hvZWQta3M"_s;
        log::registerSecret(ks);
        const auto e
            = minikmc::api::Error::parse(u"x"_s, "<html>Invalid KS " + ks.toUtf8() + "</html>");
        QVERIFY(!e.rawSample().contains(ks.toUtf8()));
        log::unregisterSecret(ks);
    }
};

QTEST_GUILESS_MAIN(TestLogging)
#include "tst_logging.moc"
