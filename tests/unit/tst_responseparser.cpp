// SPDX-License-Identifier: GPL-3.0-or-later
// Response parsing without HTTP: every shape api_v3 answers with, and the broken ones.
#include "api/ResponseParser.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace minikmc::api;
using Category = Error::Category;

Q_DECLARE_METATYPE(Error::Category)

namespace {
QJsonObject capture(int seq)
{
    QFile f(QStringLiteral(MINIKMC_TEST_DATA "/wire-examples.json"));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot open wire-examples.json");
    const QJsonArray captures
        = QJsonDocument::fromJson(f.readAll()).object().value(u"captures"_s).toArray();
    for (const QJsonValue &c : captures) {
        if (c.toObject().value(u"seq"_s).toInt() == seq)
            return c.toObject();
    }
    qFatal("no capture %d", seq);
}
} // namespace

class TestResponseParser : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void scalars_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QJsonValue>("expected");
        QTest::newRow("true") << QByteArray("true") << QJsonValue(true);
        QTest::newRow("false") << QByteArray("false") << QJsonValue(false);
        QTest::newRow("ks string") << QByteArray("\"djJ8MTIzNHx\"") << QJsonValue(u"djJ8MTIzNHx"_s);
        QTest::newRow("void action") << QByteArray("null") << QJsonValue(QJsonValue::Null);
        QTest::newRow("count") << QByteArray("42") << QJsonValue(42);
        QTest::newRow("float") << QByteArray("1048576.0") << QJsonValue(1048576.0);
        QTest::newRow("whitespace") << QByteArray(" \n true \r\n") << QJsonValue(true);
        QTest::newRow("escaped slash")
            << QByteArray("\"http:\\/\\/h\\/p\\u00e9\"") << QJsonValue(u"http://h/pé"_s);
    }
    void scalars()
    {
        QFETCH(QByteArray, body);
        QFETCH(QJsonValue, expected);
        const CallOutcome out = ResponseParser::parse(200, body);
        QVERIFY2(out.error.isOk(), qPrintable(out.error.toString()));
        QCOMPARE(out.result, expected);
    }

    void objectFromCapture()
    {
        const QJsonObject c = capture(26);
        const CallOutcome out = ResponseParser::parse(
            200, c.value(u"response"_s).toObject().value(u"body"_s).toString().toUtf8());
        QVERIFY(out.error.isOk());
        QCOMPARE(out.result.toObject().value(u"id"_s).toString(), u"0_mk000003"_s);
        QCOMPARE(out.result.toObject().value(u"objectType"_s).toString(), u"KalturaMediaEntry"_s);
    }

    void apiExceptionIn200()
    {
        const QByteArray body
            = "{\"code\":\"ENTRY_ID_NOT_FOUND\",\"message\":\"Entry id \\\"0_x\\\" not "
              "found\",\"objectType\":\"KalturaAPIException\",\"args\":{\"ENTRY_ID\":\"0_x\"}}";
        const CallOutcome out = ResponseParser::parse(200, body);
        QCOMPARE(out.error.category(), Category::Api);
        QCOMPARE(out.error.code(), u"ENTRY_ID_NOT_FOUND"_s);
        QCOMPARE(out.error.message(), u"Entry id \"0_x\" not found"_s);
        QCOMPARE(out.error.args().value(u"ENTRY_ID"_s).toString(), u"0_x"_s);
        QVERIFY(!out.error.isTransient());
        QVERIFY(out.result.isUndefined() || out.result.isNull());
    }

    void apiExceptionWithEmptyArgsArrayAndNumericArgs()
    {
        // args is [] when empty (PHP), and values may be numbers (capture 28: ERR_CODE -1).
        CallOutcome out = ResponseParser::parse(200,
            "{\"code\":\"INTERNAL_SERVERL_ERROR\",\"message\":\"x\",\"objectType\":"
            "\"KalturaAPIException\",\"args\":[]}");
        QCOMPARE(out.error.code(), u"INTERNAL_SERVERL_ERROR"_s);
        QVERIFY(out.error.args().isEmpty());
        out = ResponseParser::parse(
            200, capture(28).value(u"response"_s).toObject().value(u"body"_s).toString().toUtf8());
        QCOMPARE(out.error.code(), u"INVALID_KS"_s);
        QVERIFY(out.error.isSessionProblem());
        QCOMPARE(out.error.args().value(u"ERR_CODE"_s).toString(), u"-1"_s);
        // KSID is the rejected KS itself unless it names a reason (EXPIRED, LOGOUT …): hidden.
        QCOMPARE(out.error.args().value(u"KSID"_s).toString(), u"‹redacted›"_s);
        QCOMPARE(out.error.message(), u"Invalid KS \"‹redacted›\". Error: -1,INVALID_STR"_s);
    }

    void httpErrorKeepsKalturaDetails()
    {
        const QJsonObject c = capture(25);
        const CallOutcome out = ResponseParser::parse(
            500, c.value(u"response"_s).toObject().value(u"body"_s).toString().toUtf8());
        QCOMPARE(out.error.category(), Category::Http);
        QCOMPARE(out.error.httpStatus(), 500);
        QCOMPARE(out.error.code(), u"INTERNAL_SERVERL_ERROR"_s);
        QVERIFY(out.error.isTransient());
        QVERIFY(out.error.toString().contains(u"500"_s));
    }

    void brokenBodies_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<Category>("category");
        QTest::addColumn<QString>("messagePart");
        QTest::newRow("html 200") << 200
                                  << QByteArray(
                                         "<!DOCTYPE html><html><body>Bad gateway</body></html>")
                                  << Category::Parse << u"HTML"_s;
        QTest::newRow("xml 200 (capture 29)")
            << 200
            << QByteArray(
                   "<?xml version=\"1.0\" encoding=\"utf-8\"?><xml><result>not json</result></xml>")
            << Category::Parse << u"XML"_s;
        QTest::newRow("truncated") << 200 << QByteArray("{\"id\":\"0_a\",\"name\":\"tru")
                                   << Category::Parse << u"not valid JSON"_s;
        QTest::newRow("empty") << 200 << QByteArray() << Category::Parse << u"empty"_s;
        QTest::newRow("two values")
            << 200 << QByteArray("1,2") << Category::Parse << u"not valid JSON"_s;
        QTest::newRow("bracket trick")
            << 200 << QByteArray("1],[2") << Category::Parse << u"not valid JSON"_s;
        QTest::newRow("html 502") << 502 << QByteArray("<html>502</html>") << Category::Http
                                  << u"502"_s;
        QTest::newRow("404 empty") << 404 << QByteArray() << Category::Http << u"404"_s;
    }
    void brokenBodies()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(Category, category);
        QFETCH(QString, messagePart);
        const CallOutcome out = ResponseParser::parse(status, body);
        QCOMPARE(out.error.category(), category);
        QVERIFY2(out.error.toString().contains(messagePart, Qt::CaseInsensitive),
            qPrintable(out.error.toString()));
        QCOMPARE(out.error.rawSample(), body.left(512));
    }

    void rawSampleIsShort()
    {
        const QByteArray body = "<html>" + QByteArray(100000, 'x');
        const CallOutcome out = ResponseParser::parse(200, body);
        QCOMPARE(out.error.rawSample().size(), 512);
    }

    void multiRequestItemsFailIndividually()
    {
        const QJsonObject c = capture(23);
        const CallOutcome out = ResponseParser::parse(
            200, c.value(u"response"_s).toObject().value(u"body"_s).toString().toUtf8());
        QVERIFY(out.error.isOk());
        Error error;
        const auto items = ResponseParser::splitMultiRequest(out.result, 2, &error);
        QVERIFY(error.isOk());
        QCOMPARE(items.size(), 2);
        QVERIFY(items[0].error.isOk());
        QCOMPARE(items[0].result.toObject().value(u"id"_s).toString(), u"0_mk000003"_s);
        QCOMPARE(items[1].error.code(), u"ENTRY_ID_NOT_FOUND"_s);
        QCOMPARE(items[1].error.args().value(u"ENTRY_ID"_s).toString(), u"0_harnessmissing"_s);
    }

    void multiRequestTopLevelException()
    {
        // Capture 28: a single exception object instead of an array fails the whole call.
        const CallOutcome out = ResponseParser::parse(
            200, capture(28).value(u"response"_s).toObject().value(u"body"_s).toString().toUtf8());
        QCOMPARE(out.error.category(), Category::Api);
    }

    void multiRequestWrongShape()
    {
        Error error;
        ResponseParser::splitMultiRequest(QJsonArray {1, 2, 3}, 2, &error);
        QCOMPARE(error.category(), Category::Parse);
        ResponseParser::splitMultiRequest(QJsonObject {}, 2, &error);
        QCOMPARE(error.category(), Category::Parse);
        const auto none = ResponseParser::splitMultiRequest(QJsonArray {}, 0, &error);
        QVERIFY(error.isOk());
        QVERIFY(none.isEmpty());
    }

    void objectTypeDecidesNotCodeField()
    {
        // An ordinary object that happens to have `code` and `message` is not an error.
        const CallOutcome out = ResponseParser::parse(
            200, "{\"code\":\"x\",\"message\":\"y\",\"objectType\":\"KalturaSomething\"}");
        QVERIFY(out.error.isOk());
    }
};

QTEST_GUILESS_MAIN(TestResponseParser)
#include "tst_responseparser.moc"
