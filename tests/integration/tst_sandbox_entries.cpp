// SPDX-License-Identifier: GPL-3.0-or-later
// kaltura-sandbox, entries and categories: media/baseEntry add, get, update, delete, list, count,
// getByIds; category list/get; --seed. The library of a --seed 12500 sandbox is read once (in
// two createdAt halves, each under the 10 000-match limit); every filter and order is then
// checked against the answer computed here from that copy.
#include "SandboxHttp.h"
#include "SandboxProcess.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <algorithm>
#include <functional>
#include <limits>
#include <optional>

using namespace Qt::StringLiterals;
using minikmc::test::Answer;
using minikmc::test::SandboxHttp;
using minikmc::test::SandboxProcess;

namespace {

using Entry = QJsonObject;
using Predicate = std::function<bool(const Entry &)>;
/// A sort key; entries without the field (null) sort first ascending, like SQL NULLs.
using Key = std::function<QVariant(const Entry &)>;

constexpr int kSeed = 12500;

qint64 num(const Entry &e, const QString &key)
{
    return qint64(e.value(key).toDouble());
}

QString str(const Entry &e, const QString &key)
{
    return e.value(key).toString();
}

bool contains(const Entry &e, const QString &key, const QString &text)
{
    return str(e, key).contains(text, Qt::CaseInsensitive);
}

QStringList list(const QString &commaList)
{
    return commaList.split(u',', Qt::SkipEmptyParts);
}

/// What a list shows without status, moderation or displayInSearch filters (§7.3).
bool visibleByDefault(const Entry &e)
{
    const int moderation = int(num(e, u"moderationStatus"_s));
    const int display = int(num(e, u"displayInSearch"_s));
    return num(e, u"status"_s) == 2 && moderation != 1 && moderation != 3 && display != -2
        && display != -1;
}

bool mediaFilterType(const Entry &e)
{
    const qint64 type = num(e, u"type"_s);
    return type == 1 || type == 7 || type == 8;
}

QStringList ids(const QList<Entry> &entries)
{
    QStringList out;
    for (const Entry &e : entries)
        out.append(str(e, u"id"_s));
    return out;
}

QStringList ids(const QJsonArray &objects)
{
    QStringList out;
    for (const QJsonValue &v : objects)
        out.append(v.toObject().value(u"id"_s).toString());
    return out;
}

int compareKeys(const QVariant &a, const QVariant &b)
{
    if (a.isNull() || b.isNull())
        return int(b.isNull()) - int(a.isNull());
    if (a.typeId() == QMetaType::QString)
        return QString::compare(a.toString(), b.toString(), Qt::CaseInsensitive);
    return a.toDouble() < b.toDouble() ? -1 : int(a.toDouble() > b.toDouble());
}

/// Sorted by key, the id breaking ties in the same direction.
QList<Entry> sorted(QList<Entry> entries, const Key &key, bool descending)
{
    std::stable_sort(entries.begin(), entries.end(), [&](const Entry &a, const Entry &b) {
        int c = key ? compareKeys(key(a), key(b)) : 0;
        if (c == 0)
            c = QString::compare(str(a, u"id"_s), str(b, u"id"_s));
        return descending ? c > 0 : c < 0;
    });
    return entries;
}

Key field(const QString &name)
{
    return [name](const Entry &e) {
        const QJsonValue v = e.value(name);
        return v.isUndefined() ? QVariant() : v.toVariant();
    };
}

/// The filter that lists every entry that is not deleted, whatever its status.
const QJsonObject kEverything {{u"statusIn"_s, u"-2,-1,0,1,2,4,5,6,7"_s},
    {u"moderationStatusIn"_s, u"1,2,3,4,5,6"_s}, {u"displayInSearchIn"_s, u"-2,-1,0,1,2"_s}};

QJsonObject merged(QJsonObject a, const QJsonObject &b)
{
    for (auto it = b.begin(); it != b.end(); ++it)
        a.insert(it.key(), it.value());
    return a;
}

} // namespace

class TestSandboxEntries : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    SandboxProcess m_sandbox;
    SandboxHttp m_http {m_sandbox};
    QString m_adminKs;
    QList<Entry> m_all; ///< every seeded entry that is not deleted

    Answer call(const QString &service, const QString &action, QJsonObject params = {})
    {
        if (!params.contains(u"ks"_s))
            params.insert(u"ks"_s, m_adminKs);
        return m_http.call(service, action, params);
    }

    QList<Entry> where(const Predicate &p) const
    {
        QList<Entry> out;
        std::copy_if(m_all.begin(), m_all.end(), std::back_inserter(out), p);
        return out;
    }

    const Entry &any(const Predicate &p) const
    {
        const auto it = std::find_if(m_all.begin(), m_all.end(), p);
        Q_ASSERT(it != m_all.end());
        return *it;
    }

    /// Empty when the server's first page (500) and totalCount of list, and its count, are the
    /// expected ones; otherwise what differs.
    QString differences(const QString &service, const QJsonObject &filter, const Predicate &p,
        const Key &key = field(u"createdAt"_s), bool descending = false)
    {
        const QList<Entry> expected = sorted(where(p), key, descending);
        const Answer a = call(service, u"list"_s,
            {{u"filter"_s, filter}, {u"pager"_s, QJsonObject {{u"pageSize"_s, 500}}}});
        const QJsonObject r = a.json.toObject();
        const QString what
            = QString::fromUtf8(QJsonDocument(filter).toJson(QJsonDocument::Compact));
        if (!a.code().isEmpty())
            return what + u": "_s + a.code();
        if (num(r, u"totalCount"_s) != expected.size())
            return what
                + u": totalCount %1, expected %2"_s.arg(num(r, u"totalCount"_s))
                      .arg(expected.size());
        if (ids(r.value(u"objects"_s).toArray()) != ids(expected.mid(0, 500)))
            return what + u": other objects or order"_s;
        const Answer count = call(service, u"count"_s, {{u"filter"_s, filter}});
        if (qint64(count.json.toDouble()) != expected.size())
            return what + u": count %1"_s.arg(count.json.toDouble());
        return {};
    }

    /// All entries matching filter, read in two createdAt halves (each under 10 000 matches).
    QList<Entry> readAll(const QJsonObject &filter)
    {
        constexpr qint64 kMiddle = 1677628800 + 3 * 365 * 86400 / 2;
        QList<Entry> out;
        for (const QJsonObject &half : {QJsonObject {{u"createdAtLessThanOrEqual"_s, kMiddle}},
                 QJsonObject {{u"createdAtGreaterThanOrEqual"_s, kMiddle + 1}}}) {
            for (int page = 1;; ++page) {
                const QJsonArray objects = call(u"baseEntry"_s, u"list"_s,
                    {{u"filter"_s, merged(merged(filter, half), {{u"orderBy"_s, u"+createdAt"_s}})},
                        {u"pager"_s, QJsonObject {{u"pageSize"_s, 500}, {u"pageIndex"_s, page}}}})
                                               .object()
                                               .value(u"objects"_s)
                                               .toArray();
                for (const QJsonValue &v : objects)
                    out.append(v.toObject());
                if (objects.size() < 500)
                    break;
            }
        }
        return out;
    }

    QJsonObject addMedia(const QJsonObject &entry, const QString &ks = {})
    {
        return call(
            u"media"_s, u"add"_s, {{u"ks"_s, ks.isEmpty() ? m_adminKs : ks}, {u"entry"_s, entry}})
            .object();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(m_sandbox.start(m_dir.filePath(u"data"_s), {u"--seed"_s, QString::number(kSeed)}),
            qPrintable(m_sandbox.error()));
        m_adminKs = m_http.startSession(2, u"editor@sandbox.local"_s);
        m_all = readAll(kEverything);
        const Answer count = call(u"baseEntry"_s, u"count"_s, {{u"filter"_s, kEverything}});
        QCOMPARE(qint64(m_all.size()), qint64(count.json.toDouble()));
        QVERIFY(m_all.size() > 10000 && m_all.size() < kSeed); // a few seeded entries are deleted
        const QStringList all = ids(m_all);
        QCOMPARE(QSet<QString>(all.begin(), all.end()).size(), m_all.size());
    }

    void seededLibraryIsVaried()
    {
        QSet<qint64> statuses, types, mediaTypes;
        QSet<QString> names;
        qint64 first = std::numeric_limits<qint64>::max(), last = 0;
        for (const Entry &e : m_all) {
            statuses.insert(num(e, u"status"_s));
            types.insert(num(e, u"type"_s));
            if (e.contains(u"mediaType"_s))
                mediaTypes.insert(num(e, u"mediaType"_s));
            names.insert(str(e, u"name"_s));
            first = std::min(first, num(e, u"createdAt"_s));
            last = std::max(last, num(e, u"createdAt"_s));
        }
        QCOMPARE(statuses, (QSet<qint64> {-2, -1, 0, 1, 2, 4, 5, 6, 7}));
        QCOMPARE(types, (QSet<qint64> {1, 5, 6, 7, 10}));
        QVERIFY(mediaTypes.contains(1) && mediaTypes.contains(2) && mediaTypes.contains(5));
        QVERIFY(names.size() > m_all.size() / 3);
        QVERIFY(last - first > 2 * 365 * 86400);
        QVERIFY(where([](const Entry &e) { return num(e, u"status"_s) == 2; }).size()
            > m_all.size() * 3 / 4);
        QVERIFY(!where([](const Entry &e) { return e.contains(u"referenceId"_s); }).isEmpty());
        QVERIFY(
            !where([](const Entry &e) { return !str(e, u"categoriesIds"_s).isEmpty(); }).isEmpty());
        // Polymorphic objects.
        QCOMPARE(str(any([](const Entry &e) { return num(e, u"type"_s) == 5; }), u"objectType"_s),
            u"KalturaPlaylist"_s);
        QCOMPARE(str(any([](const Entry &e) { return num(e, u"type"_s) == 10; }), u"objectType"_s),
            u"KalturaDocumentEntry"_s);
    }

    void serverDefaults()
    {
        const Answer media = call(u"media"_s, u"list"_s);
        QCOMPARE(media.object().value(u"objectType"_s).toString(), u"KalturaMediaListResponse"_s);
        QCOMPARE(media.object().value(u"objects"_s).toArray().size(), 30); // default page size
        QVERIFY(differences(u"media"_s, {}, [](const Entry &e) {
            return visibleByDefault(e) && mediaFilterType(e);
        }).isEmpty());
        QVERIFY(differences(u"baseEntry"_s, {}, visibleByDefault).isEmpty());
        const Answer base = call(u"baseEntry"_s, u"list"_s);
        QCOMPARE(
            base.object().value(u"objectType"_s).toString(), u"KalturaBaseEntryListResponse"_s);
        // A KalturaMediaEntryFilter given to baseEntry.list brings its typeIn default.
        QVERIFY(differences(
            u"baseEntry"_s, {{u"objectType"_s, u"KalturaMediaEntryFilter"_s}}, [](const Entry &e) {
                return visibleByDefault(e) && mediaFilterType(e);
            }).isEmpty());
        // idEqual skips every default; idIn skips the displayInSearch one only.
        const Entry &hidden = any([](const Entry &e) {
            return num(e, u"status"_s) != 2 && num(e, u"displayInSearch"_s) == -2;
        });
        QVERIFY(differences(
            u"baseEntry"_s, {{u"idEqual"_s, str(hidden, u"id"_s)}}, [&](const Entry &e) {
                return e == hidden;
            }).isEmpty());
        const Entry &recycled = any([](const Entry &e) {
            return num(e, u"status"_s) == 2 && num(e, u"displayInSearch"_s) == -2
                && num(e, u"moderationStatus"_s) == 6;
        });
        const QString idIn = str(hidden, u"id"_s) + u',' + str(recycled, u"id"_s);
        QVERIFY(differences(u"baseEntry"_s, {{u"idIn"_s, idIn}}, [&](const Entry &e) {
            return e == recycled;
        }).isEmpty());
    }

    void everyFilter()
    {
        const Entry &withRef = any(
            [](const Entry &e) { return visibleByDefault(e) && e.contains(u"referenceId"_s); });
        const Entry &twoCategories = any([](const Entry &e) {
            return visibleByDefault(e) && list(str(e, u"categoriesIds"_s)).size() == 2;
        });
        const QStringList pair = list(str(twoCategories, u"categoriesIds"_s));
        const QString name = str(any(visibleByDefault), u"name"_s);
        const qint64 t1 = 1677628800 + 200 * 86400, t2 = t1 + 120 * 86400;
        const auto v = [](Predicate p) {
            return [p](const Entry &e) { return visibleByDefault(e) && p(e); };
        };
        const QStringList words {u"physics"_s, u"lecture"_s};
        const QStringList events {u"10"_s, u"11"_s, u"12"_s, u"13"_s, u"14"_s};
        const auto inCategory = [](const Entry &e, const QString &id) {
            return list(str(e, u"categoriesIds"_s)).contains(id);
        };
        const auto seconds = [](const Entry &e) { return num(e, u"duration"_s); };
        const auto playable
            = [](const Entry &e) { return num(e, u"type"_s) == 1 && num(e, u"mediaType"_s) != 2; };
        const QList<std::pair<QJsonObject, Predicate>> cases = {
            {{{u"idNotIn"_s, str(m_all.at(0), u"id"_s) + u',' + str(m_all.at(1), u"id"_s)}},
                v([&](const Entry &e) { return e != m_all.at(0) && e != m_all.at(1); })},
            {{{u"nameLike"_s, u"keynote"_s}},
                v([](const Entry &e) { return contains(e, u"name"_s, u"KEYNOTE"_s); })},
            {{{u"nameEqual"_s, name}},
                v([&](const Entry &e) { return str(e, u"name"_s) == name; })},
            {{{u"nameMultiLikeOr"_s, u"podcast,interview"_s}}, v([](const Entry &e) {
                 return contains(e, u"name"_s, u"podcast"_s)
                     || contains(e, u"name"_s, u"interview"_s);
             })},
            {{{u"nameMultiLikeAnd"_s, u"lecture,physics"_s}}, v([](const Entry &e) {
                 return contains(e, u"name"_s, u"lecture"_s)
                     && contains(e, u"name"_s, u"physics"_s);
             })},
            {{{u"freeText"_s, u"physics lecture"_s}}, v([&words](const Entry &e) {
                 return std::all_of(words.begin(), words.end(), [&e](const QString &w) {
                     for (const QString &f :
                         {u"name"_s, u"description"_s, u"tags"_s, u"id"_s, u"referenceId"_s}) {
                         if (contains(e, f, w))
                             return true;
                     }
                     return false;
                 });
             })},
            {{{u"freeText"_s, u"handout,podcast"_s}}, v([](const Entry &e) {
                 for (const QString &f :
                     {u"name"_s, u"description"_s, u"tags"_s, u"id"_s, u"referenceId"_s}) {
                     if (contains(e, f, u"handout"_s) || contains(e, f, u"podcast"_s))
                         return true;
                 }
                 return false;
             })},
            {{{u"tagsLike"_s, u"tutorial"_s}},
                v([](const Entry &e) { return contains(e, u"tags"_s, u"tutorial"_s); })},
            {{{u"tagsMultiLikeOr"_s, u"demo,keynote"_s}}, v([](const Entry &e) {
                 return contains(e, u"tags"_s, u"demo"_s) || contains(e, u"tags"_s, u"keynote"_s);
             })},
            {{{u"tagsMultiLikeAnd"_s, u"lecture,student"_s}}, v([](const Entry &e) {
                 return contains(e, u"tags"_s, u"lecture"_s)
                     && contains(e, u"tags"_s, u"student"_s);
             })},
            {{{u"tagsNameMultiLikeOr"_s, u"keynote,podcast"_s}}, v([](const Entry &e) {
                 for (const QString &f : {u"tags"_s, u"name"_s}) {
                     if (contains(e, f, u"keynote"_s) || contains(e, f, u"podcast"_s))
                         return true;
                 }
                 return false;
             })},
            {{{u"adminTagsLike"_s, u"featured"_s}},
                v([](const Entry &e) { return contains(e, u"adminTags"_s, u"featured"_s); })},
            {{{u"userIdEqual"_s, u"alice@example.com"_s}},
                v([](const Entry &e) { return str(e, u"userId"_s) == u"alice@example.com"_s; })},
            {{{u"userIdIn"_s, u"bob@example.com,carol@example.com"_s}}, v([](const Entry &e) {
                 return str(e, u"userId"_s) == u"bob@example.com"_s
                     || str(e, u"userId"_s) == u"carol@example.com"_s;
             })},
            {{{u"creatorIdEqual"_s, u"dave@example.com"_s}},
                v([](const Entry &e) { return str(e, u"creatorId"_s) == u"dave@example.com"_s; })},
            {{{u"statusEqual"_s, 7}},
                [](const Entry &e) {
                    return num(e, u"status"_s) == 7
                        && visibleByDefault(merged(e, {{u"status"_s, 2}}));
                }},
            {{{u"statusIn"_s, u"-1,-2"_s}},
                [](const Entry &e) {
                    return num(e, u"status"_s) < 0
                        && visibleByDefault(merged(e, {{u"status"_s, 2}}));
                }},
            {{{u"statusNotEqual"_s, 2}},
                [](const Entry &e) {
                    return num(e, u"status"_s) != 2
                        && visibleByDefault(merged(e, {{u"status"_s, 2}}));
                }},
            {{{u"statusNotIn"_s, u"2,7"_s}},
                [](const Entry &e) {
                    return num(e, u"status"_s) != 2 && num(e, u"status"_s) != 7
                        && visibleByDefault(merged(e, {{u"status"_s, 2}}));
                }},
            {merged(kEverything, {{u"moderationStatusIn"_s, u"1,3"_s}}),
                [](const Entry &e) {
                    return num(e, u"moderationStatus"_s) == 1 || num(e, u"moderationStatus"_s) == 3;
                }},
            {{{u"statusIn"_s, u"-2,-1,0,1,2,4,5,6,7"_s}, {u"displayInSearchIn"_s, u"-2,-1,0,1,2"_s},
                 {u"moderationStatusEqual"_s, 5}},
                [](const Entry &e) { return num(e, u"moderationStatus"_s) == 5; }},
            {{{u"moderationStatusNotEqual"_s, 6}},
                [](const Entry &e) {
                    return num(e, u"status"_s) == 2 && num(e, u"moderationStatus"_s) != 6
                        && visibleByDefault(merged(e, {{u"moderationStatus"_s, 6}}));
                }},
            {{{u"typeEqual"_s, 5}}, v([](const Entry &e) { return num(e, u"type"_s) == 5; })},
            {{{u"typeIn"_s, u"6,10"_s}}, v([](const Entry &e) {
                 return num(e, u"type"_s) == 6 || num(e, u"type"_s) == 10;
             })},
            {{{u"objectType"_s, u"KalturaMediaEntryFilter"_s}, {u"mediaTypeEqual"_s, 5}},
                v([](const Entry &e) {
                    return mediaFilterType(e) && num(e, u"mediaType"_s) == 5;
                })},
            {{{u"objectType"_s, u"KalturaMediaEntryFilter"_s}, {u"mediaTypeIn"_s, u"2,5"_s}},
                v([](const Entry &e) {
                    return mediaFilterType(e)
                        && (num(e, u"mediaType"_s) == 2 || num(e, u"mediaType"_s) == 5);
                })},
            {{{u"categoriesIdsMatchOr"_s, u"2,3"_s}},
                v([&](const Entry &e) { return inCategory(e, u"2"_s) || inCategory(e, u"3"_s); })},
            {{{u"categoriesIdsMatchAnd"_s, pair.join(u',')}}, v([&](const Entry &e) {
                 return inCategory(e, pair.at(0)) && inCategory(e, pair.at(1));
             })},
            {{{u"categoriesIdsNotContains"_s, u"2"_s}},
                v([&](const Entry &e) { return !inCategory(e, u"2"_s); })},
            {{{u"categoriesIdsEmpty"_s, 1}},
                v([](const Entry &e) { return str(e, u"categoriesIds"_s).isEmpty(); })},
            {{{u"categoriesIdsEmpty"_s, 0}},
                v([](const Entry &e) { return !str(e, u"categoriesIds"_s).isEmpty(); })},
            {{{u"categoryAncestorIdIn"_s, u"10"_s}}, v([&](const Entry &e) {
                 return std::any_of(events.begin(), events.end(),
                     [&](const QString &id) { return inCategory(e, id); });
             })},
            {{{u"categoriesMatchOr"_s, u"Lectures>Physics"_s}},
                v([&](const Entry &e) { return inCategory(e, u"2"_s); })},
            {{{u"createdAtGreaterThanOrEqual"_s, t1}, {u"createdAtLessThanOrEqual"_s, t2}},
                v([&](const Entry &e) {
                    return num(e, u"createdAt"_s) >= t1 && num(e, u"createdAt"_s) <= t2;
                })},
            {{{u"updatedAtGreaterThanOrEqual"_s, t2}},
                v([&](const Entry &e) { return num(e, u"updatedAt"_s) >= t2; })},
            {{{u"updatedAtLessThanOrEqual"_s, t1}},
                v([&](const Entry &e) { return num(e, u"updatedAt"_s) <= t1; })},
            {{{u"startDateGreaterThanOrEqual"_s, t1}}, v([&](const Entry &e) {
                 return e.contains(u"startDate"_s) && num(e, u"startDate"_s) >= t1;
             })},
            {{{u"startDateLessThanOrEqualOrNull"_s, t1}}, v([&](const Entry &e) {
                 return !e.contains(u"startDate"_s) || num(e, u"startDate"_s) <= t1;
             })},
            {{{u"endDateLessThanOrEqual"_s, t2}}, v([&](const Entry &e) {
                 return e.contains(u"endDate"_s) && num(e, u"endDate"_s) <= t2;
             })},
            {{{u"referenceIdEqual"_s, str(withRef, u"referenceId"_s)}},
                v([&](const Entry &e) { return e == withRef; })},
            {{{u"referenceIdIn"_s, str(withRef, u"referenceId"_s) + u",REF-nothing"_s}},
                v([&](const Entry &e) { return e == withRef; })},
            {{{u"objectType"_s, u"KalturaMediaEntryFilter"_s}, {u"durationLessThan"_s, 240}},
                v([&](const Entry &e) { return mediaFilterType(e) && seconds(e) < 240; })},
            {{{u"objectType"_s, u"KalturaPlayableEntryFilter"_s}, {u"durationGreaterThan"_s, 1200}},
                v([&](const Entry &e) { return seconds(e) > 1200; })},
            {{{u"objectType"_s, u"KalturaMediaEntryFilter"_s},
                 {u"durationGreaterThanOrEqual"_s, 60}, {u"durationLessThanOrEqual"_s, 120}},
                v([&](const Entry &e) {
                    return mediaFilterType(e) && seconds(e) >= 60 && seconds(e) <= 120;
                })},
            {{{u"objectType"_s, u"KalturaMediaEntryFilter"_s},
                 {u"durationTypeMatchOr"_s, u"short,long"_s}},
                v([&](const Entry &e) {
                    return mediaFilterType(e) && playable(e) && seconds(e) > 0
                        && (seconds(e) < 240 || seconds(e) > 1200);
                })},
            {{{u"objectType"_s, u"KalturaMediaEntryFilter"_s},
                 {u"lastPlayedAtGreaterThanOrEqual"_s, t2}},
                v([&](const Entry &e) {
                    return mediaFilterType(e) && num(e, u"lastPlayedAt"_s) >= t2;
                })},
            {{{u"displayInSearchEqual"_s, -2}},
                [](const Entry &e) {
                    return num(e, u"displayInSearch"_s) == -2
                        && visibleByDefault(merged(e, {{u"displayInSearch"_s, 1}}));
                }},
            {{{u"displayInSearchIn"_s, u"0,2"_s}}, v([](const Entry &e) {
                 return num(e, u"displayInSearch"_s) == 0 || num(e, u"displayInSearch"_s) == 2;
             })},
            {{{u"partnerSortValueGreaterThanOrEqual"_s, 500}},
                v([](const Entry &e) { return num(e, u"partnerSortValue"_s) >= 500; })},
        };
        for (const auto &[filter, predicate] : cases) {
            QVERIFY2(!where(predicate).isEmpty(),
                QJsonDocument(filter).toJson(QJsonDocument::Compact).constData());
            const QString diff = differences(u"baseEntry"_s, filter, predicate);
            QVERIFY2(diff.isEmpty(), qPrintable(diff));
        }
    }

    void everyOrder()
    {
        const auto constant = Key();
        // Media fields are absent from other entries' objects; their columns hold 0.
        const auto number = [](const QString &name) {
            return [name](const Entry &e) { return QVariant(num(e, name)); };
        };
        const QList<std::pair<QString, Key>> orders = {{u"createdAt"_s, field(u"createdAt"_s)},
            {u"updatedAt"_s, field(u"updatedAt"_s)}, {u"name"_s, field(u"name"_s)},
            {u"rank"_s, field(u"rank"_s)}, {u"totalRank"_s, constant},
            {u"moderationCount"_s, constant}, {u"partnerSortValue"_s, field(u"partnerSortValue"_s)},
            {u"startDate"_s, field(u"startDate"_s)}, {u"endDate"_s, field(u"endDate"_s)},
            {u"recent"_s, field(u"createdAt"_s)}, {u"weight"_s, constant},
            {u"plays"_s, number(u"plays"_s)}, {u"views"_s, number(u"views"_s)},
            {u"duration"_s, number(u"duration"_s)}, {u"lastPlayedAt"_s, field(u"lastPlayedAt"_s)},
            {u"mediaType"_s, field(u"mediaType"_s)}};
        const auto visibleMedia
            = [](const Entry &e) { return visibleByDefault(e) && mediaFilterType(e); };
        for (const auto &[name, key] : orders) {
            for (const QChar direction : {u'+', u'-'}) {
                const QString diff = differences(u"media"_s, {{u"orderBy"_s, direction + name}},
                    visibleMedia, key, direction == u'-');
                QVERIFY2(diff.isEmpty(), qPrintable(diff));
            }
        }
        Answer a = call(
            u"media"_s, u"list"_s, {{u"filter"_s, QJsonObject {{u"orderBy"_s, u"-size"_s}}}});
        QCOMPARE(a.code(), u"INVALID_ENUM_VALUE"_s);
        QCOMPARE(a.object().value(u"message"_s).toString(),
            u"Invalid enumeration value \"-size\" for parameter \"orderBy\", expecting enumeration type \"KalturaMediaEntryOrderBy\""_s);
        // baseEntry orders have no playable fields.
        a = call(
            u"baseEntry"_s, u"list"_s, {{u"filter"_s, QJsonObject {{u"orderBy"_s, u"-plays"_s}}}});
        QCOMPARE(a.object().value(u"args"_s).toObject().value(u"ENUM_TYPE"_s).toString(),
            u"KalturaBaseEntryOrderBy"_s);
    }

    void pager()
    {
        const auto page = [this](const QJsonObject &pager) {
            return call(u"baseEntry"_s, u"list"_s,
                {{u"filter"_s, QJsonObject {{u"orderBy"_s, u"+createdAt"_s}}}, {u"pager"_s, pager}})
                .object()
                .value(u"objects"_s)
                .toArray();
        };
        const QList<Entry> expected = sorted(where(visibleByDefault), field(u"createdAt"_s), false);
        QCOMPARE(ids(page({})), ids(expected.mid(0, 30)));
        QCOMPARE(ids(page({{u"pageSize"_s, 900}})), ids(expected.mid(0, 500)));
        QCOMPARE(ids(page({{u"pageSize"_s, 10}, {u"pageIndex"_s, 0}})), ids(expected.mid(0, 10)));
        QCOMPARE(ids(page({{u"pageSize"_s, 10}, {u"pageIndex"_s, -4}})), ids(expected.mid(0, 10)));
        QCOMPARE(ids(page({{u"pageSize"_s, 10}, {u"pageIndex"_s, 3}})), ids(expected.mid(20, 10)));
        // pageSize 0 (or less) is "no limit": sphinx's default maximum of 1 000 records.
        QCOMPARE(ids(page({{u"pageSize"_s, -5}})), ids(expected.mid(0, 1000)));
    }

    void tenThousandMatches()
    {
        const auto list = [this](int size, int index) {
            return call(u"baseEntry"_s, u"list"_s,
                {{u"filter"_s, merged(kEverything, {{u"orderBy"_s, u"+createdAt"_s}})},
                    {u"pager"_s, QJsonObject {{u"pageSize"_s, size}, {u"pageIndex"_s, index}}}});
        };
        const QList<Entry> expected = sorted(m_all, field(u"createdAt"_s), false);
        Answer a = list(500, 20); // entries 9 501..10 000
        QCOMPARE(ids(a.object().value(u"objects"_s).toArray()), ids(expected.mid(9500, 500)));
        QCOMPARE(
            num(a.object(), u"totalCount"_s), qint64(m_all.size())); // the real count, > 10 000
        a = list(500, 21);
        QCOMPARE(a.code(), u"QUERY_EXCEEDED_MAX_MATCHES_ALLOWED"_s);
        QCOMPARE(a.object().value(u"message"_s).toString(),
            u"Unable to generate list. max matches value was reached"_s);
        QVERIFY(a.object().value(u"args"_s).isArray());
        // A page across the limit is cut there; SphinxCriteria then counts offset + fetched.
        a = list(300, 34);
        QCOMPARE(ids(a.object().value(u"objects"_s).toArray()), ids(expected.mid(9900, 100)));
        QCOMPARE(num(a.object(), u"totalCount"_s), qint64(10000));
    }

    void overflowingPageIndex()
    {
        // 2^65 as a form value and as a JSON number: (index - 1) * size must not overflow.
        const Answer form = m_http.postRaw(u"/api_v3/service/baseEntry/action/list"_s,
            "application/x-www-form-urlencoded",
            "format=1&ks=" + m_adminKs.toUtf8()
                + "&pager:pageIndex=36893488147419104&pager:pageSize=500");
        QCOMPARE(form.code(), u"QUERY_EXCEEDED_MAX_MATCHES_ALLOWED"_s);
        const QJsonObject huge {{u"pageSize"_s, 500}, {u"pageIndex"_s, 1e300}};
        QCOMPARE(call(u"baseEntry"_s, u"list"_s, {{u"pager"_s, huge}}).code(),
            u"QUERY_EXCEEDED_MAX_MATCHES_ALLOWED"_s);
        for (const QJsonObject &pager :
            {huge, QJsonObject {{u"pageSize"_s, 7}, {u"pageIndex"_s, u"36893488147419104"_s}}}) {
            const Answer categories = call(u"category"_s, u"list"_s, {{u"pager"_s, pager}});
            QCOMPARE(categories.status, 200);
            QCOMPARE(categories.object().value(u"objects"_s).toArray().size(), 0);
            QCOMPARE(num(categories.object(), u"totalCount"_s), qint64(14));
        }
    }

    void cursorPagingReachesEveryEntry()
    {
        QStringList seen;
        QStringList boundary; // ids already read at the cursor's createdAt
        std::optional<qint64> cursor;
        for (int guard = 0; guard < 100; ++guard) {
            QJsonObject filter = merged(kEverything, {{u"orderBy"_s, u"-createdAt"_s}});
            if (cursor) {
                filter.insert(u"createdAtLessThanOrEqual"_s, *cursor);
                filter.insert(u"idNotIn"_s, boundary.join(u','));
            }
            const QJsonArray objects = call(u"baseEntry"_s, u"list"_s,
                {{u"filter"_s, filter}, {u"pager"_s, QJsonObject {{u"pageSize"_s, 500}}}})
                                           .object()
                                           .value(u"objects"_s)
                                           .toArray();
            if (objects.isEmpty())
                break;
            for (const QJsonValue &v : objects) {
                const qint64 createdAt = num(v.toObject(), u"createdAt"_s);
                if (createdAt != cursor)
                    boundary.clear();
                cursor = createdAt;
                boundary.append(v.toObject().value(u"id"_s).toString());
                seen.append(boundary.last());
            }
        }
        QCOMPARE(seen, ids(sorted(m_all, field(u"createdAt"_s), true)));
    }

    void getAndGetByIds()
    {
        const Entry &playlist = any([](const Entry &e) { return num(e, u"type"_s) == 5; });
        const Entry &video = any([](const Entry &e) { return num(e, u"mediaType"_s) == 1; });
        QCOMPARE(call(u"media"_s, u"get"_s, {{u"entryId"_s, str(video, u"id"_s)}}).object(), video);
        QCOMPARE(call(u"baseEntry"_s, u"get"_s, {{u"entryId"_s, str(playlist, u"id"_s)}}).object(),
            playlist);
        const Answer a = call(u"media"_s, u"get"_s, {{u"entryId"_s, str(playlist, u"id"_s)}});
        QCOMPARE(a.code(), u"ENTRY_ID_NOT_FOUND"_s);
        QCOMPARE(a.object().value(u"message"_s).toString(),
            u"Entry id \"%1\" not found"_s.arg(str(playlist, u"id"_s)));
        const QJsonArray both = call(u"baseEntry"_s, u"getByIds"_s,
            {{u"entryIds"_s, str(video, u"id"_s) + u",0_nothere,"_s + str(playlist, u"id"_s)}})
                                    .json.toArray();
        QCOMPARE(ids(both), (QStringList {str(video, u"id"_s), str(playlist, u"id"_s)}));
    }

    void categories()
    {
        const QJsonObject all = call(u"category"_s, u"list"_s).object();
        QCOMPARE(all.value(u"objectType"_s).toString(), u"KalturaCategoryListResponse"_s);
        const QJsonArray objects = all.value(u"objects"_s).toArray();
        QCOMPARE(objects.size(), 14);
        QHash<QString, QJsonObject> byId;
        int lastDepth = 0;
        for (const QJsonValue &v : objects) {
            const QJsonObject c = v.toObject();
            byId.insert(QString::number(num(c, u"id"_s)), c);
            QVERIFY(num(c, u"depth"_s) >= lastDepth); // default order +depth
            lastDepth = int(num(c, u"depth"_s));
        }
        for (const QJsonObject &c : std::as_const(byId)) {
            // fullName, fullIds and depth agree with the parent chain.
            const QJsonObject parent = byId.value(QString::number(num(c, u"parentId"_s)));
            const QString id = QString::number(num(c, u"id"_s));
            QCOMPARE(str(c, u"fullIds"_s),
                parent.isEmpty() ? id : str(parent, u"fullIds"_s) + u'>' + id);
            QCOMPARE(str(c, u"fullName"_s),
                parent.isEmpty() ? str(c, u"name"_s)
                                 : str(parent, u"fullName"_s) + u'>' + str(c, u"name"_s));
            QCOMPARE(num(c, u"depth"_s), qint64(str(c, u"fullIds"_s).count(u'>')));
            // Counts from the entries' categoriesIds, computed here.
            const QStringList subtree = [&] {
                QStringList out;
                for (const QJsonObject &d : std::as_const(byId)) {
                    if ((str(d, u"fullIds"_s) + u'>').startsWith(str(c, u"fullIds"_s) + u'>'))
                        out.append(QString::number(num(d, u"id"_s)));
                }
                return out;
            }();
            const auto direct = where(
                [&](const Entry &e) { return list(str(e, u"categoriesIds"_s)).contains(id); });
            const auto inTree = where([&](const Entry &e) {
                const QStringList cats = list(str(e, u"categoriesIds"_s));
                return std::any_of(cats.begin(), cats.end(),
                    [&](const QString &x) { return subtree.contains(x); });
            });
            QCOMPARE(num(c, u"directEntriesCount"_s), qint64(direct.size()));
            QCOMPARE(num(c, u"entriesCount"_s), qint64(inTree.size()));
            QCOMPARE(num(c, u"directSubCategoriesCount"_s),
                qint64(std::count_if(byId.begin(), byId.end(), [&](const QJsonObject &d) {
                    return num(d, u"parentId"_s) == num(c, u"id"_s);
                })));
        }
        // The entry's categories field names them.
        const Entry &member
            = any([](const Entry &e) { return list(str(e, u"categoriesIds"_s)).size() == 2; });
        QStringList names;
        for (const QString &id : list(str(member, u"categoriesIds"_s)))
            names.append(str(byId.value(id), u"fullName"_s));
        QCOMPARE(str(member, u"categories"_s), names.join(u','));

        const auto listIds = [this](const QJsonObject &filter, const QJsonObject &pager = {}) {
            QJsonObject params {{u"filter"_s, filter}};
            if (!pager.isEmpty())
                params.insert(u"pager"_s, pager);
            QStringList out;
            for (const QJsonValue &v :
                call(u"category"_s, u"list"_s, params).object().value(u"objects"_s).toArray())
                out.append(QString::number(num(v.toObject(), u"id"_s)));
            return out;
        };
        QCOMPARE(listIds({{u"parentIdEqual"_s, 10}}), (QStringList {u"11"_s, u"13"_s, u"14"_s}));
        QCOMPARE(listIds({{u"depthEqual"_s, 2}}), QStringList {u"12"_s});
        QCOMPARE(listIds({{u"fullNameStartsWith"_s, u"marketing>"_s}}),
            (QStringList {u"7"_s, u"8"_s, u"9"_s}));
        QCOMPARE(listIds({{u"fullNameEqual"_s, u"Events>Conferences"_s}}), QStringList {u"11"_s});
        QCOMPARE(listIds({{u"fullIdsStartsWith"_s, u"10>11"_s}}), (QStringList {u"11"_s, u"12"_s}));
        QCOMPARE(listIds({{u"idIn"_s, u"3,1,99"_s}, {u"orderBy"_s, u"-createdAt"_s}}),
            (QStringList {u"3"_s, u"1"_s}));
        QCOMPARE(listIds({{u"parentIdIn"_s, u"1,6"_s}, {u"orderBy"_s, u"+name"_s}}),
            (QStringList {u"5"_s, u"4"_s, u"3"_s, u"2"_s, u"7"_s, u"9"_s, u"8"_s}));
        QCOMPARE(listIds({{u"freeText"_s, u"keynotes"_s}}), QStringList {u"12"_s});
        QCOMPARE(listIds({{u"statusIn"_s, u"3"_s}}), QStringList {});
        // +depth, then id: 1 6 10 | 2 3 4 5 7 8 9 11 13 14 | 12.
        QCOMPARE(listIds({}, {{u"pageSize"_s, 5}, {u"pageIndex"_s, 3}}),
            (QStringList {u"11"_s, u"13"_s, u"14"_s, u"12"_s}));
        const QStringList byEntries = listIds({{u"orderBy"_s, u"-entriesCount"_s}});
        for (qsizetype i = 1; i < byEntries.size(); ++i)
            QVERIFY(num(byId.value(byEntries.at(i - 1)), u"entriesCount"_s)
                >= num(byId.value(byEntries.at(i)), u"entriesCount"_s));

        QCOMPARE(call(u"category"_s, u"get"_s, {{u"id"_s, 12}}).object(), byId.value(u"12"_s));
        const Answer missing = call(u"category"_s, u"get"_s, {{u"id"_s, 999}});
        QCOMPARE(missing.code(), u"CATEGORY_NOT_FOUND"_s);
        QCOMPARE(
            missing.object().value(u"message"_s).toString(), u"Category id \"999\" not found"_s);
        QCOMPARE(call(u"category"_s, u"list"_s,
                     {{u"filter"_s, QJsonObject {{u"orderBy"_s, u"+size"_s}}}})
                     .code(),
            u"INVALID_ENUM_VALUE"_s);
    }

    void seedIsDeterministicAndIdempotent()
    {
        // Every entry (id, name, createdAt, status) of a small seeded sandbox.
        const auto library = [](const SandboxProcess &sandbox) {
            SandboxHttp http(sandbox); // gone before the sandbox stops: no idle keep-alive
            const QString ks = http.startSession(2);
            QStringList out;
            for (int page = 1; page <= 2; ++page) {
                const QJsonObject r
                    = http.call(u"baseEntry"_s, u"list"_s,
                              {{u"ks"_s, ks},
                                  {u"filter"_s,
                                      merged(kEverything, {{u"orderBy"_s, u"+createdAt"_s}})},
                                  {u"pager"_s,
                                      QJsonObject {{u"pageSize"_s, 500}, {u"pageIndex"_s, page}}}})
                          .object();
                for (const QJsonValue &v : r.value(u"objects"_s).toArray()) {
                    const QJsonObject e = v.toObject();
                    out.append(u"%1 %2 %3 %4"_s.arg(str(e, u"id"_s), str(e, u"name"_s))
                                   .arg(num(e, u"createdAt"_s))
                                   .arg(num(e, u"status"_s)));
                }
            }
            return out;
        };
        const auto seeded = [&library](const QString &dir, int count) {
            SandboxProcess sandbox;
            if (!sandbox.start(dir, {u"--seed"_s, QString::number(count)}))
                return QStringList {sandbox.error()};
            return library(sandbox);
        };
        QTemporaryDir a, b, c;
        const QStringList first = seeded(a.filePath(u"d"_s), 300);
        QVERIFY(first.size() > 280 && first.size() <= 300); // a few are deleted
        QCOMPARE(seeded(b.filePath(u"d"_s), 300), first);
        // Starting again with the same --seed adds nothing; a bigger one adds the rest only.
        QCOMPARE(seeded(a.filePath(u"d"_s), 300), first);
        const QStringList grown = seeded(a.filePath(u"d"_s), 400);
        QCOMPARE(seeded(c.filePath(u"d"_s), 400), grown);
        QVERIFY(grown.size() > first.size() + 90);
        for (const QString &line : first)
            QVERIFY(grown.contains(line));
        QCOMPARE(call(u"category"_s, u"list"_s).object().value(u"totalCount"_s).toInt(), 14);
    }

    // --- changes (last: they add entries to the library read in initTestCase) ----------------

    void addAndGet()
    {
        const QString userKs = m_http.startSession(0, u"uploader@example.com"_s);
        const QJsonObject e = addMedia(
            {{u"name"_s, u"Orientation Week"_s}, {u"mediaType"_s, 1},
                {u"description"_s, u"Welcome"_s}, {u"tags"_s, u"a, b"_s},
                {u"referenceId"_s, u"ow-1"_s}, {u"categoriesIds"_s, u"2,12"_s},
                {u"partnerData"_s, u"{\"x\":1}"_s}, {u"partnerSortValue"_s, 7},
                {u"creditUserName"_s, u"Ann"_s}, {u"creditUrl"_s, u"http://ann.example"_s},
                {u"objectType"_s, u"KalturaMediaEntry"_s}},
            userKs);
        QCOMPARE(str(e, u"objectType"_s), u"KalturaMediaEntry"_s);
        QVERIFY(str(e, u"id"_s).startsWith(u"0_"_s) && str(e, u"id"_s).size() == 10);
        QCOMPARE(num(e, u"status"_s), qint64(7)); // NO_CONTENT
        QCOMPARE(num(e, u"type"_s), qint64(1));
        QCOMPARE(num(e, u"mediaType"_s), qint64(1));
        QCOMPARE(str(e, u"userId"_s), u"uploader@example.com"_s);
        QCOMPARE(str(e, u"creatorId"_s), u"uploader@example.com"_s);
        QCOMPARE(str(e, u"referenceId"_s), u"ow-1"_s);
        QCOMPARE(str(e, u"categories"_s), u"Lectures>Physics,Events>Conferences>Keynotes"_s);
        QCOMPARE(str(e, u"partnerData"_s), u"{\"x\":1}"_s);
        QCOMPARE(num(e, u"partnerSortValue"_s), qint64(7));
        QCOMPARE(str(e, u"creditUrl"_s), u"http://ann.example"_s);
        QCOMPARE(num(e, u"createdAt"_s), num(e, u"updatedAt"_s));
        QCOMPARE(call(u"media"_s, u"get"_s, {{u"ks"_s, userKs}, {u"entryId"_s, str(e, u"id"_s)}})
                     .object(),
            e);

        const auto error = [this](const QJsonObject &entry, const QString &ks = {}) {
            const QJsonObject r = addMedia(entry, ks);
            return str(r, u"code"_s) + u' ' + str(r, u"message"_s);
        };
        QCOMPARE(error({{u"name"_s, u"x"_s}}),
            u"PROPERTY_VALIDATION_CANNOT_BE_NULL The property \"KalturaMediaEntry::mediaType\" cannot be null"_s);
        QCOMPARE(error({{u"mediaType"_s, 1}, {u"id"_s, u"0_mine"_s}}),
            u"PROPERTY_VALIDATION_NOT_UPDATABLE The property \"KalturaMediaEntry::id\" cannot be updated"_s);
        QCOMPARE(error({{u"mediaType"_s, 1}, {u"status"_s, 2}}),
            u"PROPERTY_VALIDATION_NOT_UPDATABLE The property \"KalturaMediaEntry::status\" cannot be updated"_s);
        QCOMPARE(error({{u"mediaType"_s, 1}, {u"plays"_s, 5}}),
            u"PROPERTY_VALIDATION_NOT_UPDATABLE The property \"KalturaMediaEntry::plays\" cannot be updated"_s);
        QCOMPARE(error({{u"mediaType"_s, 1}, {u"referenceId"_s, u"x"_s}}),
            u"PROPERTY_VALIDATION_MIN_LENGTH The property \"KalturaMediaEntry::referenceId\" must have a min length of 2 characters"_s);
        QCOMPARE(error({{u"mediaType"_s, 3}}),
            u"INVALID_ENUM_VALUE Invalid enumeration value \"3\" for parameter \"mediaType\", expecting enumeration type \"KalturaMediaType\""_s);
        QCOMPARE(error({{u"mediaType"_s, 1}, {u"categoriesIds"_s, u"2,404"_s}}),
            u"CATEGORY_NOT_FOUND Category id \"404\" not found"_s);
        QCOMPARE(error({{u"mediaType"_s, 1}, {u"userId"_s, u"someone-else"_s}}, userKs),
            u"INVALID_KS Invalid KS \"\", Error \"-4,INVALID_TYPE\""_s);
        QCOMPARE(error({{u"mediaType"_s, 1}, {u"adminTags"_s, u"x"_s}}, userKs),
            u"PROPERTY_VALIDATION_ADMIN_PROPERTY The property \"adminTags\" is updatable with admin session only"_s);
        // An ADMIN session may give the entry to someone.
        QCOMPARE(str(addMedia({{u"mediaType"_s, 5}, {u"userId"_s, u"owner@example.com"_s}}),
                     u"userId"_s),
            u"owner@example.com"_s);
        QCOMPARE(call(u"media"_s, u"get"_s, {{u"entryId"_s, u"0_nothere"_s}}).code(),
            u"ENTRY_ID_NOT_FOUND"_s);
        // New entries are NO_CONTENT: not listed without a status filter.
        QCOMPARE(call(u"media"_s, u"count"_s,
                     {{u"filter"_s, QJsonObject {{u"idIn"_s, str(e, u"id"_s)}}}})
                     .json.toInt(),
            0);
        QCOMPARE(call(u"media"_s, u"count"_s,
                     {{u"filter"_s, QJsonObject {{u"idEqual"_s, str(e, u"id"_s)}}}})
                     .json.toInt(),
            1);
    }

    void updateIsPartial()
    {
        const QJsonObject e
            = addMedia({{u"name"_s, u"Draft"_s}, {u"mediaType"_s, 1}, {u"description"_s, u"d"_s},
                {u"tags"_s, u"t"_s}, {u"referenceId"_s, u"ref-1"_s}, {u"startDate"_s, 1900000000}});
        const QString id = str(e, u"id"_s);
        QThread::msleep(1100); // updatedAt is in seconds
        const auto update = [&](const QJsonObject &changes) {
            return call(u"media"_s, u"update"_s, {{u"entryId"_s, id}, {u"mediaEntry"_s, changes}})
                .object();
        };
        // Read-only and insert-only fields with their current value are accepted.
        QJsonObject u = update({{u"name"_s, u"Final"_s}, {u"id"_s, id}, {u"mediaType"_s, 1},
            {u"createdAt"_s, num(e, u"createdAt"_s)}});
        QCOMPARE(str(u, u"name"_s), u"Final"_s);
        QCOMPARE(str(u, u"description"_s), u"d"_s);
        QCOMPARE(str(u, u"tags"_s), u"t"_s);
        QVERIFY(num(u, u"updatedAt"_s) > num(e, u"updatedAt"_s));
        QCOMPARE(call(u"baseEntry"_s, u"get"_s, {{u"entryId"_s, id}}).object(), u);

        u = update({{u"description__null"_s, u""_s}, {u"referenceId__null"_s, u""_s},
            {u"startDate__null"_s, u""_s}});
        QCOMPARE(str(u, u"description"_s), QString());
        QVERIFY(!u.contains(u"referenceId"_s));
        QVERIFY(!u.contains(u"startDate"_s));
        QCOMPARE(str(u, u"name"_s), u"Final"_s);
        // endDate -1 removes it too; schedule dates must be ordered.
        QCOMPARE(num(update({{u"endDate"_s, 2100000000}}), u"endDate"_s), qint64(2100000000));
        QVERIFY(!update({{u"endDate"_s, -1}}).contains(u"endDate"_s));
        QCOMPARE(str(update({{u"startDate"_s, 2000000000}, {u"endDate"_s, 1990000000}}), u"code"_s),
            u"INVALID_ENTRY_SCHEDULE_DATES"_s);

        QCOMPARE(str(update({{u"id"_s, u"0_other"_s}}), u"message"_s),
            u"The property \"KalturaMediaEntry::id\" cannot be updated"_s);
        QCOMPARE(str(update({{u"mediaType"_s, 5}}), u"message"_s),
            u"The property \"KalturaMediaEntry::mediaType\" cannot be updated"_s);
        QCOMPARE(str(update({{u"status"_s, 2}}), u"message"_s),
            u"The property \"KalturaMediaEntry::status\" cannot be updated"_s);
        // baseEntry.update names its own class.
        const Answer base = call(u"baseEntry"_s, u"update"_s,
            {{u"entryId"_s, id}, {u"baseEntry"_s, QJsonObject {{u"version"_s, 9}}}});
        QCOMPARE(base.object().value(u"args"_s).toObject().value(u"PROP_NAME"_s).toString(),
            u"KalturaBaseEntry::version"_s);
        // Nothing changes: updatedAt stays.
        const qint64 before
            = num(call(u"media"_s, u"get"_s, {{u"entryId"_s, id}}).object(), u"updatedAt"_s);
        QThread::msleep(1100);
        QCOMPARE(num(update({{u"name"_s, u"Final"_s}}), u"updatedAt"_s), before);
        // media.update sees media clips only.
        const Entry &playlist = any([](const Entry &x) { return num(x, u"type"_s) == 5; });
        QCOMPARE(call(u"media"_s, u"update"_s,
                     {{u"entryId"_s, str(playlist, u"id"_s)},
                         {u"mediaEntry"_s, QJsonObject {{u"name"_s, u"x"_s}}}})
                     .code(),
            u"ENTRY_ID_NOT_FOUND"_s);
    }

    void ownerChecksAndDelete()
    {
        const QString aliceKs = m_http.startSession(0, u"alice-owner"_s);
        const QString bobKs = m_http.startSession(0, u"bob-other"_s);
        const QString id
            = str(addMedia({{u"mediaType"_s, 1}, {u"name"_s, u"Alice's"_s}}, aliceKs), u"id"_s);
        const QJsonObject invalidType {
            {u"KSID"_s, u""_s}, {u"ERR_CODE"_s, u"-4"_s}, {u"ERR_DESC"_s, u"INVALID_TYPE"_s}};

        Answer a = call(u"media"_s, u"update"_s,
            {{u"ks"_s, bobKs}, {u"entryId"_s, id},
                {u"mediaEntry"_s, QJsonObject {{u"name"_s, u"Bob's"_s}}}});
        QCOMPARE(a.code(), u"INVALID_KS"_s);
        QCOMPARE(a.object().value(u"args"_s).toObject(), invalidType);
        a = call(u"baseEntry"_s, u"delete"_s, {{u"ks"_s, bobKs}, {u"entryId"_s, id}});
        QCOMPARE(a.object().value(u"args"_s).toObject(), invalidType);
        // The owner may not give the entry away.
        a = call(u"media"_s, u"update"_s,
            {{u"ks"_s, aliceKs}, {u"entryId"_s, id},
                {u"mediaEntry"_s, QJsonObject {{u"userId"_s, u"bob-other"_s}}}});
        QCOMPARE(a.object().value(u"args"_s).toObject(), invalidType);
        // An ADMIN session may, and then Bob owns it.
        a = call(u"media"_s, u"update"_s,
            {{u"entryId"_s, id}, {u"mediaEntry"_s, QJsonObject {{u"userId"_s, u"bob-other"_s}}}});
        QCOMPARE(str(a.object(), u"userId"_s), u"bob-other"_s);
        QCOMPARE(str(a.object(), u"creatorId"_s), u"alice-owner"_s);
        a = call(u"media"_s, u"update"_s,
            {{u"ks"_s, bobKs}, {u"entryId"_s, id},
                {u"mediaEntry"_s, QJsonObject {{u"name"_s, u"Bob's"_s}}}});
        QCOMPARE(str(a.object(), u"name"_s), u"Bob's"_s);

        a = call(u"media"_s, u"delete"_s, {{u"ks"_s, bobKs}, {u"entryId"_s, id}});
        QCOMPARE(a.json, QJsonValue(QJsonValue::Null));
        QCOMPARE(call(u"media"_s, u"get"_s, {{u"entryId"_s, id}}).code(), u"ENTRY_ID_NOT_FOUND"_s);
        QCOMPARE(
            call(u"media"_s, u"delete"_s, {{u"entryId"_s, id}}).code(), u"ENTRY_ID_NOT_FOUND"_s);
        QCOMPARE(call(u"baseEntry"_s, u"count"_s, {{u"filter"_s, QJsonObject {{u"idEqual"_s, id}}}})
                     .json.toInt(),
            0);
        QCOMPARE(call(u"baseEntry"_s, u"count"_s,
                     {{u"filter"_s, QJsonObject {{u"statusEqual"_s, 3}, {u"idIn"_s, id}}}})
                     .json.toInt(),
            0);
    }
};

QTEST_GUILESS_MAIN(TestSandboxEntries)
#include "tst_sandbox_entries.moc"
