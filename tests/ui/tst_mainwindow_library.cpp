// SPDX-License-Identifier: GPL-3.0-or-later
// The main window signed in to a sandbox library, offscreen: the library and its categories
// appear, the search field waits for a pause before it asks the server (one list call for a
// typed word), the filters narrow the list, and Delete deletes the selected entries after a
// confirmation, reporting the ones that could not be deleted.
#include "MainWindow.h"
#include "SandboxHttp.h"
#include "SandboxProcess.h"
#include "api/Client.h"
#include "auth/Accounts.h"
#include "auth/SignIn.h"
#include "models/EntryEditModel.h"
#include "models/EntryListModel.h"
#include "views/EntryWindow.h"
#include "views/LibraryView.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QJsonArray>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;
using minikmc::api::Client;
using minikmc::test::SandboxHttp;
using minikmc::test::SandboxProcess;
using minikmc::ui::EntryListModel;
using minikmc::ui::LibraryView;
using minikmc::ui::MainWindow;

class TestMainWindowLibrary : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    SandboxProcess m_sandbox;
    SandboxHttp m_http {m_sandbox};
    Client m_client;
    std::unique_ptr<minikmc::auth::SignIn> m_signIn;
    std::unique_ptr<MainWindow> m_window;
    LibraryView *m_library = nullptr;
    EntryListModel *m_model = nullptr;

    bool waitLoaded()
    {
        return QTest::qWaitFor([this] { return !m_model->isLoading(); }, 20000);
    }

    /// Answers the next modal dialog (the delete confirmation) with the button that pick()
    /// chooses; the returned flag says whether a dialog was answered.
    static std::shared_ptr<bool> answerNextDialog(
        const std::function<QAbstractButton *(QMessageBox *)> &pick)
    {
        auto answered = std::make_shared<bool>(false);
        auto poll = std::make_shared<std::function<void()>>();
        *poll = [answered, pick, poll] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            if (!box) {
                QTimer::singleShot(20, qApp, *poll);
                return;
            }
            *answered = true;
            pick(box)->click();
        };
        QTimer::singleShot(20, qApp, *poll);
        return answered;
    }

    static QAbstractButton *deleteButton(QMessageBox *box)
    {
        return box->findChild<QPushButton *>(u"confirmDeleteButton"_s);
    }

    /// A key in the list, with the window active and the list focused as a user has it.
    void pressInList(Qt::Key key, Qt::KeyboardModifiers modifiers = {})
    {
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        m_library->tableView()->setFocus();
        QTRY_VERIFY(m_library->tableView()->hasFocus());
        QTest::keyClick(m_library->tableView(), key, modifiers);
    }

    void pressDelete() { pressInList(Qt::Key_Delete); }

    void selectRows(int first, int last)
    {
        QTableView *table = m_library->tableView();
        table->clearSelection();
        table->setFocus();
        table->setCurrentIndex(m_model->index(first, EntryListModel::NameColumn));
        for (int row = first + 1; row <= last; ++row)
            QTest::keyClick(table, Qt::Key_Down, Qt::ShiftModifier);
        QCOMPARE(m_library->selectedEntryIds().size(), last - first + 1);
    }

    QString serverCode(const QString &id)
    {
        return m_http
            .call(u"baseEntry"_s, u"get"_s, {{u"ks"_s, m_http.startSession(2)}, {u"entryId"_s, id}})
            .object()
            .value(u"code"_s)
            .toString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"mini-KMC-test"_s);
        QCoreApplication::setApplicationName(u"tst_mainwindow_library"_s);
        QSettings().clear();
        QVERIFY(m_dir.isValid());
        QVERIFY2(m_sandbox.start(m_dir.filePath(u"data"_s), {u"--seed"_s, u"500"_s}),
            qPrintable(m_sandbox.error()));
        const QProcessEnvironment env = m_sandbox.appTokenEnvironment();
        for (const QString &name : env.keys())
            qputenv(name.toUtf8().constData(), env.value(name).toUtf8());
        QString problem;
        const auto account = minikmc::auth::accountFromEnvironment(&problem);
        QVERIFY2(account, qPrintable(problem));

        m_signIn = std::make_unique<minikmc::auth::SignIn>(&m_client);
        m_window = std::make_unique<MainWindow>();
        m_window->setSignIn(m_signIn.get());
        m_window->resize(1300, 800);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        QSignalSpy signedIn(m_signIn.get(), &minikmc::auth::SignIn::signedIn);
        m_signIn->signInNew(account->account, account->credentials, false);
        QVERIFY(signedIn.wait(10000));
        m_library = m_window->findChild<LibraryView *>(u"libraryView"_s);
        QVERIFY(m_library);
        m_model = qobject_cast<EntryListModel *>(m_library->tableView()->model());
        QVERIFY(m_model);
        QVERIFY(waitLoaded());
    }

    void signedInShowsTheLibraryAndCategories()
    {
        QVERIFY(m_library->isVisible());
        QVERIFY(m_model->rowCount() > 0);
        auto *category = m_window->findChild<QComboBox *>(u"filterCategory"_s);
        QTRY_VERIFY(category->isEnabled());
        const int categories
            = m_http.call(u"category"_s, u"list"_s, {{u"ks"_s, m_http.startSession(2)}})
                  .object()
                  .value(u"totalCount"_s)
                  .toInt();
        QCOMPARE(category->count(), categories + 1); // + "Any category"
    }

    void searchWaitsForAPause()
    {
        auto *search = m_window->findChild<QLineEdit *>(u"searchField"_s);
        m_http.clearRequestLog();
        const QString word = m_model->entryAt(0).name.split(u' ').first();
        QTest::keyClicks(search, word, {}, 20); // faster than the debounce
        QTRY_COMPARE_WITH_TIMEOUT(m_model->query().freeText, word, 5000);
        QVERIFY(waitLoaded());
        int lists = 0;
        for (const QJsonValue &v : m_http.requestLog()) {
            const QJsonObject call = v.toObject();
            if (call.value(u"action"_s).toString().compare(u"list"_s, Qt::CaseInsensitive) == 0
                && call.value(u"service"_s).toString().compare(u"baseEntry"_s, Qt::CaseInsensitive)
                    == 0) {
                ++lists;
                QCOMPARE(call.value(u"params"_s)
                             .toObject()
                             .value(u"filter"_s)
                             .toObject()
                             .value(u"freeText"_s)
                             .toString(),
                    word);
            }
        }
        QCOMPARE(lists, 1);
        for (int row = 0; row < m_model->rowCount(); ++row) {
            const auto e = m_model->entryAt(row);
            QVERIFY((e.name + e.description + e.tags.join(u' ') + e.id + e.referenceId)
                        .contains(word, Qt::CaseInsensitive));
        }
        search->clear();
        QTRY_VERIFY_WITH_TIMEOUT(m_model->query().freeText.isEmpty(), 5000);
        QVERIFY(waitLoaded());
    }

    void filtersNarrowTheList()
    {
        auto *image = m_window->findChild<QCheckBox *>(u"filterImage"_s);
        image->setChecked(true);
        QVERIFY(waitLoaded());
        QVERIFY(m_model->rowCount() > 0);
        for (int row = 0; row < m_model->rowCount(); ++row)
            QCOMPARE(m_model->entryAt(row).mediaType, minikmc::entries::MediaType::Image);
        m_window->findChild<QPushButton *>(u"clearFilters"_s)->click();
        QVERIFY(waitLoaded());
        QVERIFY(!image->isChecked());
    }

    void f5Reloads()
    {
        m_library->tableView()->setFocus();
        m_http.clearRequestLog();
        QTest::keyClick(m_window.get(), Qt::Key_F5);
        QVERIFY(m_model->isLoading());
        QVERIFY(waitLoaded());
        QStringList calls;
        QTRY_VERIFY((calls =
                            [this] {
                                QStringList names;
                                for (const QJsonValue &v : m_http.requestLog())
                                    names.append(
                                        v.toObject().value(u"service"_s).toString().toLower() + u'.'
                                        + v.toObject().value(u"action"_s).toString().toLower());
                                return names;
                            }())
                        .size()
            == 2);
        std::sort(calls.begin(), calls.end());
        QCOMPARE(calls, (QStringList {u"baseentry.list"_s, u"category.list"_s}));
    }

    void unsavedEditsAreNotLostWhenMoving()
    {
        auto *editModel = m_window->findChild<minikmc::ui::EntryEditModel *>();
        QVERIFY(editModel);
        auto *name = m_window->findChild<QLineEdit *>(u"editName"_s);
        selectRows(0, 0);
        const QString first = m_library->selectedEntryIds().first();
        QTRY_COMPARE_WITH_TIMEOUT(editModel->entryIds(), QStringList {first}, 5000);
        QTRY_VERIFY(editModel->state() == minikmc::ui::EntryEditModel::State::Ready);
        name->setFocus();
        name->selectAll();
        QTest::keyClicks(name, u"Unsaved title"_s);
        QVERIFY(editModel->isDirty());

        // Moving on and cancelling: back on the edited entry, the edit still there.
        auto cancelled
            = answerNextDialog([](QMessageBox *box) { return box->button(QMessageBox::Cancel); });
        selectRows(1, 1);
        QTRY_VERIFY_WITH_TIMEOUT(*cancelled, 5000);
        QTRY_COMPARE(m_library->selectedEntryIds(), QStringList {first});
        QCOMPARE(editModel->entryIds(), QStringList {first});
        QCOMPARE(name->text(), u"Unsaved title"_s);

        // Moving on and saving: saved, then the next entry opens.
        auto savedAnswer
            = answerNextDialog([](QMessageBox *box) { return box->button(QMessageBox::Save); });
        selectRows(1, 1);
        QTRY_VERIFY_WITH_TIMEOUT(*savedAnswer, 5000);
        const QString second = m_model->entryAt(1).id;
        QTRY_COMPARE_WITH_TIMEOUT(editModel->entryIds(), QStringList {second}, 10000);
        QCOMPARE(m_model->entryAt(m_model->rowOfEntry(first)).name, u"Unsaved title"_s);
        QCOMPARE(m_http
                     .call(u"baseEntry"_s, u"get"_s,
                         {{u"ks"_s, m_http.startSession(2)}, {u"entryId"_s, first}})
                     .object()
                     .value(u"name"_s)
                     .toString(),
            u"Unsaved title"_s);
    }

    void opensAnEntryInItsOwnWindow()
    {
        selectRows(2, 2);
        const QString id = m_library->selectedEntryIds().first();
        pressInList(Qt::Key_Return, Qt::ControlModifier);
        minikmc::ui::EntryWindow *window = nullptr;
        QTRY_VERIFY((window = m_window->findChild<minikmc::ui::EntryWindow *>()));
        QTRY_COMPARE(window->model()->entryIds(), QStringList {id});
        QTRY_VERIFY(window->model()->state() == minikmc::ui::EntryEditModel::State::Ready);
        QVERIFY(window->isVisible());
        window->close();
    }

    void deleteAsksThenDeletes()
    {
        const qint64 total = m_model->totalCount();
        // Cancel keeps everything.
        selectRows(0, 1);
        const QStringList ids = m_library->selectedEntryIds();
        auto cancelled
            = answerNextDialog([](QMessageBox *box) { return box->button(QMessageBox::Cancel); });
        pressDelete();
        QVERIFY(*cancelled);
        QTest::qWait(300);
        QCOMPARE(m_model->totalCount(), total);
        QCOMPARE(serverCode(ids.first()), QString());

        // Delete removes them here and on the server.
        auto confirmed = answerNextDialog(deleteButton);
        pressDelete();
        QVERIFY(*confirmed);
        QTRY_COMPARE_WITH_TIMEOUT(m_model->totalCount(), total - 2, 10000);
        QCOMPARE(m_model->rowOfEntry(ids.at(0)), -1);
        QCOMPARE(m_model->rowOfEntry(ids.at(1)), -1);
        QCOMPARE(serverCode(ids.at(0)), u"ENTRY_ID_NOT_FOUND"_s);
        QCOMPARE(serverCode(ids.at(1)), u"ENTRY_ID_NOT_FOUND"_s);
    }

    void deleteReportsWhatFailed()
    {
        // Someone else deletes the first of three selected entries meanwhile.
        selectRows(0, 2);
        const QStringList ids = m_library->selectedEntryIds();
        m_http.call(u"baseEntry"_s, u"delete"_s,
            {{u"ks"_s, m_http.startSession(2)}, {u"entryId"_s, ids.first()}});
        auto confirmed = answerNextDialog(deleteButton);
        pressDelete();
        QVERIFY(*confirmed);
        QMessageBox *report = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT(
            (report = m_window->findChild<QMessageBox *>(u"deleteFailures"_s)), 10000);
        QVERIFY(report->detailedText().contains(ids.first()));
        QVERIFY(report->detailedText().contains(u"ENTRY_ID_NOT_FOUND"_s));
        QVERIFY(!report->detailedText().contains(ids.at(1)));
        report->close();
        // All three are gone from the list: two deleted now, one already gone.
        for (const QString &id : ids)
            QCOMPARE(m_model->rowOfEntry(id), -1);
    }
};

QTEST_MAIN(TestMainWindowLibrary)
#include "tst_mainwindow_library.moc"
