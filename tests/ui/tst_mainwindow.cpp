// SPDX-License-Identifier: GPL-3.0-or-later
// The main window shell, offscreen: its parts exist, actions without a function are disabled
// (no fake data), Ctrl+F reaches the search field, the status text shows, and the dock layout
// survives a restart.
#include "MainWindow.h"

#include <QDockWidget>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTest>
#include <QToolBar>

using namespace Qt::StringLiterals;
using minikmc::ui::MainWindow;

class TestMainWindow : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true); // settings go to a test location
        QCoreApplication::setOrganizationName(u"mini-KMC-test"_s);
        QCoreApplication::setApplicationName(u"tst_mainwindow"_s);
        QSettings().clear();
    }

    void hasTheDesignedParts()
    {
        MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        for (const char *name : {"filtersDock", "detailsDock", "uploadsDock"}) {
            auto *dock = w.findChild<QDockWidget *>(QString::fromLatin1(name));
            QVERIFY2(dock, name);
            QVERIFY2(dock->isVisible(), name);
        }
        auto *tabs = w.findChild<QTabWidget *>(u"detailsTabs"_s);
        QVERIFY(tabs);
        QCOMPARE(tabs->count(), 4);
        QVERIFY(w.findChild<QToolBar *>(u"mainToolBar"_s));
        QVERIFY(!w.windowIcon().isNull());
    }

    void actionsWithoutAFunctionAreDisabled()
    {
        MainWindow w;
        auto *toolbar = w.findChild<QToolBar *>(u"mainToolBar"_s);
        int enabled = 0;
        for (QAction *a : toolbar->actions()) {
            if (!a->isSeparator() && !a->text().isEmpty() && a->isEnabled())
                ++enabled;
        }
        // Only the search field (a widget action) may be enabled before sign-in.
        QVERIFY2(enabled <= 1, qPrintable(u"%1 enabled actions"_s.arg(enabled)));
    }

    void ctrlFFocusesSearch()
    {
        MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        w.activateWindow();
        auto *search = w.findChild<QLineEdit *>(u"searchField"_s);
        QVERIFY(search);
        auto *tabs = w.findChild<QTabWidget *>(u"detailsTabs"_s);
        tabs->setFocus(Qt::OtherFocusReason); // the field may hold the initial focus
        QTRY_VERIFY(!search->hasFocus());
        QTest::keyClick(&w, Qt::Key_F, Qt::ControlModifier);
        QTRY_VERIFY(search->hasFocus());
    }

    void serverStatusIsShown()
    {
        MainWindow w;
        auto *label = w.findChild<QLabel *>(u"serverStatusLabel"_s);
        QVERIFY(label);
        w.setServerStatus(u"Connected to http://127.0.0.1:1 · Kaltura Venus-22.19.0"_s);
        QCOMPARE(label->text(), u"Connected to http://127.0.0.1:1 · Kaltura Venus-22.19.0"_s);
    }

    void dockLayoutSurvivesARestart()
    {
        {
            MainWindow w;
            w.show();
            QVERIFY(QTest::qWaitForWindowExposed(&w));
            w.findChild<QDockWidget *>(u"filtersDock"_s)->hide();
            w.close(); // saves the state
        }
        MainWindow again;
        again.show();
        QVERIFY(QTest::qWaitForWindowExposed(&again));
        QVERIFY(!again.findChild<QDockWidget *>(u"filtersDock"_s)->isVisible());
        QVERIFY(again.findChild<QDockWidget *>(u"detailsDock"_s)->isVisible());
        QSettings().clear();
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
