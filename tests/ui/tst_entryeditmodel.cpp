// SPDX-License-Identifier: GPL-3.0-or-later
// EntryEditModel and EntryEditor against a sandbox library: dirty, valid and revert; a save
// sends the changed field only and leaves nothing dirty; a failed save keeps the edits and says
// why; a conflict keeps them until the editor chooses; a multi-edit of 120 entries adds a tag in
// three multirequests; the form marks changed fields and saves with Ctrl+S.
#include "SandboxHttp.h"
#include "SandboxProcess.h"
#include "api/Client.h"
#include "models/EntryEditModel.h"
#include "views/EntryEditor.h"

#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using minikmc::api::Client;
using minikmc::entries::Conflict;
using minikmc::entries::Entry;
using minikmc::entries::Field;
using minikmc::test::SandboxHttp;
using minikmc::test::SandboxProcess;
using minikmc::ui::EntryEditModel;
using minikmc::ui::EntryEditor;

class TestEntryEditModel : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    SandboxProcess m_sandbox;
    SandboxHttp m_http {m_sandbox};
    Client m_client;

    QList<Entry> mediaEntries(int count)
    {
        const QJsonArray objects
            = m_http
                  .call(u"baseEntry"_s, u"list"_s,
                      {{u"ks"_s, m_client.ks()},
                          {u"filter"_s,
                              QJsonObject {{u"objectType"_s, u"KalturaMediaEntryFilter"_s},
                                  {u"mediaTypeIn"_s, u"1,2,5"_s}, {u"orderBy"_s, u"+createdAt"_s}}},
                          {u"pager"_s, QJsonObject {{u"pageSize"_s, count}}}})
                  .object()
                  .value(u"objects"_s)
                  .toArray();
        QList<Entry> out;
        for (const QJsonValue &v : objects) {
            Entry e;
            QString why;
            if (Entry::fromJson(v, &e, &why))
                out.append(e);
        }
        return out;
    }

    bool loadInto(EntryEditModel &model, const QString &id)
    {
        model.load(id);
        return QTest::qWaitFor(
            [&] { return model.state() == EntryEditModel::State::Ready; }, 10000);
    }

    QList<QJsonObject> updatesLogged()
    {
        QList<QJsonObject> out;
        for (const QJsonValue &v : m_http.requestLog()) {
            const QJsonObject call = v.toObject();
            if (call.value(u"action"_s).toString().compare(u"update"_s, Qt::CaseInsensitive) == 0) {
                QJsonObject entry
                    = call.value(u"params"_s).toObject().value(u"mediaEntry"_s).toObject();
                entry.remove(u"objectType"_s);
                out.append(entry);
            }
        }
        return out;
    }

    void serverRename(const QString &id, const QString &name)
    {
        m_http.call(u"media"_s, u"update"_s,
            {{u"ks"_s, m_client.ks()}, {u"entryId"_s, id},
                {u"mediaEntry"_s,
                    QJsonObject {{u"objectType"_s, u"KalturaMediaEntry"_s}, {u"name"_s, name}}}});
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

    void dirtyValidAndRevert()
    {
        EntryEditModel model(&m_client);
        const Entry e = mediaEntries(1).first();
        QVERIFY(loadInto(model, e.id));
        QCOMPARE(model.value(Field::Name).toString(), e.name);
        QVERIFY(!model.isDirty());
        QSignalSpy changed(&model, &EntryEditModel::changed);
        model.setValue(Field::Name, u"Changed"_s);
        QCOMPARE(changed.size(), 1);
        QVERIFY(model.isDirty(Field::Name));
        QVERIFY(!model.isDirty(Field::Description));
        QVERIFY(model.isValid());
        model.setValue(Field::Name, QString());
        QVERIFY(!model.isValid());
        QVERIFY(!model.validationMessage(Field::Name).isEmpty());
        QVERIFY(!model.save()); // nothing invalid is sent
        model.setValue(Field::ReferenceId, u"x"_s);
        QVERIFY(!model.validationMessage(Field::ReferenceId).isEmpty());
        model.setValue(Field::StartDate, QDateTime(QDate(2030, 1, 2), QTime(10, 0), Qt::UTC));
        model.setValue(Field::EndDate, QDateTime(QDate(2030, 1, 1), QTime(10, 0), Qt::UTC));
        QVERIFY(!model.validationMessage(Field::EndDate).isEmpty());
        model.revert();
        QVERIFY(!model.isDirty());
        QVERIFY(model.isValid());
        QCOMPARE(model.value(Field::Name).toString(), e.name);
    }

    void saveSendsTheChangedFieldOnly()
    {
        EntryEditModel model(&m_client);
        const Entry e = mediaEntries(2).at(1);
        QVERIFY(loadInto(model, e.id));
        model.setValue(Field::Name, u"Saved from the model"_s);
        m_http.clearRequestLog();
        QSignalSpy saved(&model, &EntryEditModel::saved);
        QVERIFY(model.save());
        QCOMPARE(model.state(), EntryEditModel::State::Saving);
        QVERIFY(saved.wait(10000));
        QCOMPARE(updatesLogged().size(), 1);
        QCOMPARE(updatesLogged().first().keys(), QStringList {u"name"_s});
        QVERIFY(!model.isDirty());
        QCOMPARE(model.entries().first().name, u"Saved from the model"_s);
    }

    void aFailedSaveKeepsTheEdits()
    {
        EntryEditModel model(&m_client);
        const Entry e = mediaEntries(3).at(2);
        QVERIFY(loadInto(model, e.id));
        model.setValue(Field::Description, u"Typed with care"_s);
        QVERIFY(m_http.faults(QJsonObject {{u"rules"_s,
            QJsonArray {QJsonObject {
                {u"match"_s, u"media.update"_s}, {u"times"_s, 1}, {u"httpStatus"_s, 503}}}}}));
        QSignalSpy failed(&model, &EntryEditModel::failed);
        QVERIFY(model.save());
        QVERIFY(failed.wait(20000));
        m_http.clearFaults();
        QCOMPARE(model.value(Field::Description).toString(), u"Typed with care"_s);
        QVERIFY(model.isDirty(Field::Description));
        QVERIFY2(model.errorText().contains(u"503"_s), qPrintable(model.errorText()));
        QSignalSpy saved(&model, &EntryEditModel::saved);
        QVERIFY(model.save()); // and it can be tried again
        QVERIFY(saved.wait(10000));
        QVERIFY(model.errorText().isEmpty());
    }

    void aConflictWaitsForTheEditor()
    {
        EntryEditModel model(&m_client);
        const Entry e = mediaEntries(4).at(3);
        QVERIFY(loadInto(model, e.id));
        model.setValue(Field::Name, u"Mine"_s);
        serverRename(e.id, u"Theirs"_s);
        m_http.clearRequestLog();
        QSignalSpy conflicted(&model, &EntryEditModel::conflicted);
        QVERIFY(model.save());
        QVERIFY(conflicted.wait(10000));
        const auto conflicts = conflicted.first().first().value<QList<Conflict>>();
        QCOMPARE(conflicts.size(), 1);
        QCOMPARE(conflicts.first().theirs.toString(), u"Theirs"_s);
        QVERIFY(updatesLogged().isEmpty());
        QCOMPARE(model.value(Field::Name).toString(), u"Mine"_s); // still there
        QVERIFY(model.isDirty());

        // Take theirs: nothing left to save, the form shows their value.
        model.resolveConflicts({{Field::Name, false}});
        QCOMPARE(model.value(Field::Name).toString(), u"Theirs"_s);
        QVERIFY(!model.isDirty());

        // Again, keeping mine this time.
        model.setValue(Field::Name, u"Mine again"_s);
        serverRename(e.id, u"Theirs again"_s);
        conflicted.clear();
        QVERIFY(model.save());
        QVERIFY(conflicted.wait(10000));
        QSignalSpy saved(&model, &EntryEditModel::saved);
        model.resolveConflicts({{Field::Name, true}});
        QVERIFY(saved.wait(10000));
        QCOMPARE(model.entries().first().name, u"Mine again"_s);
    }

    void multiEditOfManyEntries()
    {
        EntryEditModel model(&m_client);
        const QList<Entry> chosen = mediaEntries(120);
        QCOMPARE(chosen.size(), 120);
        model.setEntries(chosen);
        QVERIFY(model.isMulti());
        QVERIFY(model.isMixed(Field::Name));
        QVERIFY(model.value(Field::Name).toString().isEmpty()); // no one entry's name for all
        QVERIFY(!model.isDirty());
        model.setTagsToAdd({u"batch-reviewed"_s});
        QVERIFY(model.isDirty(Field::Tags));
        m_http.clearRequestLog();
        QSignalSpy saved(&model, &EntryEditModel::saved);
        QVERIFY(model.save());
        QVERIFY(saved.wait(30000));
        QSet<int> httpRequests;
        for (const QJsonValue &v : m_http.requestLog())
            httpRequests.insert(v.toObject().value(u"http"_s).toInt());
        QCOMPARE(httpRequests.size(), 3);
        const QList<QJsonObject> updates = updatesLogged();
        QCOMPARE(updates.size(), 120);
        for (const QJsonObject &u : updates)
            QCOMPARE(u.keys(), QStringList {u"tags"_s});
        for (const Entry &e : model.entries())
            QVERIFY(e.tags.contains(u"batch-reviewed"_s));
        QVERIFY(!model.isDirty());
        // Revert drops a multi-edit that was not saved.
        model.setTagsToRemove({u"batch-reviewed"_s});
        model.setValue(Field::ReferenceId, u"same-for-all"_s);
        QVERIFY(model.isDirty());
        model.revert();
        QVERIFY(!model.isDirty());
        QVERIFY(model.tagsToRemove().isEmpty());
        QVERIFY(model.isMixed(Field::ReferenceId)
            || model.value(Field::ReferenceId).toString() != u"same-for-all"_s);
    }

    void theFormMarksAndSaves()
    {
        EntryEditModel model(&m_client);
        EntryEditor editor(&model, nullptr);
        editor.resize(420, 700);
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        const Entry e = mediaEntries(6).at(5);
        QVERIFY(loadInto(model, e.id));
        auto *name = editor.findChild<QLineEdit *>(u"editName"_s);
        QCOMPARE(name->text(), e.name);
        auto *save = editor.findChild<QPushButton *>(u"saveButton"_s);
        QVERIFY(!save->isEnabled());
        name->setFocus();
        name->selectAll();
        QTest::keyClicks(name, u"Typed in the form"_s);
        QVERIFY(model.isDirty(Field::Name));
        QVERIFY(save->isEnabled());
        const auto labels = editor.findChildren<QLabel *>();
        QVERIFY(std::any_of(labels.cbegin(), labels.cend(),
            [](const QLabel *l) { return l->text().endsWith(u" •"_s) && l->font().bold(); }));
        m_http.clearRequestLog();
        QSignalSpy saved(&model, &EntryEditModel::saved);
        QTest::keyClick(name, Qt::Key_S, Qt::ControlModifier);
        QVERIFY(saved.wait(10000));
        QCOMPARE(updatesLogged().size(), 1);
        QCOMPARE(updatesLogged().first().value(u"name"_s).toString(), u"Typed in the form"_s);
        QVERIFY(!save->isEnabled());
    }
};

QTEST_MAIN(TestEntryEditModel)
#include "tst_entryeditmodel.moc"
