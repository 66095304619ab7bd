// SPDX-License-Identifier: GPL-3.0-or-later
// Request encoding: what goes on the wire, compared with what the official Kaltura Node client
// (kaltura-client 21.20.0) sent for the same calls (tests/data/wire-examples.json).
#include "api/Call.h"
#include "api/KalturaObject.h"
#include "api/MultiRequest.h"
#include "api/RequestEncoder.h"
#include "api/ServiceUrl.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace minikmc::api;

namespace {

QJsonObject capture(int seq)
{
    static const QJsonArray captures = [] {
        QFile f(QStringLiteral(MINIKMC_TEST_DATA "/wire-examples.json"));
        if (!f.open(QIODevice::ReadOnly))
            qFatal("cannot open wire-examples.json");
        return QJsonDocument::fromJson(f.readAll()).object().value(u"captures"_s).toArray();
    }();
    for (const QJsonValue &c : captures) {
        if (c.toObject().value(u"seq"_s).toInt() == seq)
            return c.toObject();
    }
    qFatal("no capture %d", seq);
}

// The official client's common parameters, so that only the encoding itself is compared.
CommonParams nodeCommon(const QJsonObject &capture)
{
    const QJsonObject p = capture.value(u"params"_s).toObject();
    return CommonParams {p.value(u"ks"_s).toString(), p.value(u"clientTag"_s).toString(),
        p.value(u"apiVersion"_s).toString()};
}

QString pretty(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented));
}

} // namespace

class TestEncoding : public QObject {
    Q_OBJECT

private:
    void compareWithCapture(int seq, const Call &call)
    {
        const QJsonObject c = capture(seq);
        const QJsonObject expected = c.value(u"params"_s).toObject();
        const QJsonObject actual = RequestEncoder::jsonBody(call, nodeCommon(c));
        if (actual != expected)
            QFAIL(qPrintable(u"capture %1 (%2) differs\nexpected:\n%3\nactual:\n%4"_s.arg(seq).arg(
                c.value(u"name"_s).toString(), pretty(expected), pretty(actual))));
        const ServiceUrl url = ServiceUrl::fromUserInput(u"http://127.0.0.1:1/"_s);
        QCOMPARE(
            url.actionUrl(call.service(), call.action()).path(), c.value(u"path"_s).toString());
    }

private Q_SLOTS:
    void sessionStartHasNoKs()
    {
        compareWithCapture(1,
            Call(u"session"_s, u"start"_s)
                .set(u"secret"_s, u"mock-admin-secret"_s)
                .set(u"userId"_s, u"harness-user"_s)
                .set(u"type"_s, 2)
                .set(u"partnerId"_s, 1234)
                .set(u"expiry"_s, 86400)
                .setWithoutKs());
    }

    void widgetSession()
    {
        compareWithCapture(2,
            Call(u"session"_s, u"startWidgetSession"_s)
                .set(u"widgetId"_s, u"_1234"_s)
                .set(u"expiry"_s, 86400)
                .setWithoutKs());
    }

    void appTokenStartSessionLowercasesServiceInPath()
    {
        compareWithCapture(3,
            Call(u"appToken"_s, u"startSession"_s)
                .set(u"id"_s, u"0_mockapptk"_s)
                .set(u"tokenHash"_s,
                    u"f414d45ab8dd2bde75bec4babc424e97ea0ea7ba98df2e61f2d42f428dfcb8f2"_s)
                .set(u"userId"_s, u"harness-user"_s)
                .set(u"type"_s, 0)
                .set(u"expiry"_s, 3600));
    }

    void nestedObjectCarriesObjectType()
    {
        KalturaObject entry(u"KalturaMediaEntry"_s);
        entry.set(u"name"_s, u"harness entry"_s)
            .set(u"description"_s, u"created by the official-client harness"_s)
            .set(u"mediaType"_s, 1)
            .set(u"tags"_s, u"harness,official-client"_s);
        compareWithCapture(4, Call(u"media"_s, u"add"_s).set(u"entry"_s, entry));
    }

    void filterAndPager()
    {
        KalturaObject filter(u"KalturaMediaEntryFilter"_s);
        filter.set(u"freeText"_s, u"harness"_s)
            .set(u"statusIn"_s, u"2,7"_s)
            .set(u"orderBy"_s, u"-createdAt"_s);
        KalturaObject pager(u"KalturaFilterPager"_s);
        pager.set(u"pageSize"_s, 50).set(u"pageIndex"_s, 2);
        compareWithCapture(
            5, Call(u"media"_s, u"list"_s).set(u"filter"_s, filter).set(u"pager"_s, pager));
    }

    void negativeNumbers()
    {
        compareWithCapture(
            6, Call(u"media"_s, u"get"_s).set(u"entryId"_s, u"0_mk000003"_s).set(u"version"_s, -1));
    }

    void partialUpdateSendsOnlyChangedFields()
    {
        KalturaObject entry(u"KalturaMediaEntry"_s);
        entry.set(u"name"_s, u"harness entry (renamed)"_s).set(u"tags"_s, u"harness,renamed"_s);
        compareWithCapture(7,
            Call(u"media"_s, u"update"_s)
                .set(u"entryId"_s, u"0_mk000003"_s)
                .set(u"mediaEntry"_s, entry));
    }

    void clearingAFieldUsesNullMarker()
    {
        // The Node client silently drops a null (capture 8); the server needs `description__null`.
        KalturaObject entry(u"KalturaMediaEntry"_s);
        entry.set(u"description"_s, QJsonValue(QJsonValue::Null));
        compareWithCapture(9,
            Call(u"media"_s, u"update"_s)
                .set(u"entryId"_s, u"0_mk000003"_s)
                .set(u"mediaEntry"_s, entry));
        QVERIFY(entry.isNulled(u"description"_s));
        QVERIFY(!entry.contains(u"description"_s));
    }

    void uploadTokenAdd()
    {
        KalturaObject token(u"KalturaUploadToken"_s);
        token.set(u"fileName"_s, u"harness-upload.bin"_s).set(u"fileSize"_s, 2097152);
        compareWithCapture(10, Call(u"uploadToken"_s, u"add"_s).set(u"uploadToken"_s, token));
    }

    void booleans()
    {
        compareWithCapture(17,
            Call(u"flavorAsset"_s, u"getUrl"_s)
                .set(u"id"_s, u"0_fl000005"_s)
                .set(u"forceProxy"_s, false));
    }

    void arrayOfObjects()
    {
        KalturaObject clip(u"KalturaClipAttributes"_s);
        clip.set(u"offset"_s, 0).set(u"duration"_s, 5000);
        KalturaObject entry(u"KalturaMediaEntry"_s);
        entry.set(u"name"_s, u"harness array entry"_s)
            .set(u"mediaType"_s, 1)
            .set(u"operationAttributes"_s, QList<KalturaObject> {clip});
        compareWithCapture(32, Call(u"media"_s, u"add"_s).set(u"entry"_s, entry));
    }

    void multiRequestWithDependency()
    {
        const QJsonObject c = capture(21);
        KalturaObject filter(u"KalturaMediaEntryFilter"_s);
        filter.set(u"orderBy"_s, u"-createdAt"_s);
        KalturaObject pager(u"KalturaFilterPager"_s);
        pager.set(u"pageSize"_s, 1);
        MultiRequest mr;
        const int list
            = mr.add(Call(u"media"_s, u"list"_s).set(u"filter"_s, filter).set(u"pager"_s, pager));
        mr.add(Call(u"media"_s, u"get"_s)
                   .set(u"entryId"_s, MultiRequest::resultRef(list, u"objects:0:id"_s))
                   .set(u"version"_s, -1));
        const QJsonObject actual = RequestEncoder::multiRequestBody(mr.calls(), nodeCommon(c));
        QCOMPARE(pretty(actual), pretty(c.value(u"params"_s).toObject()));
        QCOMPARE(ServiceUrl::fromUserInput(u"http://h"_s).multiRequestUrl().path(),
            c.value(u"path"_s).toString());
    }

    void multiRequestLowercasesServices()
    {
        const QJsonObject c = capture(22);
        KalturaObject token(u"KalturaUploadToken"_s);
        token.set(u"fileName"_s, u"mr-upload.bin"_s).set(u"fileSize"_s, 1024);
        MultiRequest mr;
        const int add = mr.add(Call(u"uploadToken"_s, u"add"_s).set(u"uploadToken"_s, token));
        FilePart part;
        part.filePath = u"/dev/null"_s;
        part.fileName = u"chunk"_s;
        mr.add(Call(u"uploadToken"_s, u"upload"_s)
                   .set(u"uploadTokenId"_s, MultiRequest::resultRef(add, u"id"_s))
                   .set(u"resume"_s, false)
                   .set(u"finalChunk"_s, true)
                   .set(u"resumeAt"_s, -1)
                   .addFile(part));
        QCOMPARE(pretty(RequestEncoder::multiRequestBody(mr.calls(), nodeCommon(c))),
            pretty(c.value(u"params"_s).toObject()));
        // File parts of item N are named "N:fieldName" (0-based keys, as the capture shows).
        const auto files = RequestEncoder::filesOf(mr.calls());
        QCOMPARE(files.size(), 1);
        QCOMPARE(files.first().first,
            c.value(u"fileParts"_s).toArray().first().toObject().value(u"name"_s).toString());
    }

    void resultRefIsOneBased()
    {
        QCOMPARE(MultiRequest::resultRef(0), u"{1:result}"_s);
        QCOMPARE(MultiRequest::resultRef(2, u"objects:_all:id"_s), u"{3:result:objects:_all:id}"_s);
    }

    void topLevelNullIsOmitted()
    {
        Call call(u"media"_s, u"get"_s);
        call.set(u"entryId"_s, u"0_a"_s).set(u"version"_s, QJsonValue());
        const QJsonObject body = RequestEncoder::jsonBody(call, {});
        QVERIFY(!body.contains(u"version"_s));
        QVERIFY(!body.contains(u"version__null"_s));
        QVERIFY(!body.contains(u"ks"_s)); // no KS known: none sent
        QCOMPARE(body.value(u"format"_s).toInt(), 1);
    }

    void unicodeAndEscapesRoundTrip()
    {
        KalturaObject entry(u"KalturaMediaEntry"_s);
        const QString name = u"Grüße \"שלום\" / 東京 😀 \\ \n tab\t"_s;
        entry.set(u"name"_s, name);
        const QByteArray bytes = RequestEncoder::toBytes(RequestEncoder::jsonBody(
            Call(u"media"_s, u"update"_s).set(u"mediaEntry"_s, entry), {}));
        const QJsonObject back = QJsonDocument::fromJson(bytes).object();
        QCOMPARE(back.value(u"mediaEntry"_s).toObject().value(u"name"_s).toString(), name);
        QVERIFY(bytes.contains("Grüße")); // UTF-8, not escaped
    }

    void nullMarkerAndValueExcludeEachOther()
    {
        KalturaObject o(u"KalturaMediaEntry"_s);
        o.setNull(u"endDate"_s);
        o.set(u"endDate"_s, 1700000000);
        QVERIFY(!o.isNulled(u"endDate"_s));
        QCOMPARE(o.toJson().value(u"endDate"_s).toInt(), 1700000000);
        o.setNull(u"endDate"_s);
        QVERIFY(!o.contains(u"endDate"_s));
        QCOMPARE(o.toJson().value(u"endDate__null"_s).toString(), QString());
        o.unset(u"endDate"_s);
        QCOMPARE(o.toJson().keys(), QStringList {u"objectType"_s});
        o.setEmptyArray(u"operationAttributes"_s);
        QCOMPARE(o.toJson().value(u"operationAttributes"_s).toArray().size(), 0);
    }

    void largeIntegersStayExact()
    {
        const qint64 big = 4294967296LL * 1024; // 4 TiB file size
        KalturaObject token(u"KalturaUploadToken"_s);
        token.set(u"fileSize"_s, big);
        const QByteArray bytes = RequestEncoder::toBytes(token.toJson());
        QVERIFY2(bytes.contains("4398046511104"), bytes.constData());
    }
};

QTEST_GUILESS_MAIN(TestEncoding)
#include "tst_encoding.moc"
