// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/ServiceUrl.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace minikmc::api;

class TestServiceUrl : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void accepted_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("base");
        QTest::newRow("host") << u"https://www.kaltura.com"_s << u"https://www.kaltura.com"_s;
        QTest::newRow("slash") << u"https://www.kaltura.com/"_s << u"https://www.kaltura.com"_s;
        QTest::newRow("api_v3") << u"https://www.kaltura.com/api_v3"_s
                                << u"https://www.kaltura.com"_s;
        QTest::newRow("api_v3/") << u"https://www.kaltura.com/api_v3/"_s
                                 << u"https://www.kaltura.com"_s;
        QTest::newRow("no scheme") << u"api.eu.kaltura.com"_s << u"https://api.eu.kaltura.com"_s;
        QTest::newRow("spaces, case")
            << u"  HTTPS://WWW.Kaltura.COM/API_V3  "_s << u"https://www.kaltura.com"_s;
        QTest::newRow("port") << u"http://127.0.0.1:8080"_s << u"http://127.0.0.1:8080"_s;
        QTest::newRow("prefix") << u"https://media.example.org/kaltura/api_v3/"_s
                                << u"https://media.example.org/kaltura"_s;
        QTest::newRow("ipv6") << u"http://[::1]:9000/api_v3"_s << u"http://[::1]:9000"_s;
    }
    void accepted()
    {
        QFETCH(QString, input);
        QFETCH(QString, base);
        QString error;
        const ServiceUrl url = ServiceUrl::fromUserInput(input, &error);
        QVERIFY2(url.isValid(), qPrintable(error));
        QVERIFY(error.isEmpty());
        QCOMPARE(url.toString(), base);
        QCOMPARE(url.actionUrl(u"appToken"_s, u"startSession"_s).toString(),
            base + u"/api_v3/service/apptoken/action/startSession"_s);
        QCOMPARE(url.multiRequestUrl().toString(), base + u"/api_v3/service/multirequest"_s);
    }

    void rejected_data()
    {
        QTest::addColumn<QString>("input");
        QTest::newRow("empty") << QString();
        QTest::newRow("ftp") << u"ftp://www.kaltura.com"_s;
        QTest::newRow("query") << u"https://www.kaltura.com/?a=b"_s;
        QTest::newRow("fragment") << u"https://www.kaltura.com/#x"_s;
        QTest::newRow("credentials") << u"https://user:pw@www.kaltura.com"_s;
        QTest::newRow("action url")
            << u"https://www.kaltura.com/api_v3/service/media/action/list"_s;
        QTest::newRow("no host") << u"https://"_s;
        QTest::newRow("garbage") << u"http://exa mple.com"_s;
    }
    void rejected()
    {
        QFETCH(QString, input);
        QString error;
        const ServiceUrl url = ServiceUrl::fromUserInput(input, &error);
        QVERIFY(!url.isValid());
        QVERIFY2(!error.isEmpty(), "a rejected address must come with a reason");
    }

    void loopback()
    {
        QVERIFY(ServiceUrl::fromUserInput(u"http://127.0.0.1:1"_s).isLoopback());
        QVERIFY(ServiceUrl::fromUserInput(u"http://localhost"_s).isLoopback());
        QVERIFY(ServiceUrl::fromUserInput(u"http://[::1]"_s).isLoopback());
        QVERIFY(!ServiceUrl::fromUserInput(u"https://www.kaltura.com"_s).isLoopback());
    }
};

QTEST_GUILESS_MAIN(TestServiceUrl)
#include "tst_serviceurl.moc"
