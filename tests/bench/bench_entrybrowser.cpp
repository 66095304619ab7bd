// SPDX-License-Identifier: GPL-3.0-or-later
// Entry browser benchmark (issue 5), run by scripts/bench on a seeded sandbox library:
//   1. time to the first page SHOWN (query set → rows inserted → the table painted them) as a
//      ratio to a raw baseEntry.list of the same page (same filter and size, request → parsed
//      JSON) on its own QNetworkAccessManager; the median of several alternating rounds;
//   2. the longest main-thread stall while scrolling through the whole library at 60 steps a
//      second (a 2 ms probe timer measures how late the event loop serves it), against 50 ms;
//   3. the process's RSS after the whole library was scrolled through (every row loaded,
//      thumbnails of the rows on screen loaded), against 200 MiB.
// The scroll checks its result: every entry the server counts is in the model, once.
// usage: bench_entrybrowser [--seed N] [--rounds R] [--step-ms S]
#include "SandboxHttp.h"
#include "SandboxProcess.h"
#include "api/Client.h"
#include "models/EntryListModel.h"
#include "models/ThumbnailCache.h"
#include "views/LibraryView.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QScrollBar>
#include <QSet>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <algorithm>
#include <cstdio>

using namespace Qt::StringLiterals;
using minikmc::entries::EntryQuery;
using minikmc::test::SandboxHttp;
using minikmc::test::SandboxProcess;
using minikmc::ui::EntryListModel;
using minikmc::ui::LibraryView;
using minikmc::ui::ThumbnailCache;

namespace {

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    return n % 2 ? values.at(n / 2) : (values.at(n / 2 - 1) + values.at(n / 2)) / 2;
}

qint64 rssKiB()
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    }
    return -1;
}

/// The moment a widget has painted while a condition held (the paint itself included).
class PaintWatch final : public QObject {
public:
    std::function<bool()> condition;
    QElapsedTimer *clock = nullptr;
    double paintedAtMs = -1;
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() != QEvent::Paint || !clock || paintedAtMs >= 0 || !condition())
            return false;
        // Let the paint happen, then take the time.
        watched->removeEventFilter(this);
        QCoreApplication::sendEvent(watched, event);
        watched->installEventFilter(this);
        paintedAtMs = clock->nsecsElapsed() / 1e6;
        return true;
    }
};

/// Runs the event loop until done() holds (checked after every event batch, without the 10 ms
/// naps of QTest::qWaitFor, which would blur the timings).
bool spinUntil(const std::function<bool()> &done, int timeoutMs)
{
    QElapsedTimer t;
    t.start();
    while (!done()) {
        if (t.elapsed() > timeoutMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 5);
    }
    return true;
}

/// Main-thread responsiveness: a timer due every intervalMs; the longest lateness seen.
class StallProbe final : public QObject {
public:
    explicit StallProbe(int intervalMs)
        : m_interval(intervalMs)
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(intervalMs);
        connect(&m_timer, &QTimer::timeout, this, [this] {
            const double stall = m_clock.nsecsElapsed() / 1e6 - m_interval;
            m_clock.restart();
            m_longest = std::max(m_longest, stall);
            if (stall > 20)
                ++m_over20;
        });
    }
    void start()
    {
        m_longest = 0;
        m_over20 = 0;
        m_clock.start();
        m_timer.start();
    }
    void stop() { m_timer.stop(); }
    double longestStallMs() const { return m_longest; }
    int stallsOver20Ms() const { return m_over20; }

private:
    int m_interval;
    QTimer m_timer;
    QElapsedTimer m_clock;
    double m_longest = 0;
    int m_over20 = 0;
};

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption seedOption(u"seed"_s, u"library size"_s, u"N"_s, u"100000"_s);
    const QCommandLineOption roundsOption(u"rounds"_s, u"first-page rounds"_s, u"R"_s, u"7"_s);
    const QCommandLineOption stepOption(u"step-ms"_s, u"scroll step interval"_s, u"MS"_s, u"16"_s);
    parser.addOptions({seedOption, roundsOption, stepOption});
    parser.process(app);
    const int rounds = parser.value(roundsOption).toInt();
    const int stepMs = parser.value(stepOption).toInt();

    QTemporaryDir dir;
    SandboxProcess sandbox;
    QElapsedTimer seedClock;
    seedClock.start();
    if (!sandbox.start(dir.filePath(u"data"_s), {u"--seed"_s, parser.value(seedOption)})) {
        std::fprintf(stderr, "sandbox: %s\n", qPrintable(sandbox.error()));
        return 1;
    }
    std::fprintf(stderr, "sandbox seeded with %s entries in %.1f s\n",
        qPrintable(parser.value(seedOption)), seedClock.elapsed() / 1000.0);
    SandboxHttp http(sandbox);
    minikmc::api::Client client;
    client.setServiceUrl(sandbox.serviceUrl());
    client.setKs(http.startSession(2));

    ThumbnailCache thumbnails(&client, dir.filePath(u"thumbnails"_s));
    EntryListModel model(&client, &thumbnails);
    LibraryView view(&model);
    view.resize(1000, 700);
    view.show();
    if (!QTest::qWaitForWindowExposed(&view))
        return 1;
    QTableView *table = view.tableView();
    PaintWatch paintWatch;
    table->viewport()->installEventFilter(&paintWatch);

    EntryQuery query;
    query.pageSize = 100;
    QNetworkAccessManager raw;
    const QJsonObject rawBody {{u"format"_s, 1}, {u"ks"_s, client.ks()},
        {u"filter"_s, query.filter().toJson()},
        {u"pager"_s,
            QJsonObject {{u"objectType"_s, u"KalturaFilterPager"_s}, {u"pageSize"_s, 100},
                {u"pageIndex"_s, 1}}}};
    const QByteArray rawJson = QJsonDocument(rawBody).toJson(QJsonDocument::Compact);

    // 1. First page shown vs the raw call, alternating, median of each.
    QList<double> shownMs;
    QList<double> insertedMs;
    QList<double> rawMs;
    for (int round = 0; round < rounds; ++round) {
        QElapsedTimer t;
        t.start();
        QNetworkRequest request(
            QUrl(sandbox.serviceUrl() + u"/api_v3/service/baseEntry/action/list"_s));
        request.setHeader(QNetworkRequest::ContentTypeHeader, "application/json"_ba);
        QNetworkReply *reply = raw.post(request, rawJson);
        QJsonDocument parsed;
        QObject::connect(reply, &QNetworkReply::finished, reply, [&] {
            parsed = QJsonDocument::fromJson(reply->readAll());
            rawMs.append(t.nsecsElapsed() / 1e6);
        });
        if (!spinUntil([reply] { return reply->isFinished(); }, 30000))
            return 1;
        reply->deleteLater();
        if (parsed.object().value(u"objects"_s).toArray().size() != 100) {
            std::fprintf(stderr, "raw call did not return a page of 100\n");
            return 1;
        }

        t.restart();
        const auto inserted = QObject::connect(&model, &QAbstractItemModel::rowsInserted, &model,
            [&] { insertedMs.append(t.nsecsElapsed() / 1e6); });
        paintWatch.paintedAtMs = -1;
        paintWatch.clock = &t;
        paintWatch.condition = [&model] { return model.rowCount() == 100; };
        model.setQuery(query);
        const bool shown = spinUntil([&] { return paintWatch.paintedAtMs >= 0; }, 30000);
        shownMs.append(paintWatch.paintedAtMs);
        paintWatch.clock = nullptr;
        QObject::disconnect(inserted);
        if (!shown) {
            std::fprintf(stderr, "the model did not show the first page\n");
            return 1;
        }
    }
    const double firstPageRatio = median(shownMs) / median(rawMs);

    // 2 and 3. Scroll through everything, a page-step every stepMs, with the app's page size.
    model.setQuery(EntryQuery());
    if (!QTest::qWaitFor([&] { return model.rowCount() > 0; }, 30000))
        return 1;
    StallProbe probe(2);
    QScrollBar *bar = table->verticalScrollBar();
    QTimer scroller;
    scroller.setInterval(stepMs);
    QObject::connect(&scroller, &QTimer::timeout, &scroller,
        [&] { bar->setValue(std::min(bar->maximum(), bar->value() + bar->pageStep())); });
    QElapsedTimer scrollClock;
    scrollClock.start();
    probe.start();
    scroller.start();
    const bool done = QTest::qWaitFor(
        [&] { return model.atEnd() && !model.isLoading() && bar->value() == bar->maximum(); },
        30 * 60 * 1000);
    scroller.stop();
    probe.stop();
    const double scrollSeconds = scrollClock.elapsed() / 1000.0;
    QTest::qWait(500); // thumbnails of the last screen
    const qint64 rss = rssKiB();

    QSet<QString> ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids.insert(model.entryAt(row).id);
    const bool complete
        = done && ids.size() == model.rowCount() && qint64(ids.size()) == model.totalCount();

    std::printf("first page shown / raw baseEntry.list of the same page: %.2f (median of %d; "
                "%.1f ms vs %.1f ms; rows in the model after %.1f ms)\n",
        firstPageRatio, rounds, median(shownMs), median(rawMs), median(insertedMs));
    std::printf("longest main-thread stall while scrolling / 50 ms: %.2f (%.1f ms; %d stalls "
                "over 20 ms)\n",
        probe.longestStallMs() / 50.0, probe.longestStallMs(), probe.stallsOver20Ms());
    std::printf("RSS after scrolling the whole library / 200 MiB: %.2f (%.1f MiB, %d rows)\n",
        rss / 1024.0 / 200.0, rss / 1024.0, model.rowCount());
    std::printf("scrolled %d rows in %.1f s; thumbnails: %d loaded, %d failed; complete: %s\n",
        model.rowCount(), scrollSeconds, thumbnails.stats().networkLoads,
        thumbnails.stats().failures, complete ? "yes" : "NO");
    return complete ? 0 : 1;
}
