// SPDX-License-Identifier: GPL-3.0-or-later
// Appearance and accessibility (issue 10): the colours mini-KMC adds stay readable (contrast
// ≥ 3:1, WCAG's minimum for UI text and graphics) on light and on dark palettes; every input,
// button and list of the main window and its dialogs has an accessible name; at a device pixel
// ratio of 2 the toolbar icons are drawn at twice the pixels (SVG, not scaled bitmaps).
#include "AppSettings.h"
#include "Colors.h"
#include "MainWindow.h"
#include "SandboxProcess.h"
#include "api/Client.h"
#include "auth/Accounts.h"
#include "auth/SignIn.h"
#include "models/EntryListModel.h"
#include "views/LibraryView.h"
#include "views/SettingsDialog.h"
#include "views/ShortcutsDialog.h"
#include "views/SignInDialog.h"
#include "views/UploadDetailsDialog.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSlider>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStyleFactory>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolBar>
#include <QToolButton>

#include <cmath>

using namespace Qt::StringLiterals;
namespace colors = minikmc::ui::colors;

namespace {

double luminance(const QColor &c)
{
    const auto channel
        = [](double v) { return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}

double contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QPalette darkPalette()
{
    QPalette p;
    p.setColor(QPalette::Window, QColor(0x2d, 0x2d, 0x2d));
    p.setColor(QPalette::WindowText, QColor(0xee, 0xee, 0xee));
    p.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    p.setColor(QPalette::AlternateBase, QColor(0x26, 0x26, 0x26));
    p.setColor(QPalette::Text, QColor(0xee, 0xee, 0xee));
    p.setColor(QPalette::Button, QColor(0x35, 0x35, 0x35));
    p.setColor(QPalette::ButtonText, QColor(0xee, 0xee, 0xee));
    p.setColor(QPalette::Highlight, QColor(0x2f, 0x7d, 0xd1));
    p.setColor(QPalette::HighlightedText, Qt::white);
    return p;
}

/// Widgets a screen reader must be able to name, without an accessible name.
QStringList unnamed(QWidget *top)
{
    QStringList missing;
    for (QWidget *w : top->findChildren<QWidget *>()) {
        const bool named = qobject_cast<QLineEdit *>(w) || qobject_cast<QPlainTextEdit *>(w)
            || qobject_cast<QComboBox *>(w) || qobject_cast<QAbstractSpinBox *>(w)
            || qobject_cast<QAbstractSlider *>(w) || qobject_cast<QAbstractButton *>(w)
            || qobject_cast<QAbstractItemView *>(w);
        // Parts of composite widgets (a combo's or spin box's line edit, header, tab and dock
        // buttons, scroll bars) are named by their owner.
        QWidget *parent = w->parentWidget();
        const bool part = qobject_cast<QComboBox *>(parent)
            || qobject_cast<QAbstractSpinBox *>(parent) || w->inherits("QScrollBar")
            || w->objectName().startsWith(u"qt_"_s) || parent->inherits("QHeaderView")
            || parent->inherits("QTabBar") || parent->inherits("QDockWidget")
            || parent->inherits("QCalendarWidget") || parent->inherits("QToolBarExtension")
            || w->inherits("QToolBarExtension") || w->inherits("QHeaderView")
            || qobject_cast<QLineEdit *>(parent);
        // Hidden on purpose (e.g. an empty state's button without an action): not reachable.
        if (w->isHidden())
            continue;
        if (!named || part)
            continue;
        QAccessibleInterface *a = QAccessible::queryAccessibleInterface(w);
        if (!a || a->text(QAccessible::Name).trimmed().isEmpty())
            missing.append(QString::fromLatin1(w->metaObject()->className()) + u" "_s
                + w->objectName() + u" in "_s
                + QString::fromLatin1(parent->metaObject()->className()));
    }
    return missing;
}

} // namespace

class TestAppearance : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"mini-KMC-test"_s);
        QCoreApplication::setApplicationName(u"tst_appearance"_s);
    }

    void coloursAreReadableOnLightAndDark_data()
    {
        QTest::addColumn<QPalette>("palette");
        QPalette light = QStyleFactory::create(u"Fusion"_s)->standardPalette();
        light.setColor(QPalette::Base, Qt::white);
        QTest::newRow("light") << light;
        QTest::newRow("dark") << darkPalette();
    }

    void coloursAreReadableOnLightAndDark()
    {
        QFETCH(QPalette, palette);
        using colors::Tone;
        for (const Tone tone : {Tone::Good, Tone::Busy, Tone::Waiting, Tone::Bad, Tone::Neutral}) {
            const QColor c = colors::toneFor(tone, palette);
            for (const auto role : {QPalette::Base, QPalette::Window}) {
                const double ratio = contrast(c, palette.color(role));
                QVERIFY2(ratio >= 3.0,
                    qPrintable(u"tone %1 (%2) on %3: %4:1"_s.arg(int(tone))
                                   .arg(c.name(), palette.color(role).name())
                                   .arg(ratio, 0, 'f', 2)));
            }
        }
    }

    void everyControlHasAnAccessibleName()
    {
        minikmc::ui::MainWindow window;
        QStringList missing = unnamed(&window);
        minikmc::ui::SettingsDialog settings(minikmc::ui::AppSettings {}, 0, [] { return 0; });
        missing += unnamed(&settings);
        minikmc::ui::UploadDetailsDialog sheet(
            minikmc::ui::UploadDetailsDialog::Purpose::NewUploads, {u"/tmp/a.mp4"_s}, {});
        missing += unnamed(&sheet);
        minikmc::ui::ShortcutsDialog shortcuts({});
        missing += unnamed(&shortcuts);
        QVERIFY2(missing.isEmpty(), qPrintable(missing.join(u'\n')));
    }

    void theSignedInWindowToo()
    {
        // With the library, the editor, the tabs and the upload panel built (signed in), on a
        // dark palette; the window is saved for a person to look at.
        QTemporaryDir dir;
        minikmc::test::SandboxProcess sandbox;
        QVERIFY2(sandbox.start(dir.filePath(u"data"_s), {u"--seed"_s, u"20"_s}),
            qPrintable(sandbox.error()));
        const QProcessEnvironment env = sandbox.appTokenEnvironment();
        for (const QString &name : env.keys())
            qputenv(name.toUtf8().constData(), env.value(name).toUtf8());
        QString problem;
        const auto account = minikmc::auth::accountFromEnvironment(&problem);
        QVERIFY2(account, qPrintable(problem));
        const QPalette before = QApplication::palette();
        QApplication::setStyle(u"Fusion"_s);
        QApplication::setPalette(darkPalette());
        minikmc::api::Client client;
        minikmc::auth::SignIn signIn(&client);
        minikmc::ui::MainWindow window;
        window.setSignIn(&signIn);
        window.resize(1300, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QSignalSpy signedIn(&signIn, &minikmc::auth::SignIn::signedIn);
        signIn.signInNew(account->account, account->credentials, false);
        QVERIFY(signedIn.wait(10000));
        auto *library = window.findChild<minikmc::ui::LibraryView *>(u"libraryView"_s);
        QVERIFY(library);
        auto *model = qobject_cast<minikmc::ui::EntryListModel *>(library->tableView()->model());
        QTRY_VERIFY_WITH_TIMEOUT(model->rowCount() > 0 && !model->isLoading(), 20000);
        library->tableView()->selectRow(0);
        QTest::qWait(800); // the details load
        const QStringList missing = unnamed(&window);
        const QString shot = QDir::current().absoluteFilePath(u"tst_appearance-dark.png"_s);
        QVERIFY(window.grab().save(shot));
        qInfo("screenshot: %s", qPrintable(shot));
        QApplication::setPalette(before);
        QVERIFY2(missing.isEmpty(), qPrintable(missing.join(u'\n')));
    }

    void iconsAreSharpAtTwiceThePixels()
    {
        minikmc::ui::MainWindow window;
        auto *toolbar = window.findChild<QToolBar *>(u"mainToolBar"_s);
        QVERIFY(toolbar);
        for (QAction *action : toolbar->actions()) {
            if (action->icon().isNull())
                continue;
            const QPixmap pixmap = action->icon().pixmap(QSize(20, 20), 2.0);
            QCOMPARE(pixmap.devicePixelRatio(), 2.0);
            QCOMPARE(pixmap.size(), QSize(40, 40));
        }
    }
};

QTEST_MAIN(TestAppearance)
#include "tst_appearance.moc"
