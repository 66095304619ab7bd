// SPDX-License-Identifier: GPL-3.0-or-later
// Entry details and editing against a sandbox library, checked in the sandbox's request log:
// opening details is one HTTP request; a save sends only the changed fields (a cleared one as
// field__null); a concurrent change to the same field is caught before anything is sent, one to
// another field survives; a failed save reports the error; a multi-edit of 120 entries is three
// multirequests carrying only the changed field; the CLI's get and update.
#include "SandboxHttp.h"
#include "SandboxProcess.h"
#include "api/BatchedCalls.h"
#include "api/Client.h"
#include "entries/EntryDetails.h"
#include "entries/EntrySaver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using minikmc::api::BatchedCalls;
using minikmc::api::Client;
using minikmc::entries::BulkEdit;
using minikmc::entries::Conflict;
using minikmc::entries::EditableEntry;
using minikmc::entries::Entry;
using minikmc::entries::EntryDetails;
using minikmc::entries::EntryDetailsLoader;
using minikmc::entries::EntryPatch;
using minikmc::entries::EntrySaver;
using minikmc::entries::Field;
using minikmc::test::SandboxHttp;
using minikmc::test::SandboxProcess;

class TestEntryEdit : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    SandboxProcess m_sandbox;
    SandboxHttp m_http {m_sandbox};
    Client m_client;

    /// Entries of the library (raw objects), newest first.
    QJsonArray entries(int count, const QJsonObject &extra = {})
    {
        // The media entries the library lists.
        QJsonObject filter {{u"objectType"_s, u"KalturaMediaEntryFilter"_s},
            {u"orderBy"_s, u"-createdAt"_s}, {u"mediaTypeIn"_s, u"1,2,5"_s},
            {u"statusIn"_s, u"-1,-2,0,1,2,7,4"_s}};
        for (auto it = extra.begin(); it != extra.end(); ++it)
            filter.insert(it.key(), it.value());
        return m_http
            .call(u"baseEntry"_s, u"list"_s,
                {{u"ks"_s, m_client.ks()}, {u"filter"_s, filter},
                    {u"pager"_s, QJsonObject {{u"pageSize"_s, count}}}})
            .object()
            .value(u"objects"_s)
            .toArray();
    }

    Entry entry(const QString &id)
    {
        Entry e;
        QString why;
        Entry::fromJson(
            m_http.call(u"baseEntry"_s, u"get"_s, {{u"ks"_s, m_client.ks()}, {u"entryId"_s, id}})
                .json,
            &e, &why);
        return e;
    }

    /// The media.update calls in the request log: their mediaEntry objects.
    QList<QJsonObject> updatesLogged()
    {
        QList<QJsonObject> out;
        for (const QJsonValue &v : m_http.requestLog()) {
            const QJsonObject call = v.toObject();
            if (call.value(u"action"_s).toString().compare(u"update"_s, Qt::CaseInsensitive) == 0)
                out.append(call.value(u"params"_s).toObject().value(u"mediaEntry"_s).toObject());
        }
        return out;
    }

    static QStringList fieldsOf(QJsonObject object)
    {
        object.remove(u"objectType"_s);
        QStringList keys = object.keys();
        keys.sort();
        return keys;
    }

    struct SaveOutcome {
        std::optional<Entry> saved;
        QList<Conflict> conflicts;
        minikmc::api::Error error;
    };

    SaveOutcome save(const QString &id, const EditableEntry &loaded, const EditableEntry &edited)
    {
        EntrySaver saver(&m_client);
        SaveOutcome outcome;
        bool done = false;
        connect(&saver, &EntrySaver::saved, this, [&](const Entry &e) {
            outcome.saved = e;
            done = true;
        });
        connect(&saver, &EntrySaver::conflicted, this, [&](const QList<Conflict> &c) {
            outcome.conflicts = c;
            done = true;
        });
        connect(&saver, &EntrySaver::failed, this, [&](const minikmc::api::Error &e) {
            outcome.error = e;
            done = true;
        });
        if (saver.save(id, loaded, edited))
            (void)QTest::qWaitFor([&] { return done; }, 20000);
        return outcome;
    }

    QPair<int, QByteArray> cli(const QStringList &args)
    {
        return m_sandbox.runSignedIn(QStringLiteral(MINIKMC_CLI_BINARY), args);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(
            m_sandbox.start(m_dir.filePath(u"data"_s), {u"--seed"_s, u"300"_s, u"--seed-media"_s}),
            qPrintable(m_sandbox.error()));
        QVERIFY(m_client.setServiceUrl(m_sandbox.serviceUrl()));
        m_client.setKs(m_http.startSession(2));
    }

    void detailsInOneRequest()
    {
        // An entry with media (flavors, thumbnails) and one with categories.
        QString withMedia;
        for (const QJsonValue &v : entries(50)) {
            if (v.toObject().value(u"name"_s).toString().startsWith(u"Colour bars"_s))
                withMedia = v.toObject().value(u"id"_s).toString();
        }
        QVERIFY(!withMedia.isEmpty());
        QString withCategories;
        for (const QJsonValue &v : entries(100)) {
            if (!v.toObject().value(u"categoriesIds"_s).toString().isEmpty()) {
                withCategories = v.toObject().value(u"id"_s).toString();
                break;
            }
        }
        QVERIFY(!withCategories.isEmpty());

        for (const QString &id : {withMedia, withCategories}) {
            m_http.clearRequestLog();
            EntryDetailsLoader loader(&m_client);
            QSignalSpy loaded(&loader, &EntryDetailsLoader::loaded);
            loader.load(id);
            QVERIFY(loaded.wait(10000));
            const auto d = loaded.first().first().value<EntryDetails>();
            QVERIFY(d.entryError.isOk());
            QCOMPARE(d.entry.id, id);
            const QJsonArray log = m_http.requestLog();
            QSet<int> httpRequests;
            for (const QJsonValue &v : log)
                httpRequests.insert(v.toObject().value(u"http"_s).toInt());
            QCOMPARE(httpRequests.size(), 1); // one HTTP request
            QCOMPARE(log.size(), 4); // entry, flavors, thumbnails, categories
            if (id == withMedia) {
                QVERIFY(d.flavors.size() >= 2);
                QVERIFY(std::any_of(d.flavors.cbegin(), d.flavors.cend(),
                    [](const auto &f) { return f.isOriginal; }));
                QVERIFY(std::any_of(d.thumbs.cbegin(), d.thumbs.cend(),
                    [](const auto &t) { return t.isDefault(); }));
            } else {
                QCOMPARE(d.categoryNames.keys(), [&] {
                    QStringList ids = d.entry.categoryIds;
                    ids.sort();
                    return ids;
                }());
                for (const QString &name : d.categoryNames)
                    QVERIFY(!name.isEmpty());
            }
        }
    }

    void savesOnlyWhatChanged()
    {
        const QString id = entries(1, {{u"descriptionLike"_s, u"Presented"_s}})
                               .at(0)
                               .toObject()
                               .value(u"id"_s)
                               .toString();
        const EditableEntry loaded = EditableEntry::of(entry(id));
        QVERIFY(!loaded.description.isEmpty());
        EditableEntry edited = loaded;
        edited.name = u"A better title"_s;
        m_http.clearRequestLog();
        SaveOutcome outcome = save(id, loaded, edited);
        QVERIFY(outcome.saved);
        QCOMPARE(outcome.saved->name, u"A better title"_s);
        QList<QJsonObject> updates = updatesLogged();
        QCOMPARE(updates.size(), 1);
        QCOMPARE(fieldsOf(updates.first()), QStringList {u"name"_s});

        // Clearing the description sends description__null, and the server stores none.
        const EditableEntry reloaded = EditableEntry::of(*outcome.saved);
        edited = reloaded;
        edited.description.clear();
        m_http.clearRequestLog();
        outcome = save(id, reloaded, edited);
        QVERIFY(outcome.saved);
        updates = updatesLogged();
        QCOMPARE(fieldsOf(updates.first()), QStringList {u"description__null"_s});
        QVERIFY(outcome.saved->description.isEmpty());
        QCOMPARE(outcome.saved->name, u"A better title"_s);
    }

    void concurrentChangesAreCaught()
    {
        const QString id = entries(3).at(2).toObject().value(u"id"_s).toString();
        const EditableEntry loaded = EditableEntry::of(entry(id));
        // A colleague renames it and changes its tags meanwhile.
        QVERIFY(m_http
                    .call(u"media"_s, u"update"_s,
                        {{u"ks"_s, m_client.ks()}, {u"entryId"_s, id},
                            {u"mediaEntry"_s,
                                QJsonObject {{u"objectType"_s, u"KalturaMediaEntry"_s},
                                    {u"name"_s, u"Their title"_s}, {u"tags"_s, u"theirs"_s}}}})
                    .object()
                    .value(u"id"_s)
                    .toString()
            == id);

        // Renaming it too: a conflict with both values, and no update is sent.
        EditableEntry mine = loaded;
        mine.name = u"My title"_s;
        m_http.clearRequestLog();
        SaveOutcome outcome = save(id, loaded, mine);
        QCOMPARE(outcome.conflicts.size(), 1);
        QCOMPARE(outcome.conflicts.first().field, Field::Name);
        QCOMPARE(outcome.conflicts.first().theirs.toString(), u"Their title"_s);
        QCOMPARE(outcome.conflicts.first().mine.toString(), u"My title"_s);
        QCOMPARE(outcome.conflicts.first().loaded.toString(), loaded.name);
        QVERIFY(updatesLogged().isEmpty());
        QCOMPARE(entry(id).name, u"Their title"_s);

        // Keeping mine: saved against their current values; their tags stay.
        const EditableEntry current = EditableEntry::of(entry(id));
        EditableEntry keepMine = current;
        keepMine.name = mine.name;
        outcome = save(id, current, keepMine);
        QVERIFY(outcome.saved);
        QCOMPARE(outcome.saved->name, u"My title"_s);
        QCOMPARE(outcome.saved->tags, QStringList {u"theirs"_s});

        // A change to another field than mine is no conflict, and survives my save.
        const EditableEntry before = EditableEntry::of(entry(id));
        m_http.call(u"media"_s, u"update"_s,
            {{u"ks"_s, m_client.ks()}, {u"entryId"_s, id},
                {u"mediaEntry"_s,
                    QJsonObject {{u"objectType"_s, u"KalturaMediaEntry"_s},
                        {u"description"_s, u"Their description"_s}}}});
        EditableEntry renamed = before;
        renamed.name = u"My second title"_s;
        outcome = save(id, before, renamed);
        QVERIFY(outcome.saved);
        QCOMPARE(outcome.saved->description, u"Their description"_s);
        QCOMPARE(outcome.saved->name, u"My second title"_s);
    }

    void aFailedSaveSaysWhy()
    {
        const QString id = entries(5).at(4).toObject().value(u"id"_s).toString();
        const EditableEntry loaded = EditableEntry::of(entry(id));
        EditableEntry edited = loaded;
        edited.referenceId = u"ref-42"_s;
        QVERIFY(m_http.faults(QJsonObject {{u"rules"_s,
            QJsonArray {QJsonObject {
                {u"match"_s, u"media.update"_s}, {u"times"_s, 1}, {u"httpStatus"_s, 500}}}}}));
        const SaveOutcome outcome = save(id, loaded, edited);
        m_http.clearFaults();
        QVERIFY(!outcome.saved);
        QVERIFY(!outcome.error.isOk());
        QCOMPARE(outcome.error.httpStatus(), 500);
        QVERIFY(entry(id).referenceId != u"ref-42"_s);
        // The same edit saves once the server is well again.
        QVERIFY(save(id, loaded, edited).saved);
        QCOMPARE(entry(id).referenceId, u"ref-42"_s);
    }

    void multiEditSendsOnlyTheChangedField()
    {
        QList<Entry> chosen;
        for (const QJsonValue &v : entries(120, {{u"orderBy"_s, u"+createdAt"_s}})) {
            Entry e;
            QString why;
            QVERIFY(Entry::fromJson(v, &e, &why));
            chosen.append(e);
        }
        QCOMPARE(chosen.size(), 120);
        BulkEdit edit;
        edit.addTags = {u"reviewed"_s};
        const auto items = minikmc::entries::bulkUpdateCalls(chosen, edit);
        QCOMPARE(items.size(), 120);
        m_http.clearRequestLog();
        BatchedCalls calls(&m_client, items);
        QSignalSpy finished(&calls, &BatchedCalls::finished);
        calls.start();
        QVERIFY(finished.wait(30000));
        QVERIFY(calls.failures().isEmpty());
        QSet<int> httpRequests;
        for (const QJsonValue &v : m_http.requestLog())
            httpRequests.insert(v.toObject().value(u"http"_s).toInt());
        QCOMPARE(httpRequests.size(), 3);
        const QList<QJsonObject> updates = updatesLogged();
        QCOMPARE(updates.size(), 120);
        for (const QJsonObject &u : updates)
            QCOMPARE(fieldsOf(u), QStringList {u"tags"_s});
        for (const Entry &e : {chosen.first(), chosen.at(60), chosen.last()}) {
            const Entry now = entry(e.id);
            QVERIFY(now.tags.contains(u"reviewed"_s));
            for (const QString &tag : e.tags)
                QVERIFY(now.tags.contains(tag)); // the others' tags kept
        }
        // Done again: nothing changes, nothing is sent.
        QList<Entry> reread;
        for (const Entry &e : std::as_const(chosen))
            reread.append(entry(e.id));
        QVERIFY(minikmc::entries::bulkUpdateCalls(reread, edit).isEmpty());
    }

    void cliGetAndUpdate()
    {
        const QString id = entries(7).at(6).toObject().value(u"id"_s).toString();
        auto [code, output] = cli({u"get"_s, id, u"--json"_s});
        QCOMPARE(code, 0);
        QCOMPARE(QJsonDocument::fromJson(output).object().value(u"id"_s).toString(), id);

        const bool hadDescription = !entry(id).description.isEmpty();
        m_http.clearRequestLog();
        std::tie(code, output) = cli({u"update"_s, id, u"--name"_s, u"Named from the CLI"_s,
            u"--clear"_s, u"description"_s, u"--json"_s});
        QCOMPARE(code, 0);
        const QList<QJsonObject> updates = updatesLogged();
        QCOMPARE(updates.size(), 1);
        const QStringList expected = hadDescription
            ? QStringList {u"description__null"_s, u"name"_s}
            : QStringList {u"name"_s};
        QCOMPARE(fieldsOf(updates.first()), expected);
        QCOMPARE(entry(id).name, u"Named from the CLI"_s);
        QVERIFY(entry(id).description.isEmpty());

        QCOMPARE(cli({u"update"_s, id, u"--clear"_s, u"status"_s}).first, 2);
        QCOMPARE(cli({u"update"_s, id, u"--reference-id"_s, u"x"_s}).first, 2); // too short
        QCOMPARE(cli({u"update"_s, id}).first, 2);
        QCOMPARE(cli({u"get"_s, u"0_nosuchid"_s}).first, 1);
    }
};

QTEST_MAIN(TestEntryEdit)
#include "tst_entryedit.moc"
