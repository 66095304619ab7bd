// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/LibraryView.h"

#include "entries/EntryPager.h"
#include "models/EntryListModel.h"
#include "views/EmptyState.h"
#include "views/EntryDelegates.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIcon>
#include <QLabel>
#include <QListView>
#include <QLocale>
#include <QMenu>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace minikmc::ui {

namespace {

constexpr QSize kTableThumbnail(64, 36);
constexpr QSize kGridThumbnail(176, 99);

/// Type-ahead on entry names: what is typed within the keyboard input interval adds up; the
/// search starts at the current row (the next one when a single letter is typed again, to step
/// through the names starting with it) and wraps around. It covers the rows loaded so far.
class TypeAhead {
public:
    void search(QAbstractItemView *view, const QString &typed)
    {
        QAbstractItemModel *model = view->model();
        if (!model || typed.isEmpty() || model->rowCount() == 0)
            return;
        if (!m_timer.isValid() || m_timer.elapsed() > QApplication::keyboardInputInterval())
            m_text.clear();
        m_timer.start();
        const bool sameLetterAgain = m_text.size() == 1 && m_text == typed;
        if (!sameLetterAgain)
            m_text += typed;
        const QModelIndex current = view->currentIndex();
        int start = current.isValid() ? current.row() : 0;
        if (current.isValid() && (sameLetterAgain || m_text.size() == 1))
            start = (start + 1) % model->rowCount();
        const QModelIndexList hits = model->match(model->index(start, EntryListModel::NameColumn),
            Qt::DisplayRole, m_text, 1, Qt::MatchStartsWith | Qt::MatchWrap);
        if (hits.isEmpty())
            return;
        const int column = current.isValid() ? current.column() : EntryListModel::NameColumn;
        view->selectionModel()->setCurrentIndex(hits.first().siblingAtColumn(column),
            QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        view->scrollTo(view->currentIndex());
    }

private:
    QString m_text;
    QElapsedTimer m_timer;
};

class EntryTable final : public QTableView {
public:
    using QTableView::QTableView;
    void keyboardSearch(const QString &search) override { m_typeAhead.search(this, search); }

private:
    TypeAhead m_typeAhead;
};

class EntryGrid final : public QListView {
public:
    using QListView::QListView;
    void keyboardSearch(const QString &search) override { m_typeAhead.search(this, search); }

private:
    TypeAhead m_typeAhead;
};

QLabel *mutedLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

LibraryView::LibraryView(EntryListModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_countLabel(mutedLabel(this))
    , m_limitLabel(mutedLabel(this))
    , m_errorBar(new QWidget(this))
    , m_errorLabel(new QLabel(m_errorBar))
    , m_stack(new QStackedWidget(this))
    , m_table(new EntryTable(this))
    , m_grid(new EntryGrid(this))
    , m_state(new EmptyState(EmptyState::Size::Large, this))
{
    m_countLabel->setObjectName(u"entryCountLabel"_s);
    m_limitLabel->setObjectName(u"entryLimitLabel"_s);
    m_limitLabel->setWordWrap(true);
    m_limitLabel->hide();

    // Table: fixed row height (cheap layout for any number of rows), whole-row selection.
    m_table->setObjectName(u"entryTable"_s);
    m_table->setAccessibleName(tr("Entries"));
    m_table->setModel(model);
    m_table->setItemDelegate(new EntryCellDelegate(m_table));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->setShowGrid(false);
    m_table->setAlternatingRowColors(true);
    m_table->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(kTableThumbnail.height() + 8);
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionsClickable(true);
    header->setSortIndicatorShown(true);
    header->setSectionsMovable(true);
    header->setHighlightSections(false);
    header->setStretchLastSection(false);
    header->setSectionResizeMode(EntryListModel::NameColumn, QHeaderView::Stretch);
    header->resizeSection(EntryListModel::ThumbnailColumn, kTableThumbnail.width() + 14);
    header->setSectionResizeMode(EntryListModel::ThumbnailColumn, QHeaderView::Fixed);
    header->resizeSection(EntryListModel::IdColumn, 90);
    header->resizeSection(EntryListModel::TypeColumn, 64);
    header->resizeSection(EntryListModel::DurationColumn, 72);
    header->resizeSection(EntryListModel::PlaysColumn, 60);
    // Dates as wide as the locale writes them (a two-digit day and hour as the widest case).
    const int dateWidth = m_table->fontMetrics().horizontalAdvance(EntryListModel::dateTimeText(
                              QDateTime(QDate(2000, 12, 28), QTime(22, 58, 58), Qt::UTC)))
        + 16;
    header->resizeSection(EntryListModel::CreatedColumn, dateWidth);
    header->resizeSection(EntryListModel::UpdatedColumn, dateWidth);
    header->resizeSection(EntryListModel::StatusColumn, 120);
    // Narrow windows first lose what editors need least; the header's menu brings them back.
    header->setSectionHidden(EntryListModel::IdColumn, true);
    header->setSectionHidden(EntryListModel::UpdatedColumn, true);
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(header, &QHeaderView::customContextMenuRequested, this, [this, header](QPoint at) {
        QMenu menu;
        for (int column = EntryListModel::ThumbnailColumn; column < EntryListModel::ColumnCount;
             ++column) {
            if (column == EntryListModel::NameColumn)
                continue; // always shown
            const QString title = column == EntryListModel::ThumbnailColumn
                ? tr("Thumbnail")
                : m_model->headerData(column, Qt::Horizontal).toString();
            QAction *toggle = menu.addAction(title);
            toggle->setCheckable(true);
            toggle->setChecked(!header->isSectionHidden(column));
            connect(toggle, &QAction::toggled, header,
                [header, column](bool shown) { header->setSectionHidden(column, !shown); });
        }
        menu.exec(header->viewport()->mapToGlobal(at));
    });
    connect(header, &QHeaderView::sortIndicatorChanged, this, &LibraryView::onSortIndicatorChanged);

    // Grid: one tile per row, the rows wrapped like text (ListMode with wrapping lays out a
    // uniform grid from the row count alone; IconMode would place and index every item). It is
    // given the model and the table's selection only while it shows (attachGrid), so that a
    // hidden grid never lays out rows nobody sees.
    m_grid->setObjectName(u"entryGrid"_s);
    m_grid->setAccessibleName(tr("Entries"));
    m_grid->setItemDelegate(new EntryTileDelegate(kGridThumbnail, m_grid));
    m_grid->setViewMode(QListView::ListMode);
    m_grid->setFlow(QListView::LeftToRight);
    m_grid->setWrapping(true);
    m_grid->setMovement(QListView::Static);
    m_grid->setResizeMode(QListView::Adjust);
    m_grid->setUniformItemSizes(true);
    m_grid->setLayoutMode(QListView::Batched);
    m_grid->setBatchSize(500);
    // The tiles share the width evenly (no ragged gap on the right).
    m_grid->viewport()->installEventFilter(this);
    m_grid->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_grid->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_grid->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_grid->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);

    m_state->setObjectName(u"libraryState"_s);
    m_state->setIcon(QIcon(u":/icons/library.svg"_s));
    connect(m_state, &EmptyState::actionTriggered, this, [this] {
        if (m_model->error().isOk())
            Q_EMIT clearFiltersRequested();
        else
            m_model->retry();
    });

    m_stack->addWidget(m_table);
    m_stack->addWidget(m_grid);
    m_stack->addWidget(m_state);

    // A failed later page: said under the rows already shown, with a way to try again.
    m_errorBar->setObjectName(u"libraryErrorBar"_s);
    m_errorBar->setAutoFillBackground(true);
    QPalette warning = m_errorBar->palette();
    warning.setColor(QPalette::Window, QColor(0xd0, 0x3b, 0x3b, 40));
    m_errorBar->setPalette(warning);
    m_errorLabel->setWordWrap(true);
    m_errorLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *retry = new QPushButton(tr("Try Again"), m_errorBar);
    connect(retry, &QPushButton::clicked, m_model, &EntryListModel::retry);
    auto *errorLayout = new QHBoxLayout(m_errorBar);
    errorLayout->setContentsMargins(8, 4, 8, 4);
    errorLayout->addWidget(m_errorLabel, 1);
    errorLayout->addWidget(retry);
    m_errorBar->hide();

    auto *countLine = new QHBoxLayout;
    countLine->setContentsMargins(6, 2, 6, 2);
    countLine->addWidget(m_countLabel);
    countLine->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addLayout(countLine);
    layout->addWidget(m_limitLabel);
    layout->addWidget(m_stack, 1);
    layout->addWidget(m_errorBar);

    for (QAbstractItemView *view :
        {static_cast<QAbstractItemView *>(m_table), static_cast<QAbstractItemView *>(m_grid)}) {
        connect(view, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
            Q_EMIT entryActivated(index.data(EntryListModel::EntryIdRole).toString());
        });
    }
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        [this](const QModelIndex &current) {
            Q_EMIT currentEntryChanged(current.data(EntryListModel::EntryIdRole).toString());
        });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        const int selected = int(selectedRows().size());
        updateCountLine(selected);
        Q_EMIT selectionChanged(selected);
    });

    connect(model, &QAbstractItemModel::rowsInserted, this, &LibraryView::updateState);
    connect(model, &QAbstractItemModel::rowsRemoved, this, &LibraryView::updateState);
    connect(model, &QAbstractItemModel::modelReset, this, &LibraryView::updateState);
    connect(model, &EntryListModel::loadingChanged, this, &LibraryView::updateState);
    connect(model, &EntryListModel::errorTextChanged, this, &LibraryView::updateState);
    connect(model, &EntryListModel::totalCountChanged, this, &LibraryView::updateState);
    connect(model, &EntryListModel::queryChanged, this, &LibraryView::syncSortIndicator);

    setFocusProxy(m_table);
    updateThumbnailSize();
    syncSortIndicator();
    updateState();
}

LibraryView::~LibraryView() = default;

void LibraryView::setMode(Mode mode)
{
    if (m_mode == mode)
        return;
    const bool hadFocus = currentView()->hasFocus();
    m_mode = mode;
    // The grid shows the thumbnail cell of each row: keep the current row, in its column.
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    if (current.isValid()) {
        const int column = mode == Mode::Grid ? int(EntryListModel::ThumbnailColumn)
                                              : int(EntryListModel::NameColumn);
        m_table->selectionModel()->setCurrentIndex(
            current.siblingAtColumn(column), QItemSelectionModel::NoUpdate);
    }
    attachGrid(mode == Mode::Grid);
    setFocusProxy(currentView());
    updateThumbnailSize();
    updateState();
    if (current.isValid())
        currentView()->scrollTo(currentView()->currentIndex(), QAbstractItemView::PositionAtCenter);
    if (hadFocus)
        currentView()->setFocus();
}

void LibraryView::attachGrid(bool attach)
{
    if (attach == (m_grid->model() == m_model))
        return;
    if (!attach) {
        m_grid->setModel(nullptr);
        return;
    }
    m_grid->setModel(m_model);
    m_grid->setModelColumn(EntryListModel::ThumbnailColumn);
    QItemSelectionModel *own = m_grid->selectionModel();
    m_grid->setSelectionModel(m_table->selectionModel());
    delete own;
}

bool LibraryView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_grid->viewport() && event->type() == QEvent::Resize)
        fitGridColumns();
    return QWidget::eventFilter(watched, event);
}

void LibraryView::fitGridColumns()
{
    QStyleOptionViewItem option;
    option.initFrom(m_grid);
    const QSize tile = m_grid->itemDelegate()->sizeHint(option, {});
    // A few pixels of slack: QListView wraps a row when a cell would touch the viewport's edge.
    const int width = m_grid->viewport()->width() - 4;
    const int columns = std::max(1, width / std::max(1, tile.width()));
    const QSize cell(std::max(tile.width(), width / columns), tile.height());
    if (m_grid->gridSize() != cell)
        m_grid->setGridSize(cell);
}

void LibraryView::setFiltersActive(bool active)
{
    m_filtersActive = active;
    updateState();
}

QAbstractItemView *LibraryView::currentView() const
{
    if (m_mode == Mode::Grid)
        return m_grid;
    return m_table;
}

QItemSelectionModel *LibraryView::selectionModel() const
{
    return m_table->selectionModel();
}

QList<int> LibraryView::selectedRows() const
{
    // From the selection's ranges, not its indexes: "select all" on a large library is one
    // range of many rows and columns.
    QList<int> rows;
    const QItemSelection selection = m_table->selectionModel()->selection();
    for (const QItemSelectionRange &range : selection) {
        for (int row = range.top(); row <= range.bottom(); ++row)
            rows.append(row);
    }
    std::sort(rows.begin(), rows.end());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    return rows;
}

QStringList LibraryView::selectedEntryIds() const
{
    const QList<int> rows = selectedRows();
    QStringList ids;
    ids.reserve(rows.size());
    for (const int row : std::as_const(rows))
        ids.append(m_model->entryAt(row).id);
    return ids;
}

void LibraryView::selectEntryIds(const QStringList &ids)
{
    QItemSelection selection;
    QModelIndex first;
    for (const QString &id : ids) {
        const int row = m_model->rowOfEntry(id);
        if (row < 0)
            continue;
        const QModelIndex index = m_model->index(row, EntryListModel::NameColumn);
        if (!first.isValid())
            first = index;
        selection.select(index, index);
    }
    QItemSelectionModel *selectionModel = m_table->selectionModel();
    selectionModel->select(
        selection, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    if (first.isValid())
        selectionModel->setCurrentIndex(first, QItemSelectionModel::NoUpdate);
}

QString LibraryView::currentEntryId() const
{
    return m_table->selectionModel()->currentIndex().data(EntryListModel::EntryIdRole).toString();
}

QByteArray LibraryView::saveHeaderState() const
{
    return m_table->horizontalHeader()->saveState();
}

void LibraryView::restoreHeaderState(const QByteArray &state)
{
    m_table->horizontalHeader()->restoreState(state);
    syncSortIndicator(); // the server's order, not the saved indicator
}

void LibraryView::onSortIndicatorChanged(int column, Qt::SortOrder order)
{
    if (EntryListModel::isSortable(column)) {
        // A column clicked for the first time sorts in its natural order: names A to Z, and
        // dates, durations and plays with the largest first.
        if (column != m_model->sortColumn()) {
            order = column == EntryListModel::NameColumn || column == EntryListModel::TypeColumn
                ? Qt::AscendingOrder
                : Qt::DescendingOrder;
        }
        m_model->sort(column, order);
    }
    syncSortIndicator();
}

void LibraryView::syncSortIndicator()
{
    QHeaderView *header = m_table->horizontalHeader();
    const QSignalBlocker blocker(header);
    header->setSortIndicator(m_model->sortColumn(), m_model->sortOrder());
}

void LibraryView::updateThumbnailSize()
{
    m_model->setThumbnailSize(m_mode == Mode::Grid ? kGridThumbnail : kTableThumbnail);
}

void LibraryView::updateState()
{
    const bool empty = m_model->rowCount() == 0;
    const QString error = m_model->errorText();
    if (empty) {
        if (!error.isEmpty()) {
            m_state->setTitle(tr("The library cannot be shown"));
            m_state->setText(error);
            m_state->setActionText(tr("Try Again"));
        } else if (m_model->isLoading() || m_model->totalCount() < 0) {
            m_state->setTitle(tr("Loading entries…"));
            m_state->setText({});
            m_state->setActionText({});
        } else if (m_filtersActive) {
            m_state->setTitle(tr("No entries match"));
            m_state->setText(tr("Nothing in this library matches the search and filters."));
            m_state->setActionText(tr("Clear Search and Filters"));
        } else {
            m_state->setTitle(tr("This library is empty"));
            m_state->setText(tr("Media uploaded to this account appear here."));
            m_state->setActionText({});
        }
        m_stack->setCurrentWidget(m_state);
    } else {
        m_stack->setCurrentWidget(currentView());
    }
    m_errorBar->setVisible(!empty && !error.isEmpty());
    m_errorLabel->setText(error);
    updateCountLine();
}

void LibraryView::updateCountLine(qsizetype selected)
{
    const QLocale locale;
    const qint64 total = m_model->totalCount();
    QString text;
    if (total < 0)
        text = m_model->isLoading() ? tr("Loading…") : QString();
    else
        text = tr("%Ln entries", nullptr, int(std::min<qint64>(total, INT_MAX)));
    if (selected < 0)
        selected = selectedRows().size();
    if (selected > 0)
        text += tr(" · %1 selected").arg(locale.toString(selected));
    if (total > 0 && m_model->isLoading() && m_model->rowCount() > 0)
        text += tr(" · loading more…");
    m_countLabel->setText(text);

    const bool limited = m_model->isLimited();
    m_limitLabel->setVisible(limited);
    if (limited) {
        m_limitLabel->setText(
            tr("In this order the server lists only the first %1 of the %2 "
               "entries. Sort by Created or Updated to reach every entry.")
                .arg(locale.toString(entries::EntryPager::kServerWindow), locale.toString(total)));
    }
}

} // namespace minikmc::ui
