// SPDX-License-Identifier: GPL-3.0-or-later
// The catalogues (issue 10): German and Hebrew have no unfinished or empty entries and every
// translation keeps its source's placeholders (%1…%9, %n, %Ln); under Hebrew the main window is
// laid out right to left with translated menus (a screenshot is written for a person to look at).
#include "MainWindow.h"
#include "Resources.h"

#include <QApplication>
#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QMenuBar>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

namespace {

struct Message {
    QString context;
    QString source;
    QStringList translations; ///< one, or the numerus forms
    bool unfinished = false;
    bool gone = false; ///< vanished or obsolete: not used any more
};

QList<Message> readCatalogue(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return {};
    }
    QList<Message> messages;
    QXmlStreamReader xml(&file);
    QString context;
    Message current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == "name"_L1) {
            context = xml.readElementText();
        } else if (name == "message"_L1) {
            current = Message {context, {}, {}, false, false};
        } else if (name == "source"_L1) {
            current.source = xml.readElementText();
        } else if (name == "translation"_L1) {
            const QString type = xml.attributes().value("type"_L1).toString();
            current.unfinished = type == "unfinished"_L1;
            current.gone = type == "vanished"_L1 || type == "obsolete"_L1;
            // Either text, or <numerusform> children.
            QString text;
            while (!xml.atEnd()) {
                xml.readNext();
                if (xml.isCharacters())
                    text += xml.text();
                else if (xml.isStartElement() && xml.name() == "numerusform"_L1)
                    current.translations.append(xml.readElementText());
                else if (xml.isEndElement() && xml.name() == "translation"_L1)
                    break;
            }
            if (current.translations.isEmpty())
                current.translations.append(text);
            messages.append(current);
        }
    }
    if (xml.hasError())
        *error = xml.errorString();
    return messages;
}

QSet<QString> placeholders(const QString &text)
{
    static const QRegularExpression re(u"%(L?n|\\d)"_s);
    QSet<QString> found;
    for (auto it = re.globalMatch(text); it.hasNext();)
        found.insert(it.next().captured(0));
    return found;
}

} // namespace

class TestTranslations : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void catalogueIsComplete_data()
    {
        QTest::addColumn<QString>("path");
        for (const QString &lang : {u"de"_s, u"he"_s})
            QTest::newRow(qPrintable(lang))
                << QStringLiteral(MINIKMC_TRANSLATIONS_DIR) + u"/minikmc_"_s + lang + u".ts"_s;
    }

    void catalogueIsComplete()
    {
        QFETCH(QString, path);
        QString error;
        const QList<Message> messages = readCatalogue(path, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(messages.size() > 400);
        QStringList problems;
        for (const Message &m : messages) {
            if (m.gone)
                continue;
            const QString where = m.context + u": "_s + m.source;
            if (m.unfinished) {
                problems.append(u"unfinished: "_s + where);
                continue;
            }
            const QSet<QString> wanted = placeholders(m.source);
            for (const QString &t : m.translations) {
                if (t.trimmed().isEmpty()) {
                    problems.append(u"empty: "_s + where);
                    continue;
                }
                // A singular form may say "one" instead of %n; every other placeholder stays.
                QSet<QString> have = placeholders(t);
                QSet<QString> need = wanted;
                if (m.translations.size() > 1 && &t == &m.translations.first()) {
                    need.remove(u"%n"_s);
                    have.remove(u"%n"_s);
                }
                if (!have.contains(need) || !need.contains(have))
                    problems.append(u"placeholders differ: "_s + where + u" → "_s + t);
            }
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }

    void mainWindowIsRightToLeftInHebrew()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString qm = dir.filePath(u"minikmc_he.qm"_s);
        QProcess lrelease;
        lrelease.start(QStringLiteral(MINIKMC_LRELEASE),
            {u"-silent"_s, QStringLiteral(MINIKMC_TRANSLATIONS_DIR) + u"/minikmc_he.ts"_s, u"-qm"_s,
                qm});
        QVERIFY(lrelease.waitForFinished(60000));
        QCOMPARE(lrelease.exitCode(), 0);
        QTranslator translator;
        QVERIFY(translator.load(qm));
        QVERIFY(QApplication::installTranslator(&translator));
        QTRY_COMPARE(QApplication::layoutDirection(), Qt::RightToLeft);

        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"mini-KMC-test"_s);
        QCoreApplication::setApplicationName(u"tst_translations"_s);
        minikmc::ui::MainWindow window;
        window.resize(1200, 760);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(window.layoutDirection(), Qt::RightToLeft);
        // The menus speak Hebrew, and the Filters dock (left in English) is on the right.
        const QString file = window.menuBar()->actions().first()->text();
        QVERIFY2(file.contains(QChar(0x05E7)), qPrintable(file)); // "&קובץ"
        const QString shot = QDir::current().absoluteFilePath(u"tst_translations-he.png"_s);
        QVERIFY(window.grab().save(shot));
        qInfo("screenshot: %s", qPrintable(shot));
        auto *filters = window.findChild<QDockWidget *>(u"filtersDock"_s);
        QVERIFY(filters);
        QVERIFY2(filters->geometry().center().x() > window.width() / 2,
            qPrintable(u"%1 %2"_s.arg(filters->geometry().x()).arg(filters->isVisible())));
        QApplication::removeTranslator(&translator);
    }
};

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
