// SPDX-License-Identifier: GPL-3.0-or-later
// Deleting entries in batches of 50 (one multirequest each, per-entry errors, nothing dropped
// silently) and loading the account's categories, against a sandbox library.
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
        QMap<int, int> callsPerRequest;
        for (const QJsonValue &v : m_http.requestLog()) {
            const QJsonObject call = v.toObject();
            // (the log writes names as the server normalises them: lower case)
            QCOMPARE(call.value(u"service"_s).toString().toLower(), u"baseentry"_s);
            QCOMPARE(call.value(u"action"_s).toString().toLower(), u"delete"_s);
            QCOMPARE(call.value(u"result"_s).toString(), u"ok"_s);
            ++callsPerRequest[call.value(u"http"_s).toInt()];
        }
        QCOMPARE(callsPerRequest.values(), (QList<int> {50, 50, 20}));
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

    void aFailedBatchFailsItsIdsAndTheRest()
    {
        const QStringList ids = entryIds(70);
        // The first multirequest gets an HTTP 500. A delete is not repeated blindly (the server
        // may have done it), so its 50 ids are failures, and so are the 20 of the batch that was
        // then not sent.
        QVERIFY(m_http.faults(QJsonObject {{u"rules"_s,
            QJsonArray {
                QJsonObject {{u"match"_s, u"*"_s}, {u"times"_s, 1}, {u"httpStatus"_s, 500}}}}}));
        EntryDeleter deleter(&m_client, ids);
        QVERIFY(run(deleter));
        m_http.clearFaults();
        QSet<QString> accounted;
        for (const QString &id : deleter.deletedIds())
            accounted.insert(id);
        for (const EntryDeleter::Failure &f : deleter.failures()) {
            QVERIFY2(!accounted.contains(f.id), qPrintable(f.id));
            accounted.insert(f.id);
            QVERIFY(!f.error.isOk());
        }
        QCOMPARE(accounted, QSet<QString>(ids.cbegin(), ids.cend())); // nothing dropped
        QCOMPARE(deleter.failures().size(), 70);
        QCOMPARE(deleter.failures().first().error.httpStatus(), 500);
        // What the deleter calls deleted is gone; what it calls failed still exists.
        for (const QString &id : deleter.deletedIds())
            QCOMPARE(errorCodeOfGet(id), u"ENTRY_ID_NOT_FOUND"_s);
        for (const EntryDeleter::Failure &f : deleter.failures())
            QVERIFY2(errorCodeOfGet(f.id).isEmpty(), qPrintable(f.id));
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
        const QString id
            = QString::number(qint64(categories.last().toObject().value(u"id"_s).toDouble()));
        const auto [code, output] = cli({u"list"_s, u"--all"_s, u"--json"_s, u"--category"_s, id});
        QCOMPARE(code, 0);
        const qint64 expected = serverCount({{u"categoriesIdsMatchOr"_s, id}});
        QVERIFY(expected > 0);
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
};

QTEST_MAIN(TestEntryActions)
#include "tst_entryactions.moc"
