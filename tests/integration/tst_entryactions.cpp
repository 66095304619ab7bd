// SPDX-License-Identifier: GPL-3.0-or-later
// Deleting entries in batches of 50 (one multirequest each, per-entry errors, nothing dropped
// silently) and loading the account's categories, against a sandbox library.
#include "FixtureServer.h"
#include "SandboxHttp.h"
#include "SandboxProcess.h"
#include "api/Client.h"
#include "entries/Categories.h"
#include "entries/EntryDeleter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <numeric>

using namespace Qt::StringLiterals;
using minikmc::api::Client;
using minikmc::entries::Category;
using minikmc::entries::CategoryLoader;
using minikmc::entries::EntryDeleter;
using minikmc::test::SandboxHttp;
using minikmc::test::SandboxProcess;

class TestEntryActions : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    SandboxProcess m_sandbox;
    SandboxHttp m_http {m_sandbox};
    Client m_client;

    /// Ids of listable entries, newest first, skipping the first `skip`.
    QStringList entryIds(int count, int skip = 0)
    {
        const QJsonObject answer
            = m_http
                  .call(u"baseEntry"_s, u"list"_s,
                      {{u"ks"_s, m_client.ks()},
                          {u"filter"_s, QJsonObject {{u"orderBy"_s, u"-createdAt"_s}}},
                          {u"pager"_s, QJsonObject {{u"pageSize"_s, count + skip}}}})
                  .object();
        QStringList ids;
        for (const QJsonValue &o : answer.value(u"objects"_s).toArray())
            ids.append(o.toObject().value(u"id"_s).toString());
        return ids.mid(skip);
    }

    QString errorCodeOfGet(const QString &id)
    {
        return m_http.call(u"baseEntry"_s, u"get"_s, {{u"ks"_s, m_client.ks()}, {u"entryId"_s, id}})
            .object()
            .value(u"code"_s)
            .toString();
    }

    /// minikmc-cli with the sandbox's account in its environment: exit code and stdout.
    QPair<int, QByteArray> cli(const QStringList &args)
    {
        return m_sandbox.runSignedIn(QStringLiteral(MINIKMC_CLI_BINARY), args);
    }

    qint64 serverCount(QJsonObject filter)
    {
        filter.insert(u"objectType"_s, u"KalturaMediaEntryFilter"_s);
        filter.insert(u"statusIn"_s, u"-1,-2,0,1,2,7,4"_s);
        filter.insert(u"mediaTypeIn"_s, u"1,2,5"_s);
        return m_http.entryCount(m_client.ks(), filter);
    }

    /// The sandbox's request log as the number of api calls per HTTP request (`http`).
    QMap<int, int> callsPerHttpRequest()
    {
        QMap<int, int> calls;
        for (const QJsonValue &v : m_http.requestLog())
            ++calls[v.toObject().value(u"http"_s).toInt()];
        return calls;
    }

    static int sumOf(const QMap<int, int> &calls)
    {
        return std::accumulate(calls.cbegin(), calls.cend(), 0);
    }

    /// A category.list answer of `count` top-level categories from number first + 1 on.
    static QByteArray categoryPage(int first, int count, int total)
    {
        QJsonArray objects;
        for (int id = first + 1; id <= first + count; ++id) {
            const QString name = u"c%1"_s.arg(id, 4, 10, QChar(u'0'));
            objects.append(QJsonObject {{u"objectType"_s, u"KalturaCategory"_s}, {u"id"_s, id},
                {u"parentId"_s, 0}, {u"depth"_s, 0}, {u"name"_s, name}, {u"fullName"_s, name},
                {u"entriesCount"_s, 1}});
        }
        return QJsonDocument(QJsonObject {{u"objectType"_s, u"KalturaCategoryListResponse"_s},
                                 {u"objects"_s, objects}, {u"totalCount"_s, total}})
            .toJson(QJsonDocument::Compact);
    }

    static bool run(EntryDeleter &deleter)
    {
        QSignalSpy finished(&deleter, &EntryDeleter::finished);
        deleter.start();
        return finished.wait(30000) && finished.size() == 1;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(m_sandbox.start(m_dir.filePath(u"data"_s), {u"--seed"_s, u"400"_s}),
            qPrintable(m_sandbox.error()));
        QVERIFY(m_client.setServiceUrl(m_sandbox.serviceUrl()));
        m_client.setKs(m_http.startSession(2));
    }

    void deletesInMultirequestsOfFifty()
    {
        const QStringList ids = entryIds(120);
        QCOMPARE(ids.size(), 120);
        m_http.clearRequestLog();
        EntryDeleter deleter(&m_client, ids);
        QSignalSpy deleted(&deleter, &EntryDeleter::entryDeleted);
        QSignalSpy progress(&deleter, &EntryDeleter::progress);
        QVERIFY(run(deleter));
        QCOMPARE(deleter.deletedIds(), ids);
        QVERIFY(deleter.failures().isEmpty());
        QCOMPARE(deleted.size(), 120);
        QCOMPARE(progress.size(), 3);
        QCOMPARE(progress.at(0).at(0).toInt(), 50);
        QCOMPARE(progress.at(2).at(0).toInt(), 120);

        // The server saw three HTTP requests of 50, 50 and 20 baseEntry.delete calls.
        for (const QJsonValue &v : m_http.requestLog()) {
            const QJsonObject call = v.toObject();
            // (the log writes names as the server normalises them: lower case)
            QCOMPARE(call.value(u"service"_s).toString().toLower(), u"baseentry"_s);
            QCOMPARE(call.value(u"action"_s).toString().toLower(), u"delete"_s);
            QCOMPARE(call.value(u"result"_s).toString(), u"ok"_s);
        }
        QCOMPARE(callsPerHttpRequest().values(), (QList<int> {50, 50, 20}));
        for (const QString &id : {ids.first(), ids.at(77), ids.last()})
            QCOMPARE(errorCodeOfGet(id), u"ENTRY_ID_NOT_FOUND"_s);
    }

    void perEntryErrorsDoNotStopTheOthers()
    {
        const QStringList existing = entryIds(3);
        const QStringList ids {existing.at(0), u"0_nosuchid"_s, existing.at(1), existing.at(2)};
        EntryDeleter deleter(&m_client, ids);
        QVERIFY(run(deleter));
        QCOMPARE(
            deleter.deletedIds(), (QStringList {existing.at(0), existing.at(1), existing.at(2)}));
        QCOMPARE(deleter.failures().size(), 1);
        QCOMPARE(deleter.failures().first().id, u"0_nosuchid"_s);
        QCOMPARE(deleter.failures().first().error.code(), u"ENTRY_ID_NOT_FOUND"_s);

        // Deleting them again: each fails on its own.
        EntryDeleter again(&m_client, existing);
        QVERIFY(run(again));
        QVERIFY(again.deletedIds().isEmpty());
        QCOMPARE(again.failures().size(), 3);
    }

    void aFailedBatchFailsItsIdsAndTheRest_data()
    {
        QTest::addColumn<QString>("match");
        QTest::addColumn<int>("status");
        QTest::addColumn<int>("batchesBefore"); // batches answered before the failing one
        QTest::newRow("first batch, any call, HTTP 500") << u"*"_s << 500 << 0;
        QTest::newRow("second batch, multirequest, HTTP 503") << u"multirequest"_s << 503 << 1;
    }

    void aFailedBatchFailsItsIdsAndTheRest()
    {
        QFETCH(QString, match);
        QFETCH(int, status);
        QFETCH(int, batchesBefore);
        const QStringList ids = entryIds(120);
        QCOMPARE(ids.size(), 120);
        const QJsonObject fault {{u"rules"_s,
            QJsonArray {
                QJsonObject {{u"match"_s, match}, {u"times"_s, 1}, {u"httpStatus"_s, status}}}}};
        m_http.clearRequestLog();
        EntryDeleter deleter(&m_client, ids);
        // The fault is armed once the batches before the failing one have answered (progress
        // comes before the next batch is sent).
        bool armed = false;
        if (batchesBefore == 0)
            armed = m_http.faults(fault);
        connect(&deleter, &EntryDeleter::progress, this, [&](int done) {
            if (done == batchesBefore * EntryDeleter::kBatchSize)
                armed = m_http.faults(fault);
        });
        QVERIFY(run(deleter));
        m_http.clearFaults();
        QVERIFY(armed);

        // Nothing dropped: the batches before are deleted; the failed batch and the one never
        // sent are failures with the HTTP error, in order.
        const qsizetype deletedCount = batchesBefore * EntryDeleter::kBatchSize;
        QCOMPARE(deleter.deletedIds(), ids.first(deletedCount));
        QStringList failedIds;
        for (const EntryDeleter::Failure &f : deleter.failures()) {
            failedIds.append(f.id);
            QCOMPARE(f.error.category(), minikmc::api::Error::Category::Http);
            QCOMPARE(f.error.httpStatus(), status);
        }
        QCOMPARE(failedIds, ids.mid(deletedCount));

        // A delete is not repeated blindly, not even after a 503 (the server may have done it):
        // the server ran only the batches before the failing one.
        const QMap<int, int> calls = callsPerHttpRequest();
        QCOMPARE(calls.size(), batchesBefore);
        QCOMPARE(qsizetype(sumOf(calls)), deletedCount);
        // What the deleter calls deleted is gone; what it calls failed still exists.
        for (const QString &id : deleter.deletedIds())
            QCOMPARE(errorCodeOfGet(id), u"ENTRY_ID_NOT_FOUND"_s);
        for (const QString &id : failedIds)
            QVERIFY2(errorCodeOfGet(id).isEmpty(), qPrintable(id));
    }

    void abortKeepsWhatIsDoneAndFailsTheRest()
    {
        const QStringList ids = entryIds(120);
        QCOMPARE(ids.size(), 120);
        m_http.clearRequestLog();
        EntryDeleter deleter(&m_client, ids);
        QSignalSpy finished(&deleter, &EntryDeleter::finished);
        // Stopped while the second batch is on its way (it is sent right after the progress).
        connect(
            &deleter, &EntryDeleter::progress, &deleter,
            [&deleter] { QTimer::singleShot(0, &deleter, &EntryDeleter::abort); },
            Qt::SingleShotConnection);
        deleter.start();
        QVERIFY(finished.wait(30000));
        QTest::qWait(300); // time for anything sent after the abort to show in the log
        QCOMPARE(finished.size(), 1);

        QCOMPARE(deleter.deletedIds(), ids.first(EntryDeleter::kBatchSize));
        QStringList failedIds;
        for (const EntryDeleter::Failure &f : deleter.failures()) {
            failedIds.append(f.id);
            QCOMPARE(f.error.category(), minikmc::api::Error::Category::Cancelled);
        }
        QCOMPARE(failedIds, ids.mid(EntryDeleter::kBatchSize));
        // The third batch was never sent.
        const QMap<int, int> calls = callsPerHttpRequest();
        QVERIFY(calls.size() <= 2);
        QVERIFY(sumOf(calls) <= 2 * EntryDeleter::kBatchSize);
    }

    void emptyListFinishesOnTheNextTurn()
    {
        EntryDeleter deleter(&m_client, {});
        QSignalSpy finished(&deleter, &EntryDeleter::finished);
        deleter.start();
        QCOMPARE(finished.size(), 0);
        QVERIFY(finished.wait(1000));
        QVERIFY(deleter.failures().isEmpty());
    }

    void cliListFilters_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QJsonObject>("filter");
        QTest::newRow("created range")
            << QStringList {u"--created-from"_s, u"2025-06-01"_s, u"--created-to"_s,
                   u"2025-12-31"_s}
            << QJsonObject {{u"createdAtGreaterThanOrEqual"_s,
                                double(QDate(2025, 6, 1).startOfDay(Qt::UTC).toSecsSinceEpoch())},
                   {u"createdAtLessThanOrEqual"_s,
                       double(QDate(2026, 1, 1).startOfDay(Qt::UTC).toSecsSinceEpoch() - 1)}};
        QTest::newRow("date-time")
            << QStringList {u"--created-to"_s, u"2025-03-01T12:00:00Z"_s}
            << QJsonObject {{u"createdAtLessThanOrEqual"_s,
                   double(QDateTime(QDate(2025, 3, 1), QTime(12, 0), Qt::UTC).toSecsSinceEpoch())}};
        QTest::newRow("tags") << QStringList {u"--tags"_s, u"faculty,keynote"_s}
                              << QJsonObject {{u"tagsMultiLikeOr"_s, u"faculty,keynote"_s}};
    }

    void cliListFilters()
    {
        QFETCH(QStringList, args);
        QFETCH(QJsonObject, filter);
        const auto [code, output] = cli(QStringList {u"list"_s, u"--all"_s, u"--json"_s} + args);
        QCOMPARE(code, 0);
        const QJsonObject listed = QJsonDocument::fromJson(output).object();
        const qint64 expected = serverCount(filter);
        QVERIFY2(expected > 0, "the filter must match something");
        QVERIFY2(expected < serverCount({}), "the filter must leave something out");
        QCOMPARE(qint64(listed.value(u"totalCount"_s).toDouble()), expected);
        QCOMPARE(qint64(listed.value(u"entries"_s).toArray().size()), expected);
    }

    void cliListByCategory()
    {
        const QJsonArray categories
            = m_http.call(u"category"_s, u"list"_s, {{u"ks"_s, m_client.ks()}})
                  .object()
                  .value(u"objects"_s)
                  .toArray();
        const auto idOf = [](const QJsonValue &c) {
            return QString::number(qint64(c.toObject().value(u"id"_s).toDouble()));
        };
        const QString ids = idOf(categories.first()) + u',' + idOf(categories.last());
        const auto [code, output] = cli({u"list"_s, u"--all"_s, u"--json"_s, u"--category"_s, ids});
        QCOMPARE(code, 0);
        const qint64 expected = serverCount({{u"categoriesIdsMatchOr"_s, ids}});
        // Either category is enough: more than in the last one alone.
        QVERIFY(expected > serverCount({{u"categoriesIdsMatchOr"_s, idOf(categories.last())}}));
        QCOMPARE(
            qint64(QJsonDocument::fromJson(output).object().value(u"entries"_s).toArray().size()),
            expected);
    }

    void cliDeleteSaysWhichFailed()
    {
        const QString existing = entryIds(1).first();
        const auto [code, output]
            = cli({u"delete"_s, u"--yes"_s, u"--json"_s, existing, u"0_unknown1"_s});
        QCOMPARE(code, 1);
        const QJsonArray results = QJsonDocument::fromJson(output).array();
        QCOMPARE(results.size(), 2);
        QCOMPARE(results.at(0).toObject().value(u"id"_s).toString(), existing);
        QCOMPARE(results.at(0).toObject().value(u"deleted"_s).toBool(), true);
        QCOMPARE(results.at(1).toObject().value(u"deleted"_s).toBool(), false);
        QCOMPARE(results.at(1).toObject().value(u"code"_s).toString(), u"ENTRY_ID_NOT_FOUND"_s);
        QCOMPARE(errorCodeOfGet(existing), u"ENTRY_ID_NOT_FOUND"_s);
        QCOMPARE(cli({u"delete"_s, existing}).first, 2); // without --yes

        // Without --json: one line per entry, a failure with Kaltura's code and message.
        const QString another = entryIds(1).first();
        const auto [textCode, text] = cli({u"delete"_s, u"--yes"_s, another, existing});
        QCOMPARE(textCode, 1);
        const QStringList lines = QString::fromUtf8(text).split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 2);
        QCOMPARE(lines.at(0), another + u"\tdeleted"_s);
        const QString failedPrefix = existing + u"\tfailed: ENTRY_ID_NOT_FOUND: "_s;
        QVERIFY2(lines.at(1).startsWith(failedPrefix), qPrintable(lines.at(1)));
        QVERIFY2(
            lines.at(1).mid(failedPrefix.size()).contains(existing), "the message names the entry");
    }

    void loadsEveryCategory()
    {
        const QJsonObject raw
            = m_http
                  .call(u"category"_s, u"list"_s,
                      {{u"ks"_s, m_client.ks()}, {u"pager"_s, QJsonObject {{u"pageSize"_s, 500}}}})
                  .object();
        QMap<qint64, QString> expected;
        for (const QJsonValue &v : raw.value(u"objects"_s).toArray()) {
            const QJsonObject o = v.toObject();
            expected.insert(qint64(o.value(u"id"_s).toDouble()), o.value(u"fullName"_s).toString());
        }
        QVERIFY(expected.size() > 3);

        CategoryLoader loader(&m_client);
        QSignalSpy loaded(&loader, &CategoryLoader::loaded);
        loader.load();
        QVERIFY(loaded.wait(10000));
        const auto categories = loaded.first().first().value<QList<Category>>();
        QMap<qint64, QString> got;
        QStringList order;
        for (const Category &c : categories) {
            got.insert(c.id, c.fullName);
            order.append(c.fullName);
            QVERIFY(c.fullName.endsWith(c.name));
            QCOMPARE(qsizetype(c.depth), c.fullName.count(u'>'));
        }
        QCOMPARE(got, expected);
        QStringList sorted = order;
        std::sort(sorted.begin(), sorted.end());
        QCOMPARE(order, sorted); // by full name
    }

    void categoryLoaderReadsEveryPage_data()
    {
        QTest::addColumn<QByteArray>("secondPage");
        QTest::addColumn<int>("loadedCount"); // -1: failed
        QTest::newRow("two pages") << categoryPage(500, 2, 502) << 502;
        QTest::newRow("the second page fails")
            << QByteArray("{\"code\":\"INTERNAL_SERVERL_ERROR\",\"message\":\"Internal server "
                          "error occurred\",\"objectType\":\"KalturaAPIException\",\"args\":{}}")
            << -1;
    }

    void categoryLoaderReadsEveryPage()
    {
        // More categories than fit on a page (the sandbox's tree is smaller): a scripted server.
        QFETCH(QByteArray, secondPage);
        QFETCH(int, loadedCount);
        using Answer = minikmc::test::FixtureServer::Answer;
        minikmc::test::FixtureServer server;
        server.expect(
            u"category.list"_s, Answer::json(categoryPage(0, CategoryLoader::kPageSize, 502)));
        server.expect(u"category.list"_s, Answer::json(secondPage));
        Client client;
        QVERIFY(client.setServiceUrl(server.baseUrl()));
        client.setKs(u"djJ8MTIzNHxzZXNzaW9u"_s);
        CategoryLoader loader(&client);
        QSignalSpy loaded(&loader, &CategoryLoader::loaded);
        QSignalSpy failed(&loader, &CategoryLoader::failed);
        loader.load();
        QTRY_COMPARE_WITH_TIMEOUT(loaded.size() + failed.size(), 1, 10000);
        QTest::qWait(100); // no third request and no second signal
        if (loadedCount < 0) {
            QCOMPARE(failed.size(), 1);
            QCOMPARE(failed.first().first().value<minikmc::api::Error>().code(),
                u"INTERNAL_SERVERL_ERROR"_s);
        } else {
            QCOMPARE(loaded.size(), 1);
            const auto categories = loaded.first().first().value<QList<Category>>();
            QCOMPARE(categories.size(), loadedCount);
            QCOMPARE(categories.first().fullName, u"c0001"_s);
            QCOMPARE(categories.last().id, 502);
        }
        QVERIFY2(server.problems().isEmpty(), qPrintable(server.problems().join(u'\n')));
        QCOMPARE(server.unmetExpectations(), 0);
        const auto received = server.received();
        QCOMPARE(received.size(), 2);
        for (int i = 0; i < 2; ++i) {
            const QJsonObject &params = received.at(i).params;
            QCOMPARE(params.value(u"pager"_s).toObject().value(u"pageSize"_s).toInt(), 500);
            QCOMPARE(params.value(u"pager"_s).toObject().value(u"pageIndex"_s).toInt(), i + 1);
            QCOMPARE(params.value(u"filter"_s).toObject().value(u"orderBy"_s).toString(),
                u"+fullName"_s);
        }
    }
};

QTEST_MAIN(TestEntryActions)
#include "tst_entryactions.moc"
