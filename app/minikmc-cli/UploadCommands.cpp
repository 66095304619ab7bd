// SPDX-License-Identifier: GPL-3.0-or-later
#include "UploadCommands.h"

#include "Cli.h"
#include "api/Client.h"
#include "upload/UploadJournal.h"
#include "upload/UploadQueue.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTimer>

#include <atomic>
#include <csignal>

using namespace Qt::StringLiterals;
using namespace minikmc::upload;

namespace minikmc::cli {

namespace {

std::atomic_bool g_interrupted {false};

extern "C" void onInterrupt(int)
{
    g_interrupted = true;
}

QJsonObject recordJson(const UploadRecord &r)
{
    QJsonObject o {{u"file"_s, r.filePath}, {u"entryId"_s, r.entryId},
        {u"uploadTokenId"_s, r.tokenId}, {u"size"_s, double(r.identity.size)},
        {u"status"_s, stateName(r.state)}, {u"bytesDone"_s, double(r.bytesDone)}};
    if (r.id > 0)
        o.insert(u"id"_s, double(r.id));
    if (!r.error.isEmpty())
        o.insert(u"error"_s, r.error);
    if (!r.errorCode.isEmpty())
        o.insert(u"code"_s, r.errorCode);
    if (r.canRestart)
        o.insert(u"canRestart"_s, true);
    return o;
}

QString duration(qint64 seconds)
{
    return seconds >= 3600 ? u"%1:%2:%3"_s.arg(seconds / 3600)
                                 .arg(seconds / 60 % 60, 2, 10, QChar(u'0'))
                                 .arg(seconds % 60, 2, 10, QChar(u'0'))
                           : u"%1:%2"_s.arg(seconds / 60).arg(seconds % 60, 2, 10, QChar(u'0'));
}

/// One progress line: files, bytes, percent, speed, ETA and what is waiting for a retry.
QString progressLine(const UploadQueue &queue)
{
    const QList<UploadJob *> jobs = queue.jobs();
    int done = 0;
    double speed = 0;
    QStringList notes;
    for (const UploadJob *job : jobs) {
        if (job->state() == UploadState::Done)
            ++done;
        speed += job->bytesPerSecond();
        if (job->state() == UploadState::Retrying) {
            const qint64 in
                = std::max<qint64>(0, QDateTime::currentDateTimeUtc().secsTo(job->retryAt()));
            notes.append(QCoreApplication::translate("cli", "%1: retrying in %2 s")
                             .arg(job->record().fileName())
                             .arg(in));
        }
    }
    const qint64 total = queue.totalBytes();
    const qint64 sent = queue.sentBytes();
    QString line = QCoreApplication::translate("cli", "%1/%2 files · %3 of %4 (%5 %) · %6/s")
                       .arg(done)
                       .arg(jobs.size())
                       .arg(humanSize(sent), humanSize(total))
                       .arg(total > 0 ? sent * 100 / total : 0)
                       .arg(humanSize(qint64(speed)));
    if (speed > 0)
        line += QCoreApplication::translate("cli", " · %1 left")
                    .arg(duration(qint64(double(total - sent) / speed)));
    if (!notes.isEmpty())
        line += u" · "_s + notes.join(u", "_s);
    return line;
}

UploadQueueSettings settingsFor(const UploadCommandOptions &options)
{
    UploadQueueSettings settings;
    settings.job.workers = options.parallel;
    settings.job.fixedChunkSize = options.chunkSize;
    settings.maxTotalWorkers = std::max(settings.maxTotalWorkers, options.parallel);
    return settings;
}

/// Runs the queue until its batch is over (or Ctrl+C pauses it) and reports every job.
int runQueue(UploadQueue &queue, bool json)
{
    bool interrupted = false;
    QTimer ticker;
    ticker.setInterval(250);
    int tick = 0;
    QObject::connect(&ticker, &QTimer::timeout, &queue, [&] {
        if (g_interrupted && !interrupted) {
            interrupted = true;
            queue.pauseAll();
            QCoreApplication::exit();
            return;
        }
        if (!json && ++tick % 2 == 0)
            err() << u"\r\x1b[K"_s << progressLine(queue) << Qt::flush;
        // Nothing running or waiting any more (e.g. a cancel that could not finish and left its
        // upload paused): the command is over.
        const auto jobs = queue.jobs();
        if (queue.runningCount() == 0
            && std::none_of(jobs.cbegin(), jobs.cend(),
                [](const UploadJob *j) { return j->state() == UploadState::Queued; }))
            QCoreApplication::exit();
    });
    QObject::connect(&queue, &UploadQueue::batchFinished, &queue, [] { QCoreApplication::exit(); });
    QObject::connect(&queue, &UploadQueue::journalError, &queue, [json](const QString &message) {
        if (!json)
            err() << Qt::endl
                  << QCoreApplication::translate("cli",
                         "warning: the upload journal cannot be written (%1); these uploads "
                         "will not resume after a restart")
                         .arg(message)
                  << Qt::endl;
    });
    std::signal(SIGINT, onInterrupt);
    std::signal(SIGTERM, onInterrupt);
    ticker.start();
    if (queue.runningCount() > 0 || queue.unfinishedCount() > 0)
        QCoreApplication::exec();
    ticker.stop();
    std::signal(SIGINT, SIG_DFL);
    std::signal(SIGTERM, SIG_DFL);
    if (!json)
        err() << u"\r\x1b[K"_s << progressLine(queue) << Qt::endl;

    QJsonArray results;
    bool allDone = true;
    for (const UploadJob *job : queue.jobs()) {
        const UploadRecord &r = job->record();
        allDone = allDone && r.state == UploadState::Done;
        if (json) {
            results.append(recordJson(r));
            continue;
        }
        QString line = u"%1\t%2\t%3"_s.arg(r.filePath, r.entryId, stateText(r.state));
        if (!r.error.isEmpty())
            line += u"\t"_s + r.error;
        out() << line << Qt::endl;
    }
    if (json)
        out() << QJsonDocument(results).toJson(QJsonDocument::Compact) << Qt::endl;
    if (interrupted && !json)
        err() << QCoreApplication::translate(
            "cli", "paused; continue with: minikmc-cli uploads --resume")
              << Qt::endl;
    return allDone ? Ok : ApiError;
}

/// The journal for uploads --resume and uploads, which are nothing without it.
bool openJournal(UploadJournal &journal, bool json)
{
    if (journal.open())
        return true;
    printError(json,
        QCoreApplication::translate("cli", "the upload journal %1 cannot be opened: %2")
            .arg(journal.path(), journal.lastError()));
    return false;
}

} // namespace

int upload(api::Client &client, const QStringList &files, const UploadCommandOptions &options)
{
    // Every file is checked before the first byte is sent: a typo loses nothing and queues
    // nothing.
    const QStringList paths = UploadQueue::expandPaths(files);
    QStringList problems;
    for (const QString &path : paths) {
        QString why;
        if (UploadQueue::checkFile(path, &why) == 0)
            problems.append(why);
    }
    if (paths.isEmpty())
        problems.append(QCoreApplication::translate("cli", "no media files were found"));
    if (!problems.isEmpty()) {
        printError(options.json, problems.join(u' '));
        return Usage;
    }
    if (!options.metadata.name.isEmpty() && paths.size() > 1) {
        printError(options.json,
            QCoreApplication::translate("cli", "--name needs exactly one file (got %1)")
                .arg(paths.size()));
        return Usage;
    }
    UploadJournal journal;
    if (!journal.open() && !options.json)
        err() << QCoreApplication::translate("cli",
            "warning: the upload journal %1 cannot be opened (%2); these uploads will "
            "not resume after a restart")
                     .arg(journal.path(), journal.lastError())
              << Qt::endl;
    UploadQueue queue(&client, &journal);
    queue.setSettings(settingsFor(options));
    for (const QString &path : paths) {
        QString why;
        if (!queue.enqueue(path, options.metadata, &why)) {
            printError(options.json, why);
            return Usage;
        }
    }
    return runQueue(queue, options.json);
}

int listUploads(bool json)
{
    UploadJournal journal;
    if (!openJournal(journal, json))
        return ApiError;
    QJsonArray results;
    for (const UploadRecord &r : journal.records()) {
        if (json) {
            QJsonObject o = recordJson(r);
            o.insert(u"account"_s, r.account);
            results.append(o);
            continue;
        }
        const qint64 percent = r.identity.size > 0 ? r.bytesDone * 100 / r.identity.size : 0;
        QString line = u"%1\t%2\t%3\t%4 %\t%5"_s.arg(QString::number(r.id), r.filePath,
            r.entryId.isEmpty() ? u"-"_s : r.entryId, QString::number(percent), stateText(r.state));
        if (!r.error.isEmpty())
            line += u"\t"_s + r.error;
        out() << line << Qt::endl;
    }
    if (json)
        out() << QJsonDocument(results).toJson(QJsonDocument::Compact) << Qt::endl;
    return Ok;
}

int resumeUploads(api::Client &client, const UploadCommandOptions &options)
{
    UploadJournal journal;
    if (!openJournal(journal, options.json))
        return ApiError;
    UploadQueue queue(&client, &journal);
    UploadQueueSettings settings = settingsFor(options);
    settings.resumeOnStart = true;
    queue.setSettings(settings);
    queue.restore();
    // Asked for explicitly: the ones paused by an earlier Ctrl+C continue too.
    queue.resumeAll();
    return runQueue(queue, options.json);
}

} // namespace minikmc::cli
