// SPDX-License-Identifier: GPL-3.0-or-later
// Settings and Help (issue 10): the typed settings class reads what it wrote and clamps a
// hand-edited file; the settings dialog shows, restores defaults and returns what the user set,
// and Clear Cache empties the thumbnail cache; Help > Keyboard Shortcuts lists the window's real
// keys.
#include "AppSettings.h"
#include "MainWindow.h"
#include "views/SettingsDialog.h"
#include "views/ShortcutsDialog.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>

using namespace Qt::StringLiterals;
using minikmc::ui::AppSettings;
using minikmc::ui::SettingsDialog;

class TestSettings : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"mini-KMC-test"_s);
        QCoreApplication::setApplicationName(u"tst_settings"_s);
    }

    void init() { QSettings().clear(); }

    void defaultsRoundTripAndClamping()
    {
        const AppSettings defaults = AppSettings::load();
        QCOMPARE(defaults, AppSettings {});
        QCOMPARE(defaults.uploadSettings().maxConcurrentFiles, 3);
        QCOMPARE(defaults.uploadSettings().job.workers, 4);
        QCOMPARE(defaults.uploadSettings().job.fixedChunkSize, 0);

        AppSettings changed;
        changed.concurrentUploads = 5;
        changed.workersPerFile = 2;
        changed.chunkSize = 16 * 1024 * 1024;
        changed.resumeOnStart = false;
        changed.pageSize = 200;
        changed.thumbnailCacheMiB = 500;
        changed.language = u"he"_s;
        changed.save();
        QCOMPARE(AppSettings::load(), changed);
        QCOMPARE(AppSettings::load().uploadSettings().resumeOnStart, false);

        // A hand-edited file: every value is brought back into its range.
        QSettings s;
        s.setValue(u"uploads/concurrentFiles"_s, 99);
        s.setValue(u"uploads/workersPerFile"_s, -3);
        s.setValue(u"uploads/chunkSize"_s, 12);
        s.setValue(u"library/pageSize"_s, 100000);
        s.setValue(u"library/thumbnailCacheMiB"_s, u"lots"_s);
        s.setValue(u"ui/language"_s, u"xx"_s);
        const AppSettings clamped = AppSettings::load();
        QCOMPARE(clamped.concurrentUploads, 8);
        QCOMPARE(clamped.workersPerFile, 1);
        QCOMPARE(clamped.chunkSize, 1024 * 1024);
        QCOMPARE(clamped.pageSize, 500);
        QCOMPARE(clamped.thumbnailCacheMiB, 20);
        QCOMPARE(clamped.language, QString());
    }

    void theDialogEditsAndRestoresDefaults()
    {
        AppSettings start;
        start.concurrentUploads = 2;
        start.language = u"de"_s;
        int cleared = 0;
        SettingsDialog dialog(start, 5 * 1024 * 1024, [&cleared] {
            ++cleared;
            return qint64(0);
        });
        QCOMPARE(dialog.settings(), start);
        auto *used = dialog.findChild<QLabel *>(u"cacheUsed"_s);
        QVERIFY(used->text().contains(u"5"_s));
        dialog.findChild<QPushButton *>(u"clearCache"_s)->click();
        QCOMPARE(cleared, 1);
        QVERIFY(!used->text().contains(u"5"_s));

        dialog.findChild<QSpinBox *>(u"workersPerFile"_s)->setValue(6);
        auto *chunk = dialog.findChild<QComboBox *>(u"chunkSize"_s);
        chunk->setCurrentIndex(chunk->findData(qint64(4 * 1024 * 1024)));
        dialog.findChild<QSpinBox *>(u"pageSize"_s)->setValue(300);
        auto *language = dialog.findChild<QComboBox *>(u"language"_s);
        language->setCurrentIndex(language->findData(u"he"_s));
        const AppSettings edited = dialog.settings();
        QCOMPARE(edited.workersPerFile, 6);
        QCOMPARE(edited.chunkSize, 4 * 1024 * 1024);
        QCOMPARE(edited.pageSize, 300);
        QCOMPARE(edited.language, u"he"_s);
        QCOMPARE(edited.concurrentUploads, 2);

        auto *buttons = dialog.findChild<QDialogButtonBox *>();
        buttons->button(QDialogButtonBox::RestoreDefaults)->click();
        QCOMPARE(dialog.settings(), AppSettings {});
    }

    void keyboardShortcutsListTheWindowsKeys()
    {
        minikmc::ui::MainWindow window;
        QList<QAction *> withKeys;
        for (QAction *action : window.findChildren<QAction *>()) {
            if (!action->shortcut().isEmpty() && !action->text().isEmpty())
                withKeys.append(action);
        }
        QVERIFY(withKeys.size() >= 6);
        auto *help = window.findChild<QAction *>(u"shortcutsAction"_s);
        QVERIFY(help);
        QString listed;
        QTimer::singleShot(0, this, [&listed] {
            auto *dialog
                = qobject_cast<minikmc::ui::ShortcutsDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            auto *tree = dialog->findChild<QTreeWidget *>(u"shortcutsTree"_s);
            for (int g = 0; g < tree->topLevelItemCount(); ++g) {
                for (int i = 0; i < tree->topLevelItem(g)->childCount(); ++i)
                    listed += tree->topLevelItem(g)->child(i)->text(1) + u'\n';
            }
            dialog->reject();
        });
        help->trigger();
        // Every window-level key (Upload, Refresh, Find, Table, Grid, Settings…) is listed.
        for (const QString &keys : {u"Ctrl+U"_s, u"F5"_s, u"Ctrl+F"_s, u"Ctrl+1"_s, u"Ctrl+2"_s,
                 u"Ctrl+,"_s, u"Ctrl+S"_s, u"Space"_s})
            QVERIFY2(listed.contains(keys), qPrintable(keys + u" missing from:\n"_s + listed));
    }
};

QTEST_MAIN(TestSettings)
#include "tst_settings.moc"
