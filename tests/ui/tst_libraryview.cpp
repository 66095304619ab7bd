// SPDX-License-Identifier: GPL-3.0-or-later
// LibraryView offscreen against a sandbox library: the states drawn where the list is (loading,
// empty, no match, error with Try Again), the count line, server-side sorting from the header,
// type-ahead, Enter, and one selection shared by the table and the grid.
#include "SandboxHttp.h"
#include "SandboxProcess.h"
#include "api/Client.h"
#include "models/EntryListModel.h"
#include "views/EmptyState.h"
#include "views/LibraryView.h"

#include <QHeaderView>
#include <QLabel>
#include <QListView>
#include <QPushButton>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using minikmc::api::Client;
using minikmc::entries::EntryQuery;
using minikmc::test::SandboxHttp;
using minikmc::test::SandboxProcess;
using minikmc::ui::EmptyState;
using minikmc::ui::EntryListModel;
using minikmc::ui::LibraryView;

class TestLibraryView : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    SandboxProcess m_sandbox;
    SandboxHttp m_http {m_sandbox};
    Client m_client;

    static bool waitLoaded(EntryListModel &model)
    {
        return QTest::qWaitFor([&] { return !model.isLoading(); }, 20000);
    }

    static QWidget *shown(LibraryView &view)
    {
        return view.findChild<QStackedWidget *>()->currentWidget();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(m_sandbox.start(m_dir.filePath(u"data"_s), {u"--seed"_s, u"300"_s}),
            qPrintable(m_sandbox.error()));
        QVERIFY(m_client.setServiceUrl(m_sandbox.serviceUrl()));
        m_client.setKs(m_http.startSession(2));
    }

    void statesAreDrawnWhereTheListIs()
    {
        EntryListModel model(&m_client, nullptr);
        LibraryView view(&model);
        view.resize(900, 600);
        view.show();
        auto *state = view.findChild<EmptyState *>(u"libraryState"_s);
        QVERIFY(state);

        EntryQuery query;
        query.pageSize = 50;
        model.setQuery(query);
        QCOMPARE(shown(view), state);
        QCOMPARE(state->title(), u"Loading entries…"_s);
        QVERIFY(waitLoaded(model));
        QCOMPARE(shown(view), view.tableView());
        auto *count = view.findChild<QLabel *>(u"entryCountLabel"_s);
        QVERIFY2(count->text().contains(QLocale().toString(model.totalCount())),
            qPrintable(count->text()));

        // Nothing matches: the state offers to clear the filters.
        query.freeText = u"no-such-words-anywhere"_s;
        view.setFiltersActive(true);
        model.setQuery(query);
        QVERIFY(waitLoaded(model));
        QCOMPARE(shown(view), state);
        QCOMPARE(state->title(), u"No entries match"_s);
        QSignalSpy clear(&view, &LibraryView::clearFiltersRequested);
        state->findChild<QPushButton *>()->click();
        QCOMPARE(clear.size(), 1);

        // An error: said in the list's place, with Try Again that recovers.
        const QString ks = m_client.ks();
        m_client.setKs(u"expired-or-wrong"_s);
        query.freeText.clear();
        view.setFiltersActive(false);
        model.setQuery(query);
        QVERIFY(waitLoaded(model));
        QCOMPARE(shown(view), state);
        QCOMPARE(state->title(), u"The library cannot be shown"_s);
        QVERIFY(state->text().contains(u"INVALID_KS"_s));
        QCOMPARE(state->actionText(), u"Try Again"_s);
        m_client.setKs(ks);
        state->findChild<QPushButton *>()->click();
        QVERIFY(waitLoaded(model));
        QCOMPARE(shown(view), view.tableView());
        QCOMPARE(model.rowCount(), 50);
    }

    void laterPageErrorsShowUnderTheRows()
    {
        EntryListModel model(&m_client, nullptr);
        LibraryView view(&model);
        view.resize(900, 600);
        view.show();
        EntryQuery query;
        query.pageSize = 20;
        model.setQuery(query);
        QVERIFY(waitLoaded(model));
        const QString ks = m_client.ks();
        m_client.setKs(u"wrong"_s);
        model.fetchMore({});
        QVERIFY(waitLoaded(model));
        auto *bar = view.findChild<QWidget *>(u"libraryErrorBar"_s);
        QVERIFY(bar->isVisible());
        QCOMPARE(shown(view), view.tableView()); // the rows stay
        m_client.setKs(ks);
        bar->findChild<QPushButton *>()->click();
        QVERIFY(waitLoaded(model));
        QVERIFY(!bar->isVisible());
        QCOMPARE(model.rowCount(), 40);
    }

    void headerClicksSortOnTheServer()
    {
        EntryListModel model(&m_client, nullptr);
        LibraryView view(&model);
        view.resize(1200, 600);
        view.show();
        model.setQuery(EntryQuery());
        QVERIFY(waitLoaded(model));
        QHeaderView *header = view.tableView()->horizontalHeader();
        const auto click = [header](int column) {
            const int x = header->sectionViewportPosition(column) + header->sectionSize(column) / 2;
            QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, QPoint(x, 5));
        };
        // First click on Name: A to Z; the second: Z to A.
        click(EntryListModel::NameColumn);
        QVERIFY(waitLoaded(model));
        QCOMPARE(model.sortColumn(), int(EntryListModel::NameColumn));
        QCOMPARE(model.sortOrder(), Qt::AscendingOrder);
        QCOMPARE(header->sortIndicatorSection(), int(EntryListModel::NameColumn));
        for (int row = 1; row < model.rowCount(); ++row)
            QVERIFY(model.entryAt(row - 1).name <= model.entryAt(row).name);
        click(EntryListModel::NameColumn);
        QVERIFY(waitLoaded(model));
        QCOMPARE(model.sortOrder(), Qt::DescendingOrder);
        // Plays: most first.
        click(EntryListModel::PlaysColumn);
        QVERIFY(waitLoaded(model));
        QCOMPARE(model.sortColumn(), int(EntryListModel::PlaysColumn));
        QCOMPARE(model.sortOrder(), Qt::DescendingOrder);
        for (int row = 1; row < model.rowCount(); ++row)
            QVERIFY(model.entryAt(row - 1).plays >= model.entryAt(row).plays);
        // Status cannot be sorted by the server: nothing changes, the indicator stays.
        click(EntryListModel::StatusColumn);
        QVERIFY(!model.isLoading());
        QCOMPARE(header->sortIndicatorSection(), int(EntryListModel::PlaysColumn));
    }

    void keyboard()
    {
        EntryListModel model(&m_client, nullptr);
        LibraryView view(&model);
        view.resize(900, 600);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        EntryQuery query;
        query.pageSize = 100;
        model.setQuery(query);
        QVERIFY(waitLoaded(model));
        QTableView *table = view.tableView();
        table->setFocus();
        table->setCurrentIndex(model.index(0, EntryListModel::NameColumn));

        // Type-ahead: the next name that starts with what is typed.
        const QString target = model.entryAt(37).name;
        int expected = -1;
        for (int row = 1; row < model.rowCount(); ++row) {
            if (model.entryAt(row).name.startsWith(target.left(4), Qt::CaseInsensitive)) {
                expected = row;
                break;
            }
        }
        QTest::keyClicks(table, target.left(4));
        QCOMPARE(table->currentIndex().row(), expected);
        QCOMPARE(view.currentEntryId(), model.entryAt(expected).id);

        // Down moves, Enter opens.
        QSignalSpy activated(&view, &LibraryView::entryActivated);
        QTest::qWait(QApplication::keyboardInputInterval() + 50);
        QTest::keyClick(table, Qt::Key_Down);
        QCOMPARE(table->currentIndex().row(), expected + 1);
        QTest::keyClick(table, Qt::Key_Return);
        QCOMPARE(activated.size(), 1);
        QCOMPARE(activated.at(0).at(0).toString(), model.entryAt(expected + 1).id);

        // Shift+Down selects two rows; the grid shows the same selection.
        QTest::keyClick(table, Qt::Key_Down, Qt::ShiftModifier);
        QCOMPARE(view.selectedEntryIds(),
            (QStringList {model.entryAt(expected + 1).id, model.entryAt(expected + 2).id}));
        view.setMode(LibraryView::Mode::Grid);
        QCOMPARE(shown(view), view.gridView());
        QCOMPARE(view.selectedEntryIds().size(), 2);
        QCOMPARE(view.gridView()->currentIndex().row(), expected + 2);
        QCOMPARE(model.thumbnailSize().width() > 100, true);
        view.setMode(LibraryView::Mode::Table);
        QCOMPARE(model.thumbnailSize(), QSize(64, 36));

        // Select all: the count line says how many.
        table->selectAll();
        QCOMPARE(view.selectedEntryIds().size(), model.rowCount());
        QVERIFY(view.findChild<QLabel *>(u"entryCountLabel"_s)
                    ->text()
                    .contains(QLocale().toString(model.rowCount()) + u" selected"_s));
    }
};

QTEST_MAIN(TestLibraryView)
#include "tst_libraryview.moc"
