// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QAbstractItemView;
class QItemSelectionModel;
class QLabel;
class QListView;
class QPushButton;
class QStackedWidget;
class QTableView;

namespace minikmc::ui {

class EmptyState;
class EntryListModel;

/// The library in the centre of the main window: the entries of the current query as a table or
/// as a grid of thumbnails (one model, one selection shared by both), a line with the number of
/// matches, and the list's states drawn where the list is: loading, nothing matches, the error
/// with a way to try again — also when a later page fails, under the rows already shown.
///
/// Keyboard: arrows, PageUp/PageDown, Home/End move; typing jumps to the next name starting
/// with what was typed; Enter opens the entry (entryActivated). Actions added to the view
/// (Delete, …) apply while it has the focus.
class LibraryView final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LibraryView)

public:
    enum class Mode { Table, Grid };
    Q_ENUM(Mode)

    explicit LibraryView(EntryListModel *model, QWidget *parent = nullptr);
    ~LibraryView() override;

    void setMode(Mode mode);
    Mode mode() const { return m_mode; }
    /// Whether the query narrows the library (the empty state then offers to clear filters).
    void setFiltersActive(bool active);

    QStringList selectedEntryIds() const;
    QString currentEntryId() const;
    /// Selects the rows of these entries (those loaded), the first one current.
    void selectEntryIds(const QStringList &ids);
    QAbstractItemView *currentView() const;
    QTableView *tableView() const { return m_table; }
    QListView *gridView() const { return m_grid; }
    QItemSelectionModel *selectionModel() const;

    /// Table column widths, order and visibility (for QSettings).
    QByteArray saveHeaderState() const;
    void restoreHeaderState(const QByteArray &state);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

Q_SIGNALS:
    void entryActivated(const QString &entryId);
    void currentEntryChanged(const QString &entryId);
    void selectionChanged(int selectedCount);
    void clearFiltersRequested();

private:
    void updateState();
    /// selected: the number of selected rows when known (-1: counted here).
    void updateCountLine(qsizetype selected = -1);
    /// The selected rows, sorted, each once.
    QList<int> selectedRows() const;
    void onSortIndicatorChanged(int column, Qt::SortOrder order);
    void syncSortIndicator();
    void updateThumbnailSize();
    void attachGrid(bool attach);
    void fitGridColumns();

    EntryListModel *m_model;
    Mode m_mode = Mode::Table;
    bool m_filtersActive = false;
    QLabel *m_countLabel;
    QLabel *m_limitLabel;
    QWidget *m_errorBar;
    QLabel *m_errorLabel;
    QStackedWidget *m_stack;
    QTableView *m_table;
    QListView *m_grid;
    EmptyState *m_state;
};

} // namespace minikmc::ui
