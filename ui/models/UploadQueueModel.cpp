// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/UploadQueueModel.h"

#include "Colors.h"
#include "upload/UploadQueue.h"

#include <QApplication>
#include <QDateTime>
#include <QDir>
#include <QLocale>
#include <QPalette>

using namespace Qt::StringLiterals;
using namespace minikmc::upload;

namespace minikmc::ui {

UploadQueueModel::UploadQueueModel(UploadQueue *queue, QObject *parent)
    : QAbstractTableModel(parent)
    , m_queue(queue)
{
    m_refresh.setInterval(kRefreshMs);
    connect(&m_refresh, &QTimer::timeout, this, &UploadQueueModel::flush);
    connect(queue, &UploadQueue::jobAboutToBeAdded, this, [this] {
        const int row = int(m_queue->jobs().size());
        beginInsertRows({}, row, row);
    });
    connect(queue, &UploadQueue::jobAdded, this, [this] { endInsertRows(); });
    connect(queue, &UploadQueue::jobAboutToBeRemoved, this, [this](UploadJob *job) {
        const int row = m_queue->indexOf(job);
        if (row < 0)
            return;
        m_dirty.remove(job);
        beginRemoveRows({}, row, row);
        m_removing = true;
    });
    connect(queue, &UploadQueue::jobRemoved, this, [this] {
        if (std::exchange(m_removing, false))
            endRemoveRows();
    });
    // A new state shows at once; progress at most every kRefreshMs.
    connect(queue, &UploadQueue::jobStateChanged, this, [this](UploadJob *job) {
        const int row = m_queue->indexOf(job);
        if (row >= 0)
            Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    });
    connect(queue, &UploadQueue::jobChanged, this, [this](UploadJob *job) {
        m_dirty.insert(job);
        if (!m_refresh.isActive())
            m_refresh.start();
    });
}

int UploadQueueModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_queue->jobs().size());
}

int UploadQueueModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

UploadJob *UploadQueueModel::jobAt(int row) const
{
    const auto jobs = m_queue->jobs();
    return row >= 0 && row < jobs.size() ? jobs.at(row) : nullptr;
}

QString UploadQueueModel::sizeText(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

QString UploadQueueModel::durationText(qint64 seconds)
{
    if (seconds >= 3600)
        return tr("%1:%2:%3")
            .arg(seconds / 3600)
            .arg(seconds / 60 % 60, 2, 10, QChar(u'0'))
            .arg(seconds % 60, 2, 10, QChar(u'0'));
    return tr("%1:%2").arg(seconds / 60).arg(seconds % 60, 2, 10, QChar(u'0'));
}

namespace {

double progressOf(const UploadJob *job)
{
    const qint64 size = job->record().identity.size;
    if (job->state() == UploadState::Done)
        return 1.0;
    return size > 0 ? double(job->bytesSent()) / double(size) : 0.0;
}

QString stateLine(const UploadJob *job)
{
    const UploadRecord &r = job->record();
    switch (r.state) {
    case UploadState::Retrying: {
        const qint64 in
            = std::max<qint64>(0, QDateTime::currentDateTimeUtc().secsTo(job->retryAt()));
        return UploadQueueModel::tr("Retrying in %n s", nullptr, int(in));
    }
    case UploadState::Failed:
        return UploadQueueModel::tr("Failed: %1").arg(r.error);
    case UploadState::Done:
        return r.metadataPending() || !r.error.isEmpty()
            ? UploadQueueModel::tr("Done (%1)").arg(r.error)
            : stateText(r.state);
    default:
        return stateText(r.state);
    }
}

} // namespace

QVariant UploadQueueModel::data(const QModelIndex &index, int role) const
{
    const UploadJob *job = jobAt(index.row());
    if (!job || index.column() < 0 || index.column() >= ColumnCount)
        return {};
    const UploadRecord &r = job->record();
    switch (role) {
    case JobRole:
        return QVariant::fromValue(const_cast<UploadJob *>(job));
    case ProgressRole:
        return progressOf(job);
    case StateRole:
        return int(r.state);
    case ErrorRole:
        return r.error;
    case Qt::ToolTipRole: {
        QStringList lines {QDir::toNativeSeparators(r.filePath)};
        if (!r.entryId.isEmpty())
            lines.append(tr("Entry %1").arg(r.entryId));
        lines.append(
            tr("%1 of %2 on the server").arg(sizeText(r.bytesDone), sizeText(r.identity.size)));
        if (job->retries() > 0)
            lines.append(tr("Retried %n times", nullptr, job->retries()));
        if (!r.error.isEmpty())
            lines.append(r.error);
        return lines.join(u'\n');
    }
    case Qt::TextAlignmentRole:
        if (index.column() == Size || index.column() == Speed || index.column() == TimeLeft)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ForegroundRole:
        if (index.column() == State && r.state == UploadState::Failed)
            return colors::toneFor(colors::Tone::Bad);
        if (index.column() == Entry && r.entryId.isEmpty())
            return QApplication::palette().color(QPalette::Disabled, QPalette::Text);
        return {};
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (index.column()) {
    case File:
        return r.metadata.name.isEmpty() ? r.fileName() : r.metadata.name;
    case Entry:
        return r.entryId.isEmpty() ? tr("—") : r.entryId;
    case Size:
        return sizeText(r.identity.size);
    case Progress:
        return tr("%1 %").arg(int(progressOf(job) * 100));
    case Speed: {
        const double speed = job->bytesPerSecond();
        return speed > 0 ? tr("%1/s").arg(sizeText(qint64(speed))) : QString();
    }
    case TimeLeft: {
        const double speed = job->bytesPerSecond();
        if (speed <= 0 || r.state != UploadState::Uploading)
            return {};
        return durationText(qint64(double(r.identity.size - job->bytesAcknowledged()) / speed));
    }
    case State:
        return stateLine(job);
    default:
        return {};
    }
}

QVariant UploadQueueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case File:
        return tr("File");
    case Entry:
        return tr("Entry");
    case Size:
        return tr("Size");
    case Progress:
        return tr("Progress");
    case Speed:
        return tr("Speed");
    case TimeLeft:
        return tr("Time Left");
    case State:
        return tr("State");
    default:
        return {};
    }
}

void UploadQueueModel::flush()
{
    bool retrying = false;
    for (UploadJob *job : std::as_const(m_dirty)) {
        const int row = m_queue->indexOf(job);
        if (row >= 0)
            Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    }
    m_dirty.clear();
    // "Retrying in N s" counts down without news from the job.
    const auto jobs = m_queue->jobs();
    for (int row = 0; row < jobs.size(); ++row) {
        if (jobs.at(row)->state() == UploadState::Retrying) {
            retrying = true;
            Q_EMIT dataChanged(index(row, State), index(row, State));
        }
    }
    if (!retrying)
        m_refresh.stop();
}

} // namespace minikmc::ui
