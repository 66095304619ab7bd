// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractTableModel>
#include <QSet>
#include <QTimer>

namespace minikmc::upload {
class UploadJob;
class UploadQueue;
} // namespace minikmc::upload

namespace minikmc::ui {

/// The upload queue as a table (DESIGN.md "Screens"): file, entry id, size, progress, speed,
/// time left, state. One row per job of the queue, in queue order. Progress, speed and time
/// left are refreshed at most kRefreshMs apart (a job reports much more often), and only for
/// rows that moved.
class UploadQueueModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UploadQueueModel)

public:
    enum Column { File, Entry, Size, Progress, Speed, TimeLeft, State, ColumnCount };
    enum Role {
        JobRole = Qt::UserRole + 1, ///< upload::UploadJob *
        ProgressRole, ///< 0.0 … 1.0
        StateRole, ///< int(upload::UploadState)
        ErrorRole, ///< why it failed, or a warning; empty when none
    };

    explicit UploadQueueModel(upload::UploadQueue *queue, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    upload::UploadJob *jobAt(int row) const;
    upload::UploadQueue *queue() const { return m_queue; }

    static constexpr int kRefreshMs = 500;

    /// "1.4 GB", "12.3 MB/s", "3:05" — also used by the window's summary.
    static QString sizeText(qint64 bytes);
    static QString durationText(qint64 seconds);

private:
    void flush();

    upload::UploadQueue *m_queue;
    QSet<upload::UploadJob *> m_dirty;
    QTimer m_refresh;
    bool m_removing = false;
};

} // namespace minikmc::ui
