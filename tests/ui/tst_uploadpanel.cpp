// SPDX-License-Identifier: GPL-3.0-or-later
// Uploads in the main window, offscreen, against the sandbox: files dropped on the window go
// through the upload sheet (its details reach the new entries) and a file that cannot be
// uploaded is refused with its reason; the Uploads panel pauses, resumes and cancels; quitting
// with uploads running asks, and they continue after the next sign-in from the journal.
#include "MainWindow.h"
#include "SandboxHttp.h"
#include "SandboxProcess.h"
#include "TestFiles.h"
#include "api/Client.h"
#include "auth/Accounts.h"
#include "auth/SignIn.h"
#include "models/UploadQueueModel.h"
#include "upload/UploadJournal.h"
#include "upload/UploadQueue.h"
#include "views/UploadDetailsDialog.h"
#include "views/UploadPanel.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QDropEvent>
#include <QFile>
#include <QJsonArray>
#include <QLineEdit>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>
#include <QTreeView>

using namespace Qt::StringLiterals;
using namespace minikmc::upload;
using minikmc::api::Client;
using minikmc::test::SandboxHttp;
using minikmc::test::SandboxProcess;
using minikmc::ui::MainWindow;
using minikmc::ui::UploadQueueModel;

class TestUploadPanel : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    SandboxProcess m_sandbox;
    SandboxHttp m_http {m_sandbox};
    Client m_client;
    std::unique_ptr<minikmc::auth::SignIn> m_signIn;
    std::unique_ptr<MainWindow> m_window;
    std::optional<minikmc::auth::EnvironmentAccount> m_account;

    /// Runs `answer` on the next modal dialog of type T once it is shown.
    template<class T>
    static std::shared_ptr<bool> onNextDialog(const std::function<void(T *)> &answer)
    {
        auto answered = std::make_shared<bool>(false);
        auto poll = std::make_shared<std::function<void()>>();
        *poll = [answered, answer, poll] {
            auto *dialog = qobject_cast<T *>(QApplication::activeModalWidget());
            if (!dialog) {
                QTimer::singleShot(20, qApp, *poll);
                return;
            }
            *answered = true;
            answer(dialog);
        };
        QTimer::singleShot(20, qApp, *poll);
        return answered;
    }

    QString randomFile(const QString &name, qint64 size)
    {
        return minikmc::test::writeRandomFile(m_dir.filePath(name), size);
    }

    QString serverSha(const QString &tokenId)
    {
        return m_http.uploadedCopy(tokenId).value(u"sha256"_s).toString();
    }

    UploadQueue *queue() { return m_window->uploadQueue(); }

    QToolButton *button(const QString &name)
    {
        return m_window->uploadPanel()->findChild<QToolButton *>(name);
    }

    void signIn()
    {
        QSignalSpy signedIn(m_signIn.get(), &minikmc::auth::SignIn::signedIn);
        m_signIn->signInNew(m_account->account, m_account->credentials, false);
        QVERIFY(signedIn.wait(10000));
    }

    bool throttle(int bytesPerSecond)
    {
        return m_http.faults(QJsonObject {{u"rules"_s,
            QJsonArray {QJsonObject {{u"match"_s, u"uploadToken.upload"_s},
                {u"throttleBytesPerSecond"_s, bytesPerSecond}}}}});
    }

    /// One file through the sheet (accepted as it is), waiting until it is queued.
    UploadJob *uploadOne(const QString &path)
    {
        const int before = int(queue()->jobs().size());
        onNextDialog<minikmc::ui::UploadDetailsDialog>(
            [](minikmc::ui::UploadDetailsDialog *d) { d->accept(); });
        m_window->uploadFiles({path});
        return queue()->jobs().size() == before + 1 ? queue()->jobs().last() : nullptr;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"mini-KMC-test"_s);
        QCoreApplication::setApplicationName(u"tst_uploadpanel"_s);
        QSettings().clear();
        QSettings().setValue(u"uploads/chunkSize"_s, 256 * 1024);
        QFile::remove(UploadJournal::defaultPath());
        QVERIFY(m_dir.isValid());
        QVERIFY2(m_sandbox.start(m_dir.filePath(u"data"_s), {u"--seed"_s, u"30"_s}),
            qPrintable(m_sandbox.error()));
        const QProcessEnvironment env = m_sandbox.appTokenEnvironment();
        for (const QString &name : env.keys())
            qputenv(name.toUtf8().constData(), env.value(name).toUtf8());
        QString problem;
        m_account = minikmc::auth::accountFromEnvironment(&problem);
        QVERIFY2(m_account, qPrintable(problem));
        m_signIn = std::make_unique<minikmc::auth::SignIn>(&m_client);
        m_window = std::make_unique<MainWindow>();
        m_window->setSignIn(m_signIn.get());
        m_window->resize(1300, 800);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        signIn();
        QVERIFY(queue());
        QVERIFY(m_window->uploadPanel());
    }

    void cleanup() { m_http.clearFaults(); }

    void droppedFilesGoThroughTheSheet()
    {
        auto *model = m_window->uploadPanel()->model();
        QAbstractItemModelTester tester(
            model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QString a = randomFile(u"Dropped one.mp4"_s, 700 * 1024);
        const QString b = randomFile(u"Dropped two.mp4"_s, 300 * 1024 + 7);
        const QString text = m_dir.filePath(u"notes.txt"_s);
        {
            QFile f(text);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("not media");
        }
        auto sheet = onNextDialog<minikmc::ui::UploadDetailsDialog>(
            [](minikmc::ui::UploadDetailsDialog *d) {
                d->findChild<QLineEdit *>(u"uploadTags"_s)->setText(u"dropped, fieldwork"_s);
                d->accept();
            });
        QString refusal;
        auto message = onNextDialog<QMessageBox>([&refusal](QMessageBox *box) {
            refusal = box->informativeText();
            box->accept();
        });
        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(a), QUrl::fromLocalFile(b), QUrl::fromLocalFile(text)});
        const QPoint at = m_window->rect().center();
        QDragEnterEvent enter(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(m_window.get(), &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(QPointF(at), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(m_window.get(), &drop);
        QTRY_VERIFY(*sheet);
        QTRY_VERIFY(*message);
        QVERIFY2(refusal.contains(u"notes.txt"_s), qPrintable(refusal));
        QCOMPARE(model->rowCount(), 2);
        for (UploadJob *job : queue()->jobs())
            QTRY_COMPARE_WITH_TIMEOUT(job->state(), UploadState::Done, 30000);
        for (int row = 0; row < 2; ++row) {
            UploadJob *job = model->jobAt(row);
            QCOMPARE(model->index(row, 0).data(UploadQueueModel::ProgressRole).toDouble(), 1.0);
            QCOMPARE(
                serverSha(job->record().tokenId), minikmc::test::sha256Hex(job->record().filePath));
            const QJsonObject entry = m_http
                                          .call(u"baseEntry"_s, u"get"_s,
                                              {{u"ks"_s, m_http.startSession(2)},
                                                  {u"entryId"_s, job->record().entryId}})
                                          .object();
            QCOMPARE(entry.value(u"tags"_s).toString().remove(u' '), u"dropped,fieldwork"_s);
            QCOMPARE(entry.value(u"name"_s).toString(),
                QFileInfo(job->record().filePath).completeBaseName());
        }
        // Finished: nothing left to report, and Clear Finished empties the list.
        QTRY_VERIFY(m_window->uploadPanel()->summary().isEmpty());
        button(u"uploadClearButton"_s)->click();
        QCOMPARE(model->rowCount(), 0);
    }

    void thePanelPausesResumesAndCancels()
    {
        const QString path = randomFile(u"Panel.mp4"_s, 3 * 1024 * 1024);
        QVERIFY(throttle(512 * 1024));
        UploadJob *job = uploadOne(path);
        QVERIFY(job);
        QTRY_VERIFY_WITH_TIMEOUT(job->record().bytesDone > 0, 20000);
        auto *view = m_window->uploadPanel()->view();
        view->selectionModel()->select(view->model()->index(0, 0),
            QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        button(u"uploadPauseButton"_s)->click();
        QCOMPARE(job->state(), UploadState::Paused);
        QVERIFY(button(u"uploadResumeButton"_s)->isEnabled());
        button(u"uploadResumeButton"_s)->click();
        QTRY_COMPARE(job->state(), UploadState::Uploading);
        const QString token = job->record().tokenId;
        const QString entry = job->record().entryId;
        auto confirmed = onNextDialog<QMessageBox>([](QMessageBox *box) {
            box->findChild<QPushButton *>(u"confirmCancelUploads"_s)->click();
        });
        button(u"uploadCancelButton"_s)->click();
        QVERIFY(*confirmed);
        QTRY_COMPARE_WITH_TIMEOUT(job->state(), UploadState::Cancelled, 20000);
        const QString ks = m_http.startSession(2);
        QCOMPARE(
            m_http.call(u"baseEntry"_s, u"get"_s, {{u"ks"_s, ks}, {u"entryId"_s, entry}}).code(),
            u"ENTRY_ID_NOT_FOUND"_s);
        const auto t
            = m_http.call(u"uploadToken"_s, u"get"_s, {{u"ks"_s, ks}, {u"uploadTokenId"_s, token}});
        QVERIFY(
            t.code() == u"UPLOAD_TOKEN_NOT_FOUND"_s || t.object().value(u"status"_s).toInt() == 5);
        queue()->clearFinished();
    }

    void quittingAsksAndUploadsContinueNextTime()
    {
        const QString path = randomFile(u"Quit.mp4"_s, 3 * 1024 * 1024 + 3);
        QVERIFY(throttle(512 * 1024));
        UploadJob *job = uploadOne(path);
        QVERIFY(job);
        const qint64 id = job->id();
        QTRY_VERIFY_WITH_TIMEOUT(job->record().bytesDone > 0, 20000);
        // "Keep Uploading": the window stays and the upload goes on.
        auto kept = onNextDialog<QMessageBox>([](QMessageBox *box) { box->reject(); });
        QVERIFY(!m_window->close());
        QVERIFY(*kept);
        QVERIFY(m_window->isVisible());
        QVERIFY(isRunning(job->state()));
        // "Quit": the uploads stop, the journal keeps them.
        auto quit = onNextDialog<QMessageBox>([](QMessageBox *box) {
            box->findChild<QPushButton *>(u"confirmQuitWithUploads"_s)->click();
        });
        QVERIFY(m_window->close());
        QVERIFY(*quit);
        QCOMPARE(queue()->jobs().size(), 0);
        UploadJournal journal;
        QVERIFY(journal.open());
        const auto stored = journal.record(id);
        QVERIFY(stored);
        QVERIFY(isUnfinished(stored->state));
        m_http.clearFaults();
        // Next time (here: the next sign-in), it continues on its own, from the server's offset.
        m_window->show();
        signIn();
        QTRY_COMPARE(queue()->jobs().size(), 1);
        UploadJob *again = queue()->jobs().first();
        QCOMPARE(again->id(), id);
        QTRY_COMPARE_WITH_TIMEOUT(again->state(), UploadState::Done, 30000);
        QCOMPARE(serverSha(again->record().tokenId), minikmc::test::sha256Hex(path));
        QCOMPARE(again->record().tokenId, stored->tokenId);
    }
};

QTEST_MAIN(TestUploadPanel)
#include "tst_uploadpanel.moc"
