// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/UploadPanel.h"

#include "models/UploadQueueModel.h"
#include "upload/UploadQueue.h"
#include "views/EmptyState.h"
#include "views/UploadDetailsDialog.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QPainter>
#include <QPushButton>
#include <QStackedWidget>
#include <QStyledItemDelegate>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;
using namespace minikmc::upload;

namespace minikmc::ui {

namespace {

/// Rows a little taller than text, so that the progress bars are readable.
class RowDelegate : public QStyledItemDelegate {
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QSize size = QStyledItemDelegate::sizeHint(option, index);
        size.setHeight(std::max(size.height(), option.fontMetrics.height() + 10));
        return size;
    }
};

/// The Progress column as a progress bar with the percentage in it, in the style's own look.
class ProgressDelegate final : public RowDelegate {
public:
    using RowDelegate::RowDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
        const QModelIndex &index) const override
    {
        QStyleOptionViewItem item = option;
        initStyleOption(&item, index);
        item.text.clear();
        const QWidget *widget = option.widget;
        QStyle *style = widget ? widget->style() : QApplication::style();
        style->drawControl(QStyle::CE_ItemViewItem, &item, painter, widget);
        QStyleOptionProgressBar bar;
        bar.state = option.state | QStyle::State_Horizontal;
        bar.direction = option.direction;
        bar.rect = option.rect.adjusted(3, 3, -3, -3);
        bar.fontMetrics = option.fontMetrics;
        bar.palette = option.palette;
        bar.minimum = 0;
        bar.maximum = 1000;
        bar.progress = int(index.data(UploadQueueModel::ProgressRole).toDouble() * 1000);
        bar.text = index.data().toString();
        bar.textVisible = true;
        bar.textAlignment = Qt::AlignCenter;
        style->drawControl(QStyle::CE_ProgressBar, &bar, painter, widget);
    }
};

QToolButton *toolButton(const QString &text, const QString &tip, QWidget *parent)
{
    auto *button = new QToolButton(parent);
    button->setText(text);
    button->setToolTip(tip);
    button->setAutoRaise(true);
    return button;
}

} // namespace

UploadPanel::UploadPanel(UploadQueue *queue, QWidget *parent)
    : QWidget(parent)
    , m_queue(queue)
    , m_model(new UploadQueueModel(queue, this))
{
    setObjectName(u"uploadPanel"_s);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 2, 4, 4);
    layout->setSpacing(2);

    auto *bar = new QHBoxLayout;
    auto *add = toolButton(tr("Add Files…"), tr("Choose files to upload (Ctrl+U)"), this);
    connect(add, &QToolButton::clicked, this, &UploadPanel::addFilesRequested);
    m_pause = toolButton(tr("Pause"), tr("Pause the selected uploads, or all of them"), this);
    m_resume = toolButton(tr("Resume"), tr("Resume the selected uploads, or all of them"), this);
    m_cancel = toolButton(tr("Cancel…"), tr("Cancel the selected uploads"), this);
    m_retry = toolButton(tr("Retry"), tr("Try the selected failed uploads again"), this);
    m_clear = toolButton(tr("Clear Finished"), tr("Remove finished uploads from the list"), this);
    add->setObjectName(u"uploadAddButton"_s);
    m_pause->setObjectName(u"uploadPauseButton"_s);
    m_resume->setObjectName(u"uploadResumeButton"_s);
    m_cancel->setObjectName(u"uploadCancelButton"_s);
    m_retry->setObjectName(u"uploadRetryButton"_s);
    m_clear->setObjectName(u"uploadClearButton"_s);
    m_summary = new QLabel(this);
    m_summary->setObjectName(u"uploadSummary"_s);
    bar->addWidget(add);
    bar->addWidget(m_pause);
    bar->addWidget(m_resume);
    bar->addWidget(m_cancel);
    bar->addWidget(m_retry);
    bar->addWidget(m_clear);
    bar->addStretch();
    bar->addWidget(m_summary);
    layout->addLayout(bar);

    m_view = new QTreeView(this);
    m_view->setObjectName(u"uploadView"_s);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->setModel(m_model);
    m_view->setItemDelegate(new RowDelegate(m_view));
    m_view->setItemDelegateForColumn(UploadQueueModel::Progress, new ProgressDelegate(m_view));
    m_view->setAccessibleName(tr("Uploads"));
    QHeaderView *header = m_view->header();
    header->setStretchLastSection(true);
    header->resizeSection(UploadQueueModel::File, 240);
    header->resizeSection(UploadQueueModel::Entry, 100);
    header->resizeSection(UploadQueueModel::Size, 80);
    header->resizeSection(UploadQueueModel::Progress, 160);
    header->resizeSection(UploadQueueModel::Speed, 90);
    header->resizeSection(UploadQueueModel::TimeLeft, 70);

    m_empty = new EmptyState(EmptyState::Size::Compact, this);
    m_empty->setTitle(tr("No uploads"));
    m_empty->setText(tr("Drop files or folders anywhere on the window to upload them, or choose "
                        "Upload… (Ctrl+U). Uploads continue after a restart."));
    m_empty->setMaximumTextWidth(560);
    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_empty);
    m_stack->addWidget(m_view);
    layout->addWidget(m_stack, 1);

    const auto selectedOrAll = [this](bool all) {
        QList<UploadJob *> jobs = selectedJobs();
        return jobs.isEmpty() || all ? m_queue->jobs() : jobs;
    };
    connect(m_pause, &QToolButton::clicked, this, [this, selectedOrAll] {
        for (UploadJob *job : selectedOrAll(false)) {
            if (isUnfinished(job->state()))
                m_queue->pause(job);
        }
    });
    connect(m_resume, &QToolButton::clicked, this, [this, selectedOrAll] {
        for (UploadJob *job : selectedOrAll(false)) {
            if (job->state() == UploadState::Paused)
                m_queue->resume(job);
        }
    });
    connect(m_cancel, &QToolButton::clicked, this, [this] { cancelJobs(selectedJobs()); });
    connect(m_retry, &QToolButton::clicked, this, [this] {
        for (UploadJob *job : selectedJobs()) {
            if (job->state() == UploadState::Failed)
                retry(job);
        }
    });
    connect(m_clear, &QToolButton::clicked, m_queue, &UploadQueue::clearFinished);
    connect(m_view, &QTreeView::customContextMenuRequested, this, &UploadPanel::showMenu);
    connect(m_view, &QTreeView::doubleClicked, this,
        [this](const QModelIndex &index) { editDetails(m_model->jobAt(index.row())); });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
        &UploadPanel::updateActions);
    const auto changed = [this] {
        m_stack->setCurrentWidget(
            m_model->rowCount() > 0 ? static_cast<QWidget *>(m_view) : m_empty);
        updateActions();
    };
    connect(m_model, &QAbstractItemModel::rowsInserted, this, changed);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, changed);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &UploadPanel::updateActions);
    changed();
}

void UploadPanel::setCategories(const QList<EntryEditor::CategoryChoice> &categories)
{
    m_categories = categories;
}

QList<UploadJob *> UploadPanel::selectedJobs() const
{
    QList<UploadJob *> jobs;
    for (const QModelIndex &index : m_view->selectionModel()->selectedRows()) {
        if (UploadJob *job = m_model->jobAt(index.row()))
            jobs.append(job);
    }
    return jobs;
}

int UploadPanel::overallPercent() const
{
    const qint64 total = m_queue->totalBytes();
    if (total <= 0 || m_queue->unfinishedCount() == 0)
        return -1;
    return int(m_queue->sentBytes() * 100 / total);
}

QString UploadPanel::summary() const
{
    const int running = m_queue->runningCount();
    const int unfinished = m_queue->unfinishedCount();
    if (unfinished == 0)
        return {};
    const qint64 total = m_queue->totalBytes();
    const QString percent
        = tr("%1 % of %2").arg(overallPercent()).arg(UploadQueueModel::sizeText(total));
    if (running == 0)
        return tr("%n waiting", nullptr, unfinished) + u" · "_s + percent;
    return tr("%n uploading", nullptr, running) + u" · "_s + percent;
}

void UploadPanel::updateActions()
{
    const QList<UploadJob *> selected = selectedJobs();
    const QList<UploadJob *> scope = selected.isEmpty() ? m_queue->jobs() : selected;
    const auto any = [](const QList<UploadJob *> &jobs, auto predicate) {
        return std::any_of(jobs.cbegin(), jobs.cend(), predicate);
    };
    m_pause->setEnabled(any(scope, [](const UploadJob *j) {
        return isUnfinished(j->state()) && j->state() != UploadState::Paused
            && j->state() != UploadState::Cancelling;
    }));
    m_resume->setEnabled(
        any(scope, [](const UploadJob *j) { return j->state() == UploadState::Paused; }));
    m_cancel->setEnabled(any(selected, [](const UploadJob *j) {
        return j->state() != UploadState::Done && j->state() != UploadState::Cancelled
            && j->state() != UploadState::Cancelling;
    }));
    m_retry->setEnabled(
        any(selected, [](const UploadJob *j) { return j->state() == UploadState::Failed; }));
    m_clear->setEnabled(any(m_queue->jobs(), [](const UploadJob *j) {
        return j->state() == UploadState::Done || j->state() == UploadState::Cancelled;
    }));
    const QString text = summary();
    if (text != m_summary->text()) {
        m_summary->setText(text);
        Q_EMIT summaryChanged();
    }
}

void UploadPanel::showMenu(const QPoint &pos)
{
    const QModelIndex index = m_view->indexAt(pos);
    UploadJob *job = m_model->jobAt(index.row());
    if (!job)
        return;
    const UploadState state = job->state();
    QMenu menu(this);
    if (state == UploadState::Paused)
        menu.addAction(tr("Resume"), this, [this, job] { m_queue->resume(job); });
    else if (isUnfinished(state) && state != UploadState::Cancelling)
        menu.addAction(tr("Pause"), this, [this, job] { m_queue->pause(job); });
    if (state == UploadState::Failed) {
        menu.addAction(job->record().canRestart ? tr("Start Over") : tr("Retry"), this,
            [this, job] { retry(job); });
    }
    QAction *details = menu.addAction(tr("Edit Details…"), this, [this, job] { editDetails(job); });
    details->setEnabled(state != UploadState::Cancelled && state != UploadState::Cancelling);
    QAction *show = menu.addAction(
        tr("Show Entry"), this, [this, job] { Q_EMIT showEntryRequested(job->record().entryId); });
    show->setEnabled(!job->record().entryId.isEmpty() && state != UploadState::Cancelled);
    menu.addSeparator();
    if (state == UploadState::Done || state == UploadState::Cancelled)
        menu.addAction(tr("Remove from List"), this, [this, job] { m_queue->remove(job); });
    else if (state != UploadState::Cancelling)
        menu.addAction(tr("Cancel Upload…"), this, [this, job] { cancelJobs({job}); });
    menu.exec(m_view->viewport()->mapToGlobal(pos));
}

void UploadPanel::retry(UploadJob *job)
{
    if (job->record().canRestart)
        job->restartFromZero();
    else
        m_queue->resume(job);
}

void UploadPanel::editDetails(UploadJob *job)
{
    if (!job || job->state() == UploadState::Cancelled || job->state() == UploadState::Cancelling)
        return;
    UploadDetailsDialog dialog(
        UploadDetailsDialog::Purpose::ExistingUpload, {job->record().filePath}, m_categories, this);
    dialog.setMetadata(job->record().metadata);
    if (dialog.exec() == QDialog::Accepted)
        job->setMetadata(dialog.metadata());
}

void UploadPanel::cancelJobs(const QList<UploadJob *> &jobs)
{
    QList<UploadJob *> cancellable;
    for (UploadJob *job : jobs) {
        const UploadState s = job->state();
        if (s != UploadState::Done && s != UploadState::Cancelled && s != UploadState::Cancelling)
            cancellable.append(job);
    }
    if (cancellable.isEmpty())
        return;
    const QString question = cancellable.size() == 1
        ? tr("Cancel the upload of %1?").arg(cancellable.first()->record().fileName())
        : tr("Cancel %n uploads?", nullptr, int(cancellable.size()));
    QMessageBox box(
        QMessageBox::Question, tr("Cancel Uploads"), question, QMessageBox::NoButton, this);
    box.setInformativeText(tr("What was uploaded is deleted from the server, with the new "
                              "entries made for these files. Your files stay as they are."));
    QPushButton *confirm = box.addButton(tr("Cancel Uploads"), QMessageBox::DestructiveRole);
    confirm->setObjectName(u"confirmCancelUploads"_s);
    box.addButton(tr("Keep Uploading"), QMessageBox::RejectRole);
    box.exec();
    if (box.clickedButton() != confirm)
        return;
    for (UploadJob *job : cancellable)
        m_queue->cancel(job);
}

} // namespace minikmc::ui
