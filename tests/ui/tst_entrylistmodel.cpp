// SPDX-License-Identifier: GPL-3.0-or-later
// EntryListModel against a 12 000-entry sandbox library: the fetchMore contract (checked by
// QAbstractItemModelTester), exact insert and dataChanged signals, dropping replies of an old
// query, sorting and every filter compared with what the server itself answers to hand-written
// calls, every entry reachable, errors as state, and thumbnails loaded lazily, cached on disk and
// retried with a KS when the account's access control wants one.
#include "SandboxHttp.h"
#include "SandboxProcess.h"
#include "api/Client.h"
#include "models/EntryListModel.h"
#include "models/ThumbnailCache.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QPixmap>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using minikmc::api::Client;
using minikmc::entries::EntryQuery;
using minikmc::entries::EntryStatus;
using minikmc::entries::MediaType;
using minikmc::entries::SortField;
using minikmc::test::SandboxHttp;
using minikmc::test::SandboxProcess;
using minikmc::ui::EntryListModel;
using minikmc::ui::ThumbnailCache;

namespace {

constexpr int kLibrarySize = 12000;
// What the web console lists (written out here, not taken from the code under test).
const QString kConsoleStatuses = u"-1,-2,0,1,2,7,4"_s;
const QString kConsoleMediaTypes = u"1,2,5"_s;

} // namespace

class TestEntryListModel : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    SandboxProcess m_sandbox;
    SandboxHttp m_http {m_sandbox};
    Client m_client;

    /// A model with a tester that fails the test on any contract violation.
    /// With useFetchMore the tester itself pages on (as a view scrolled to the bottom does);
    /// tests that count pages drive fetchMore() by hand instead.
    struct Checked {
        explicit Checked(
            Client *client, ThumbnailCache *thumbnails = nullptr, bool useFetchMore = false)
            : model(client, thumbnails)
            , tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest)
        {
            tester.setUseFetchMore(useFetchMore);
        }
        EntryListModel model;
        QAbstractItemModelTester tester;
    };

    static bool waitLoaded(EntryListModel &model, int timeoutMs = 30000)
    {
        return QTest::qWaitFor([&] { return !model.isLoading(); }, timeoutMs);
    }

    /// The server's own answer to a hand-written baseEntry.list: ids in order and the total.
    QPair<QStringList, qint64> serverList(QJsonObject filter, int pageSize = 100)
    {
        filter.insert(u"objectType"_s, u"KalturaMediaEntryFilter"_s);
        if (!filter.contains(u"statusIn"_s))
            filter.insert(u"statusIn"_s, kConsoleStatuses);
        if (!filter.contains(u"mediaTypeIn"_s))
            filter.insert(u"mediaTypeIn"_s, kConsoleMediaTypes);
        const QJsonObject answer
            = m_http
                  .call(u"baseEntry"_s, u"list"_s,
                      {{u"ks"_s, m_client.ks()}, {u"filter"_s, filter},
                          {u"pager"_s,
                              QJsonObject {{u"pageSize"_s, pageSize}, {u"pageIndex"_s, 1}}}})
                  .object();
        QStringList ids;
        for (const QJsonValue &o : answer.value(u"objects"_s).toArray())
            ids.append(o.toObject().value(u"id"_s).toString());
        return {ids, qint64(answer.value(u"totalCount"_s).toDouble(-1))};
    }

    static QStringList modelIds(const EntryListModel &model, int count)
    {
        QStringList ids;
        for (int row = 0; row < std::min(count, model.rowCount()); ++row)
            ids.append(model.entryAt(row).id);
        return ids;
    }

    /// Loads every page of the model's query; false when a page failed or it took too long.
    static bool loadAll(EntryListModel &model)
    {
        return QTest::qWaitFor(
                   [&] {
                       if (!model.errorText().isEmpty())
                           return true;
                       if (model.canFetchMore({}))
                           model.fetchMore({});
                       return model.atEnd() && !model.isLoading();
                   },
                   180000)
            && model.errorText().isEmpty();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(m_sandbox.start(
                     m_dir.filePath(u"data"_s), {u"--seed"_s, QString::number(kLibrarySize)}),
            qPrintable(m_sandbox.error()));
        QVERIFY(m_client.setServiceUrl(m_sandbox.serviceUrl()));
        m_client.setKs(m_http.startSession(2));
    }

    void init() { QVERIFY(m_http.faults(QJsonObject {{u"deliveryRequiresKs"_s, false}})); }

    void cleanup()
    {
        QVERIFY(m_http.faults(QJsonObject {{u"deliveryRequiresKs"_s, false}}));
        m_http.clearFaults();
    }

    void firstPagesArriveAsExactInserts()
    {
        Checked c(&m_client);
        QSignalSpy inserted(&c.model, &QAbstractItemModel::rowsInserted);
        QSignalSpy loading(&c.model, &EntryListModel::loadingChanged);
        EntryQuery query;
        query.pageSize = 100;
        c.model.setQuery(query);
        QVERIFY(c.model.isLoading());
        QVERIFY(waitLoaded(c.model));
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(inserted.at(0).at(1).toInt(), 0);
        QCOMPARE(inserted.at(0).at(2).toInt(), 99);
        QCOMPARE(loading.size(), 2); // true, then false

        const auto [ids, total] = serverList({{u"orderBy"_s, u"-createdAt"_s}});
        QCOMPARE(c.model.totalCount(), total);
        QCOMPARE(modelIds(c.model, 100), ids);

        QVERIFY(c.model.canFetchMore({}));
        c.model.fetchMore({});
        QVERIFY(!c.model.canFetchMore({})); // one page in flight at a time
        QVERIFY(waitLoaded(c.model));
        QCOMPARE(inserted.size(), 2);
        QCOMPARE(inserted.at(1).at(1).toInt(), 100);
        QCOMPARE(inserted.at(1).at(2).toInt(), 199);
        QCOMPARE(c.model.rowCount(), 200);

        // Every column answers its raw value.
        const QModelIndex duration = c.model.index(0, EntryListModel::DurationColumn);
        QCOMPARE(duration.data(EntryListModel::RawValueRole).toLongLong(),
            c.model.entryAt(0).durationMs);
        QCOMPARE(c.model.index(0, EntryListModel::CreatedColumn)
                     .data(EntryListModel::RawValueRole)
                     .toDateTime(),
            c.model.entryAt(0).createdAt);
        QCOMPARE(c.model.index(0, EntryListModel::StatusColumn)
                     .data(EntryListModel::RawValueRole)
                     .toInt(),
            int(c.model.entryAt(0).status));
    }

    void everyEntryIsReachable()
    {
        // The tester pages through the library with fetchMore() on every insert.
        Checked c(&m_client, nullptr, true);
        QSignalSpy inserted(&c.model, &QAbstractItemModel::rowsInserted);
        EntryQuery query;
        query.pageSize = 500;
        c.model.setQuery(query);
        QVERIFY(loadAll(c.model));
        qInfo() << "media entries reached:" << c.model.rowCount();
        for (qsizetype i = 0; i < inserted.size(); ++i) {
            QCOMPARE(inserted.at(i).at(1).toInt(), int(i) * 500);
            if (i + 1 < inserted.size())
                QCOMPARE(inserted.at(i).at(2).toInt(), int(i) * 500 + 499);
        }
        const qint64 total = serverList({}).second;
        QVERIFY2(total > 10000, "the library must be larger than the server's window");
        QCOMPARE(qint64(c.model.rowCount()), total);
        QCOMPARE(c.model.totalCount(), total);
        QSet<QString> ids;
        for (int row = 0; row < c.model.rowCount(); ++row) {
            ids.insert(c.model.entryAt(row).id);
            if (row > 0)
                QVERIFY(c.model.entryAt(row - 1).createdAt >= c.model.entryAt(row).createdAt);
        }
        QCOMPARE(qint64(ids.size()), total);
        QVERIFY(!c.model.canFetchMore({}));
        QVERIFY(!c.model.isLimited());
    }

    void repliesOfAnOldQueryAreDropped()
    {
        Checked c(&m_client);
        QSignalSpy inserted(&c.model, &QAbstractItemModel::rowsInserted);
        // The first list call is slow; the query changes while it is under way.
        QVERIFY(m_http.faults(QJsonObject {{u"rules"_s,
            QJsonArray {QJsonObject {
                {u"match"_s, u"baseEntry.list"_s}, {u"times"_s, 1}, {u"delayMs"_s, 1500}}}}}));
        EntryQuery videos;
        videos.mediaTypes = {MediaType::Video};
        c.model.setQuery(videos);
        EntryQuery images;
        images.mediaTypes = {MediaType::Image};
        c.model.setQuery(images);
        QVERIFY(waitLoaded(c.model));
        QTest::qWait(2000); // the slow answer would have come by now
        QCOMPARE(inserted.size(), 1);
        QVERIFY(c.model.rowCount() > 0);
        for (int row = 0; row < c.model.rowCount(); ++row)
            QCOMPARE(c.model.entryAt(row).mediaType, MediaType::Image);
        QCOMPARE(c.model.totalCount(), serverList({{u"mediaTypeIn"_s, u"2"_s}}).second);
    }

    void sortsOnTheServer_data()
    {
        QTest::addColumn<int>("column");
        QTest::addColumn<int>("order");
        QTest::addColumn<QString>("orderBy");
        QTest::newRow("name asc") << int(EntryListModel::NameColumn) << int(Qt::AscendingOrder)
                                  << u"+name"_s;
        QTest::newRow("name desc")
            << int(EntryListModel::NameColumn) << int(Qt::DescendingOrder) << u"-name"_s;
        QTest::newRow("type") << int(EntryListModel::TypeColumn) << int(Qt::AscendingOrder)
                              << u"+mediaType"_s;
        QTest::newRow("duration") << int(EntryListModel::DurationColumn) << int(Qt::DescendingOrder)
                                  << u"-duration"_s;
        QTest::newRow("plays") << int(EntryListModel::PlaysColumn) << int(Qt::DescendingOrder)
                               << u"-plays"_s;
        QTest::newRow("created asc")
            << int(EntryListModel::CreatedColumn) << int(Qt::AscendingOrder) << u"+createdAt"_s;
        QTest::newRow("updated") << int(EntryListModel::UpdatedColumn) << int(Qt::DescendingOrder)
                                 << u"-updatedAt"_s;
    }

    void sortsOnTheServer()
    {
        QFETCH(int, column);
        QFETCH(int, order);
        QFETCH(QString, orderBy);
        Checked c(&m_client);
        EntryQuery query;
        query.pageSize = 100;
        c.model.setQuery(query);
        QVERIFY(waitLoaded(c.model));
        QSignalSpy reset(&c.model, &QAbstractItemModel::modelReset);
        c.model.sort(column, Qt::SortOrder(order));
        QCOMPARE(reset.size(), 1);
        QVERIFY(waitLoaded(c.model));
        QCOMPARE(c.model.sortColumn(), column);
        QCOMPARE(int(c.model.sortOrder()), order);
        const auto [ids, total] = serverList({{u"orderBy"_s, orderBy}});
        QCOMPARE(modelIds(c.model, 100), ids);
        QCOMPARE(c.model.totalCount(), total);
        // Past the window only the time orders reach everything.
        const bool timeOrder
            = column == EntryListModel::CreatedColumn || column == EntryListModel::UpdatedColumn;
        QCOMPARE(c.model.isLimited(), !timeOrder && total > 10000);
    }

    void unsortableColumnsAreIgnored()
    {
        Checked c(&m_client);
        EntryQuery query;
        query.pageSize = 50;
        c.model.setQuery(query);
        QVERIFY(waitLoaded(c.model));
        QSignalSpy reset(&c.model, &QAbstractItemModel::modelReset);
        for (const int column : {EntryListModel::ThumbnailColumn, EntryListModel::IdColumn,
                 EntryListModel::StatusColumn}) {
            QVERIFY(!EntryListModel::isSortable(column));
            c.model.sort(column, Qt::AscendingOrder);
        }
        QCOMPARE(reset.size(), 0);
        QVERIFY(!c.model.isLoading());
        QCOMPARE(c.model.sortColumn(), int(EntryListModel::CreatedColumn));
    }

    void filtersMatchTheServer_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("free text") << u"freeText"_s;
        QTest::newRow("media type") << u"mediaType"_s;
        QTest::newRow("status") << u"status"_s;
        QTest::newRow("created range") << u"created"_s;
        QTest::newRow("updated range") << u"updated"_s;
        QTest::newRow("category") << u"category"_s;
        QTest::newRow("tags") << u"tags"_s;
    }

    void filtersMatchTheServer()
    {
        QFETCH(QString, name);
        // Values taken from the library itself, so that every filter matches something.
        QJsonObject sample;
        const QJsonArray some = m_http
                                    .call(u"baseEntry"_s, u"list"_s,
                                        {{u"ks"_s, m_client.ks()},
                                            {u"filter"_s,
                                                QJsonObject {{u"statusIn"_s, kConsoleStatuses},
                                                    {u"mediaTypeIn"_s, kConsoleMediaTypes}}},
                                            {u"pager"_s, QJsonObject {{u"pageSize"_s, 200}}}})
                                    .object()
                                    .value(u"objects"_s)
                                    .toArray();
        for (const QJsonValue &v : some) {
            const QJsonObject o = v.toObject();
            if (!o.value(u"tags"_s).toString().isEmpty()
                && !o.value(u"categoriesIds"_s).toString().isEmpty()) {
                sample = o;
                break;
            }
        }
        QVERIFY(!sample.isEmpty());
        const QJsonObject categories
            = m_http.call(u"category"_s, u"list"_s, {{u"ks"_s, m_client.ks()}}).object();
        const qint64 categoryId = qint64(
            categories.value(u"objects"_s).toArray().at(0).toObject().value(u"id"_s).toDouble());
        QVERIFY(categoryId > 0);
        const QString tag = sample.value(u"tags"_s).toString().split(u',').first().trimmed();
        const qint64 created = qint64(sample.value(u"createdAt"_s).toDouble());
        const qint64 updated = qint64(sample.value(u"updatedAt"_s).toDouble());
        const QString word = sample.value(u"name"_s).toString().split(u' ').first();

        EntryQuery query;
        query.pageSize = 200;
        QJsonObject filter;
        std::function<bool(const minikmc::entries::Entry &)> holds;
        if (name == u"freeText") {
            query.freeText = word;
            filter = {{u"freeText"_s, word}};
            holds = [word](const minikmc::entries::Entry &e) {
                return (e.name + e.description + e.tags.join(u' ') + e.id + e.referenceId)
                    .contains(word, Qt::CaseInsensitive);
            };
        } else if (name == u"mediaType") {
            query.mediaTypes = {MediaType::Audio, MediaType::Image};
            filter = {{u"mediaTypeIn"_s, u"5,2"_s}};
            holds = [](const minikmc::entries::Entry &e) {
                return e.mediaType == MediaType::Audio || e.mediaType == MediaType::Image;
            };
        } else if (name == u"status") {
            query.statuses = {EntryStatus::ErrorConverting, EntryStatus::ErrorImporting};
            filter = {{u"statusIn"_s, u"-1,-2"_s}};
            holds = [](const minikmc::entries::Entry &e) {
                return e.status == EntryStatus::ErrorConverting
                    || e.status == EntryStatus::ErrorImporting;
            };
        } else if (name == u"created") {
            query.createdFrom = QDateTime::fromSecsSinceEpoch(created - 30 * 86400, Qt::UTC);
            query.createdTo = QDateTime::fromSecsSinceEpoch(created, Qt::UTC);
            filter = {{u"createdAtGreaterThanOrEqual"_s, double(created - 30 * 86400)},
                {u"createdAtLessThanOrEqual"_s, double(created)}};
            holds = [query](const minikmc::entries::Entry &e) {
                return e.createdAt >= query.createdFrom && e.createdAt <= query.createdTo;
            };
        } else if (name == u"updated") {
            query.updatedFrom = QDateTime::fromSecsSinceEpoch(updated - 30 * 86400, Qt::UTC);
            query.updatedTo = QDateTime::fromSecsSinceEpoch(updated, Qt::UTC);
            filter = {{u"updatedAtGreaterThanOrEqual"_s, double(updated - 30 * 86400)},
                {u"updatedAtLessThanOrEqual"_s, double(updated)}};
            holds = [query](const minikmc::entries::Entry &e) {
                return e.updatedAt >= query.updatedFrom && e.updatedAt <= query.updatedTo;
            };
        } else if (name == u"category") {
            query.categoryIds = {QString::number(categoryId)};
            filter = {{u"categoriesIdsMatchOr"_s, QString::number(categoryId)}};
            // Entries of the category or of one below it.
            QSet<QString> inside;
            for (const QJsonValue &v : categories.value(u"objects"_s).toArray()) {
                const QStringList path = v.toObject().value(u"fullIds"_s).toString().split(u'>');
                if (path.contains(QString::number(categoryId)))
                    inside.insert(QString::number(qint64(v.toObject().value(u"id"_s).toDouble())));
            }
            holds = [inside](const minikmc::entries::Entry &e) {
                return std::any_of(e.categoryIds.cbegin(), e.categoryIds.cend(),
                    [&inside](const QString &id) { return inside.contains(id); });
            };
        } else {
            query.tags = {tag};
            filter = {{u"tagsMultiLikeOr"_s, tag}};
            holds = [tag](const minikmc::entries::Entry &e) {
                return e.tags.join(u',').contains(tag, Qt::CaseInsensitive);
            };
        }
        filter.insert(u"orderBy"_s, u"-createdAt"_s);
        const auto [ids, total] = serverList(filter, 200);
        QVERIFY2(total > 0, "the filter must match some entries");
        QVERIFY2(total < serverList({}).second, "the filter must leave some entries out");

        Checked c(&m_client);
        c.model.setQuery(query);
        QVERIFY(waitLoaded(c.model));
        QCOMPARE(c.model.totalCount(), total);
        QCOMPARE(modelIds(c.model, 200), ids);
        for (int row = 0; row < c.model.rowCount(); ++row)
            QVERIFY2(holds(c.model.entryAt(row)), qPrintable(c.model.entryAt(row).id));
    }

    void errorsAreStateAndRetryRecovers()
    {
        Checked c(&m_client);
        const QString goodKs = m_client.ks();
        m_client.setKs(u"not-a-ks"_s); // no renewer: the list fails with the session error
        QSignalSpy errors(&c.model, &EntryListModel::errorTextChanged);
        EntryQuery query;
        query.pageSize = 50;
        c.model.setQuery(query);
        QVERIFY(waitLoaded(c.model));
        QCOMPARE(c.model.rowCount(), 0);
        QVERIFY(!c.model.errorText().isEmpty());
        QVERIFY2(c.model.errorText().contains(u"INVALID_KS"_s), qPrintable(c.model.errorText()));
        QCOMPARE(errors.size(), 1);
        QVERIFY(!c.model.canFetchMore({})); // no retry loop through the view

        m_client.setKs(goodKs);
        c.model.retry();
        QVERIFY(waitLoaded(c.model));
        QVERIFY(c.model.errorText().isEmpty());
        QCOMPARE(c.model.rowCount(), 50);
        QCOMPARE(errors.size(), 2);
    }

    void removedEntriesLeaveTheRows()
    {
        Checked c(&m_client);
        EntryQuery query;
        query.pageSize = 20;
        c.model.setQuery(query);
        QVERIFY(waitLoaded(c.model));
        const qint64 total = c.model.totalCount();
        const QStringList before = modelIds(c.model, 20);
        QSignalSpy removed(&c.model, &QAbstractItemModel::rowsRemoved);
        c.model.removeEntries({before.at(7), before.at(2), before.at(3), u"0_unknown"_s});
        QCOMPARE(removed.size(), 2); // rows 7, then 2..3
        QCOMPARE(removed.at(0).at(1).toInt(), 7);
        QCOMPARE(removed.at(1).at(1).toInt(), 2);
        QCOMPARE(removed.at(1).at(2).toInt(), 3);
        QCOMPARE(c.model.rowCount(), 17);
        QCOMPARE(c.model.totalCount(), total - 3);
        QStringList expected = before;
        expected.removeAt(7);
        expected.removeAt(3);
        expected.removeAt(2);
        QCOMPARE(modelIds(c.model, 17), expected);
        for (int row = 0; row < 17; ++row)
            QCOMPARE(c.model.rowOfEntry(expected.at(row)), row);
        QCOMPARE(c.model.rowOfEntry(before.at(2)), -1);
    }

    void thumbnailsLoadLazilyOneCellEach()
    {
        QTemporaryDir cacheDir;
        ThumbnailCache cache(&m_client, cacheDir.path());
        Checked c(&m_client, &cache);
        EntryQuery query;
        query.pageSize = 100;
        c.model.setQuery(query);
        QVERIFY(waitLoaded(c.model));
        QSignalSpy changed(&c.model, &QAbstractItemModel::dataChanged);
        // Five rows are "on screen": only they are asked for.
        for (int row = 0; row < 5; ++row) {
            const QModelIndex cell = c.model.index(row, EntryListModel::ThumbnailColumn);
            QVERIFY(cell.data(Qt::DecorationRole).isNull());
        }
        QVERIFY(QTest::qWaitFor([&] { return changed.size() >= 5; }, 20000));
        QTest::qWait(300);
        QCOMPARE(changed.size(), 5);
        QSet<int> rows;
        for (const QList<QVariant> &signal : std::as_const(changed)) {
            const auto topLeft = signal.at(0).value<QModelIndex>();
            const auto bottomRight = signal.at(1).value<QModelIndex>();
            QCOMPARE(topLeft, bottomRight);
            QCOMPARE(topLeft.column(), int(EntryListModel::ThumbnailColumn));
            QCOMPARE(signal.at(2).value<QList<int>>(), QList<int> {Qt::DecorationRole});
            rows.insert(topLeft.row());
        }
        QCOMPARE(rows, (QSet<int> {0, 1, 2, 3, 4}));
        QCOMPARE(cache.stats().networkLoads, 5);
        const QPixmap picture = c.model.index(0, EntryListModel::ThumbnailColumn)
                                    .data(Qt::DecorationRole)
                                    .value<QPixmap>();
        QCOMPARE(picture.size(), QSize(64, 36));

        // A new cache on the same directory (the next start of the app) reads them from disk.
        ThumbnailCache second(&m_client, cacheDir.path());
        Checked d(&m_client, &second);
        d.model.setQuery(query);
        QVERIFY(waitLoaded(d.model));
        QSignalSpy secondChanged(&d.model, &QAbstractItemModel::dataChanged);
        for (int row = 0; row < 5; ++row)
            d.model.index(row, EntryListModel::ThumbnailColumn).data(Qt::DecorationRole);
        QVERIFY(QTest::qWaitFor([&] { return secondChanged.size() >= 5; }, 10000));
        QCOMPARE(second.stats().diskHits, 5);
        QCOMPARE(second.stats().networkLoads, 0);
        QVERIFY(second.diskCacheSize() > 0);
    }

    void thumbnailsCarryTheKsWhenAccessControlWantsIt()
    {
        QVERIFY(m_http.faults(QJsonObject {{u"deliveryRequiresKs"_s, true}}));
        ThumbnailCache cache(&m_client, QString());
        Checked c(&m_client, &cache);
        EntryQuery query;
        query.pageSize = 20;
        c.model.setQuery(query);
        QVERIFY(waitLoaded(c.model));
        QSignalSpy changed(&c.model, &QAbstractItemModel::dataChanged);
        c.model.index(0, EntryListModel::ThumbnailColumn).data(Qt::DecorationRole);
        QVERIFY(QTest::qWaitFor([&] { return changed.size() == 1; }, 20000));
        QVERIFY(!c.model.index(0, EntryListModel::ThumbnailColumn)
                     .data(Qt::DecorationRole)
                     .value<QPixmap>()
                     .isNull());
        QCOMPARE(cache.stats().retriedWithKs, 1);
        QVERIFY(cache.usesKs());
        // Later pictures carry the KS from the start: no second refusal.
        c.model.index(1, EntryListModel::ThumbnailColumn).data(Qt::DecorationRole);
        QVERIFY(QTest::qWaitFor([&] { return changed.size() == 2; }, 20000));
        QCOMPARE(cache.stats().retriedWithKs, 1);
        QCOMPARE(cache.stats().failures, 0);
        QCOMPARE(cache.stats().networkLoads, 2);
    }
};

QTEST_MAIN(TestEntryListModel)
#include "tst_entrylistmodel.moc"
