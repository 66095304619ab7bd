// SPDX-License-Identifier: GPL-3.0-or-later
// The Flavors tab against --seed-media entries: the model (checked by QAbstractItemModelTester)
// lists what the server has; a reconvert makes the tab poll until the flavor is ready again and
// then stop; a download from the tab is byte-identical to the server's copy.
#include "SandboxHttp.h"
#include "SandboxProcess.h"
#include "api/Client.h"
#include "assets/AssetService.h"
#include "models/FlavorListModel.h"
#include "views/FlavorsTab.h"

#include <QAbstractItemModelTester>
#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QLabel>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using minikmc::api::Client;
using minikmc::assets::AssetService;
using minikmc::assets::FlavorStatus;
using minikmc::test::SandboxHttp;
using minikmc::test::SandboxProcess;
using minikmc::ui::FlavorListModel;
using minikmc::ui::FlavorsTab;

class TestFlavorsTab : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    SandboxProcess m_sandbox;
    SandboxHttp m_http {m_sandbox};
    Client m_client;
    QString m_video;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(
            m_sandbox.start(m_dir.filePath(u"data"_s), {u"--seed"_s, u"10"_s, u"--seed-media"_s}),
            qPrintable(m_sandbox.error()));
        QVERIFY(m_client.setServiceUrl(m_sandbox.serviceUrl()));
        m_client.setKs(m_http.startSession(2));
        m_video
            = m_http.firstEntryId(m_client.ks(), QJsonObject {{u"freeText"_s, u"Test pattern"_s}});
        QVERIFY(!m_video.isEmpty());
    }

    void listsAndPollsUntilReady()
    {
        AssetService service(&m_client);
        FlavorsTab tab(&service);
        QAbstractItemModelTester tester(
            tab.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        tab.resize(700, 400);
        tab.show();
        QSignalSpy refreshed(&tab, &FlavorsTab::refreshed);
        tab.setEntry(m_video);
        QVERIFY(refreshed.wait(10000));
        const QJsonArray server
            = m_http
                  .call(u"flavorAsset"_s, u"list"_s,
                      {{u"ks"_s, m_client.ks()},
                          {u"filter"_s, QJsonObject {{u"entryIdEqual"_s, m_video}}}})
                  .object()
                  .value(u"objects"_s)
                  .toArray();
        QCOMPARE(tab.model()->rowCount(), server.size());
        for (int row = 0; row < server.size(); ++row) {
            QCOMPARE(
                tab.model()->flavorAt(row).id, server.at(row).toObject().value(u"id"_s).toString());
            // Sizes arrive in KB; the model shows bytes in human units.
            const qint64 kb = qint64(server.at(row).toObject().value(u"size"_s).toDouble());
            QVERIFY(tab.model()->flavorAt(row).sizeBytes >= kb * 1024 - 1024);
        }
        QVERIFY(!tab.isPolling()); // everything is ready: no polling

        // Reconverting the web flavor: the tab polls while it is made, then stops.
        int web = -1;
        for (int row = 0; row < tab.model()->rowCount(); ++row) {
            if (!tab.model()->flavorAt(row).isOriginal)
                web = row;
        }
        QVERIFY(web >= 0);
        tab.findChild<QTableView *>()->selectRow(web);
        const QString webId = tab.model()->flavorAt(web).id;
        service.reconvertFlavor(m_video, webId);
        QTRY_VERIFY_WITH_TIMEOUT(tab.isPolling(), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(!tab.isPolling(), 90000);
        for (int row = 0; row < tab.model()->rowCount(); ++row)
            QCOMPARE(tab.model()->flavorAt(row).status, FlavorStatus::Ready);
        const int polls = int(refreshed.size());
        QTest::qWait(2500);
        QCOMPARE(int(refreshed.size()), polls); // stopped
    }

    void downloadsFromTheTab()
    {
        AssetService service(&m_client);
        FlavorsTab tab(&service);
        tab.show();
        QSignalSpy refreshed(&tab, &FlavorsTab::refreshed);
        tab.setEntry(m_video);
        QVERIFY(refreshed.wait(10000));
        tab.findChild<QTableView *>()->selectRow(0);
        const QString path = m_dir.filePath(u"saved.mp4"_s);
        tab.downloadSelected(path);
        auto *message = tab.findChild<QLabel *>(u"flavorMessage"_s);
        QTRY_VERIFY_WITH_TIMEOUT(message->text().contains(path), 30000);
        QFile saved(path);
        QVERIFY(saved.open(QIODevice::ReadOnly));
        const QString url
            = m_http
                  .call(u"flavorAsset"_s, u"getUrl"_s,
                      {{u"ks"_s, m_client.ks()}, {u"id"_s, tab.model()->flavorAt(0).id}})
                  .json.toString();
        QCOMPARE(QCryptographicHash::hash(saved.readAll(), QCryptographicHash::Sha256),
            QCryptographicHash::hash(
                m_http.get(QUrl(url).path()).body, QCryptographicHash::Sha256));
    }
};

QTEST_MAIN(TestFlavorsTab)
#include "tst_flavorstab.moc"
