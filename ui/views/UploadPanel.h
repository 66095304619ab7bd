// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "views/EntryEditor.h"

#include <QWidget>

class QLabel;
class QStackedWidget;
class QToolButton;
class QTreeView;

namespace minikmc::upload {
class UploadJob;
class UploadQueue;
} // namespace minikmc::upload

namespace minikmc::ui {

class EmptyState;
class UploadQueueModel;

/// The Uploads dock: the queue as a table with a progress bar per file, a summary line, and
/// Pause, Resume, Cancel and Retry for the selected uploads or for all of them. Double-click (or
/// Edit Details…) opens an upload's sheet; Show Entry selects its entry in the library.
class UploadPanel final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UploadPanel)

public:
    explicit UploadPanel(upload::UploadQueue *queue, QWidget *parent = nullptr);

    UploadQueueModel *model() const { return m_model; }
    QTreeView *view() const { return m_view; }
    void setCategories(const QList<EntryEditor::CategoryChoice> &categories);
    /// "2 uploading · 41 % of 3.2 GB", or empty when nothing is going on.
    QString summary() const;
    /// Over the unfinished uploads (and those finished in the current batch); -1 when none.
    int overallPercent() const;

Q_SIGNALS:
    void addFilesRequested();
    void showEntryRequested(const QString &entryId);
    /// The summary or the overall progress changed.
    void summaryChanged();

private:
    QList<upload::UploadJob *> selectedJobs() const;
    void updateActions();
    void showMenu(const QPoint &pos);
    void editDetails(upload::UploadJob *job);
    void cancelJobs(const QList<upload::UploadJob *> &jobs);
    void retry(upload::UploadJob *job);

    upload::UploadQueue *m_queue;
    UploadQueueModel *m_model;
    QStackedWidget *m_stack;
    EmptyState *m_empty;
    QTreeView *m_view;
    QLabel *m_summary;
    QToolButton *m_pause;
    QToolButton *m_resume;
    QToolButton *m_cancel;
    QToolButton *m_retry;
    QToolButton *m_clear;
    QList<EntryEditor::CategoryChoice> m_categories;
};

} // namespace minikmc::ui
