// SPDX-License-Identifier: GPL-3.0-or-later
// core/entries against a 12 500-entry sandbox library: the pager reaches every entry of a
// time-ordered query past the server's 10 000-match window, in order and without duplicates;
// filters give what the server counts; other orders stop honestly at the window.
#include "SandboxHttp.h"
#include "SandboxProcess.h"
#include "api/Client.h"
#include "entries/EntryPager.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using minikmc::api::Client;
using minikmc::entries::Entry;
using minikmc::entries::EntryPager;
using minikmc::entries::EntryQuery;
using minikmc::entries::EntryStatus;
using minikmc::entries::MediaType;
using minikmc::entries::SortField;
using minikmc::test::SandboxHttp;
using minikmc::test::SandboxProcess;

class TestEntryPager : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    SandboxProcess m_sandbox;
    SandboxHttp m_http {m_sandbox};
    Client m_client;

    /// Fetches every page; false when a page failed.
    bool walk(EntryPager &pager, QList<Entry> *all)
    {
        QSignalSpy failed(&pager, &EntryPager::failed);
        // The next page is asked for from the pageReady() slot itself, as a model's fetchMore()
        // or the CLI does.
        bool done = false;
        const auto connection = connect(
            &pager, &EntryPager::pageReady, this, [&pager, all, &done](const QList<Entry> &page) {
                all->append(page);
                if (pager.atEnd())
                    done = true;
                else
                    pager.fetchNext();
            });
        pager.fetchNext();
        const bool finished = QTest::qWaitFor([&] { return done || !failed.isEmpty(); }, 120000);
        disconnect(connection);
        return finished && failed.isEmpty();
    }

    /// What the server counts for a query's filter (baseEntry.count).
    qint64 serverCount(const EntryQuery &query)
    {
        return m_http.entryCount(m_client.ks(), query.filter().toJson());
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(m_sandbox.start(m_dir.filePath(u"data"_s), {u"--seed"_s, u"12500"_s}),
            qPrintable(m_sandbox.error()));
        QVERIFY(m_client.setServiceUrl(m_sandbox.serviceUrl()));
        m_client.setKs(m_http.startSession(2));
    }

    void reachesEveryEntryPastTheWindow()
    {
        EntryQuery query;
        query.pageSize = 500;
        EntryPager pager(&m_client, query);
        QList<Entry> all;
        QVERIFY(walk(pager, &all));
        QVERIFY2(pager.totalCount() > EntryPager::kServerWindow,
            qPrintable(QString::number(pager.totalCount())));
        QCOMPARE(pager.totalCount(), serverCount(query));
        QCOMPARE(qint64(all.size()), pager.totalCount());
        QSet<QString> ids;
        for (qsizetype i = 0; i < all.size(); ++i) {
            ids.insert(all.at(i).id);
            if (i > 0)
                QVERIFY(all.at(i - 1).createdAt >= all.at(i).createdAt); // newest first
        }
        QCOMPARE(qint64(ids.size()), pager.totalCount()); // no entry twice
        QVERIFY(!pager.isLimited());
    }

    void filtersAndAscendingOrder()
    {
        EntryQuery query;
        query.mediaTypes = {MediaType::Video};
        query.statuses = {EntryStatus::Ready};
        query.sortField = SortField::UpdatedAt;
        query.ascending = true;
        query.pageSize = 200;
        EntryPager pager(&m_client, query);
        QList<Entry> all;
        QVERIFY(walk(pager, &all));
        QVERIFY(!all.isEmpty());
        QCOMPARE(qint64(all.size()), serverCount(query));
        for (qsizetype i = 0; i < all.size(); ++i) {
            QCOMPARE(all.at(i).mediaType, MediaType::Video);
            QCOMPARE(all.at(i).status, EntryStatus::Ready);
            if (i > 0)
                QVERIFY(all.at(i - 1).updatedAt <= all.at(i).updatedAt);
        }
        // Free text narrows further, as the server counts it.
        EntryQuery text = query;
        text.freeText = all.first().name.section(u' ', 0, 0);
        EntryPager textPager(&m_client, text);
        QList<Entry> found;
        QVERIFY(walk(textPager, &found));
        QVERIFY(!found.isEmpty());
        QCOMPARE(qint64(found.size()), serverCount(text));
    }

    void cliListsEveryEntry()
    {
        // minikmc-cli list --all --json, signed in from the environment like a script would.
        QProcess cli;
        cli.setProcessEnvironment(m_sandbox.appTokenEnvironment());
        cli.start(QStringLiteral(MINIKMC_CLI_BINARY),
            {u"list"_s, u"--all"_s, u"--json"_s, u"--type"_s, u"video,audio"_s});
        QVERIFY(cli.waitForFinished(120000));
        QCOMPARE(cli.exitCode(), 0);
        const QJsonObject out = QJsonDocument::fromJson(cli.readAllStandardOutput()).object();
        EntryQuery query;
        query.mediaTypes = {MediaType::Video, MediaType::Audio};
        const qint64 expected = serverCount(query);
        QCOMPARE(qint64(out.value(u"totalCount"_s).toDouble()), expected);
        QCOMPARE(qint64(out.value(u"entries"_s).toArray().size()), expected);
        QVERIFY(!out.value(u"limited"_s).toBool());
    }

    void otherOrdersStopAtTheWindow()
    {
        EntryQuery query;
        query.sortField = SortField::Name;
        query.ascending = true;
        query.pageSize = 500;
        EntryPager pager(&m_client, query);
        QList<Entry> all;
        QVERIFY(walk(pager, &all));
        QVERIFY(pager.isLimited());
        QCOMPARE(qint64(all.size()), EntryPager::kServerWindow);
        for (qsizetype i = 1; i < all.size(); ++i)
            QVERIFY(all.at(i - 1).name.compare(all.at(i).name, Qt::CaseInsensitive) <= 0
                || all.at(i - 1).name <= all.at(i).name);
    }
};

QTEST_GUILESS_MAIN(TestEntryPager)
#include "tst_entrypager.moc"
