// SPDX-License-Identifier: GPL-3.0-or-later
// --seed N: a library an editor would recognise (lectures, webinars, podcasts, event photos…) in a
// small category tree. Entry i is made from its own PRNG stream, so the same N always gives the
// same library, and a later --seed M > N adds entries N..M-1 only.
#include "store/Seed.h"

#include "store/Entries.h"
#include "store/Store.h"

#include <QHash>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

#include <stdexcept>

using namespace Qt::StringLiterals;

namespace sandbox {

namespace {

/// splitmix64: tiny, fast and the same on every platform.
class Random {
public:
    explicit Random(quint64 seed)
        : m_state(seed)
    {
    }
    quint64 next()
    {
        quint64 z = (m_state += 0x9E3779B97F4A7C15ull);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
        return z ^ (z >> 31);
    }
    qint64 below(qint64 n) { return qint64(next() % quint64(n)); }
    qint64 between(qint64 low, qint64 high) { return low + below(high - low + 1); }
    bool chance(int percent) { return below(100) < percent; }
    const QString &pick(const QStringList &list) { return list.at(below(list.size())); }

private:
    quint64 m_state;
};

// 2023-03-01 .. 2026-03-01 UTC: three years of uploads.
constexpr qint64 kFirstDay = 1677628800;
constexpr qint64 kSpan = 3 * 365 * 86400;

const QStringList kCategoryPaths
    = {u"Lectures"_s, u"Lectures>Physics"_s, u"Lectures>Mathematics"_s, u"Lectures>History"_s,
        u"Lectures>Computer Science"_s, u"Marketing"_s, u"Marketing>Product Launches"_s,
        u"Marketing>Webinars"_s, u"Marketing>Social Media"_s, u"Events"_s, u"Events>Conferences"_s,
        u"Events>Conferences>Keynotes"_s, u"Events>Town Halls"_s, u"Events>Training"_s};

const QStringList kTopics = {u"Newton's Laws"_s, u"Linear Algebra"_s, u"The French Revolution"_s,
    u"Machine Learning Basics"_s, u"Photosynthesis"_s, u"Supply and Demand"_s, u"Cell Biology"_s,
    u"The Cold War"_s, u"Data Structures"_s, u"Thermodynamics"_s, u"Probability"_s,
    u"Renaissance Art"_s, u"Climate Change"_s, u"Quantum Mechanics"_s, u"Public Speaking"_s,
    u"Project Management"_s, u"Cybersecurity Essentials"_s, u"Brand Strategy"_s,
    u"Customer Onboarding"_s, u"Remote Collaboration"_s};
const QStringList kCourses
    = {u"Physics 101"_s, u"Calculus II"_s, u"Modern History"_s, u"Intro to Programming"_s,
        u"Biology 201"_s, u"Economics 101"_s, u"Statistics"_s, u"Art History"_s};
const QStringList kEvents = {u"Annual Conference"_s, u"Town Hall"_s, u"Product Launch"_s,
    u"Sales Kickoff"_s, u"Hackathon"_s, u"Developer Summit"_s, u"Webinar"_s, u"All-Hands"_s};
const QStringList kProducts
    = {u"Media Player"_s, u"Analytics Dashboard"_s, u"Mobile App"_s, u"Video Portal"_s,
        u"Lecture Capture"_s, u"Webcasting"_s, u"Captions Editor"_s, u"Virtual Classroom"_s};
const QStringList kFeatures = {u"Getting Started"_s, u"Advanced Settings"_s, u"Playlists"_s,
    u"Quizzes"_s, u"Captions"_s, u"Analytics"_s, u"Sharing"_s, u"Accessibility"_s};
const QStringList kTasks = {u"Upload a Video"_s, u"Create a Playlist"_s, u"Add Captions"_s,
    u"Trim a Clip"_s, u"Share on Social Media"_s, u"Set Up a Live Event"_s, u"Embed a Player"_s,
    u"Schedule Publishing"_s};
const QStringList kTeams = {u"Marketing"_s, u"Engineering"_s, u"Sales"_s, u"Support"_s, u"HR"_s,
    u"Finance"_s, u"Design"_s, u"Operations"_s};
const QStringList kShows = {u"Tech Talk"_s, u"Campus Voices"_s, u"Leadership Hour"_s,
    u"Behind the Scenes"_s, u"Research Roundup"_s};
const QStringList kPeople = {u"Dr. Maria Chen"_s, u"Prof. James Okafor"_s, u"Sarah Lindqvist"_s,
    u"Ahmed Haddad"_s, u"Yuki Tanaka"_s, u"Elena Rossi"_s, u"David Cohen"_s, u"Priya Patel"_s};
const QStringList kPlaces = {u"Campus"_s, u"Main Hall"_s, u"Library"_s, u"Studio B"_s, u"Harbor"_s,
    u"City Center"_s, u"Lab 3"_s, u"Atrium"_s};
const QStringList kSubjects = {u"Panorama"_s, u"Portrait"_s, u"Crowd"_s, u"Team Photo"_s,
    u"Whiteboard"_s, u"Exhibit"_s, u"Poster"_s, u"Stage"_s};
const QStringList kMonths = {u"January"_s, u"February"_s, u"March"_s, u"April"_s, u"May"_s,
    u"June"_s, u"July"_s, u"August"_s, u"September"_s, u"October"_s, u"November"_s, u"December"_s};
const QStringList kSentences = {u"Recorded in front of a live audience."_s,
    u"Slides are attached as a separate document."_s,
    u"Covers the key concepts with worked examples."_s, u"A short overview for new team members."_s,
    u"Questions from the audience start at the end."_s, u"Part of the spring semester series."_s,
    u"Internal use only; please do not share."_s,
    u"Captions were reviewed by the accessibility team."_s,
    u"An updated version of last year's session."_s, u"Includes a hands-on demonstration."_s};
const QStringList kUsers = {u"editor@sandbox.local"_s, u"alice@example.com"_s, u"bob@example.com"_s,
    u"carol@example.com"_s, u"dave@example.com"_s, u"erin@example.com"_s};

// Entry types with their shares in percent: mostly media clips.
struct Kind {
    int type;
    int mediaType; ///< 0 for non-media entries
    int percent;
};
const Kind kKinds[]
    = {{1, 1, 62}, {1, 5, 14}, {1, 2, 14}, {5, 0, 3}, {10, 0, 3}, {6, 0, 2}, {7, 201, 2}};

// Statuses with their shares in percent: every status the console shows appears.
const std::pair<int, int> kStatuses[]
    = {{entries::Ready, 82}, {entries::Pending, 2}, {entries::Import, 2}, {entries::Preconvert, 3},
        {entries::ErrorConverting, 2}, {entries::ErrorImporting, 1}, {entries::NoContent, 4},
        {entries::Moderate, 2}, {entries::Blocked, 1}, {entries::Deleted, 1}};

template<typename T>
const T &weighted(Random &r, const T *items, size_t count, int percentOf(const T &))
{
    qint64 roll = r.below(100);
    for (size_t i = 0; i < count; ++i) {
        roll -= percentOf(items[i]);
        if (roll < 0)
            return items[i];
    }
    return items[count - 1];
}

/// A name for an entry of this kind, and the tags that suit it.
std::pair<QString, QStringList> entryName(Random &r, int type, int mediaType)
{
    if (type == 5) {
        return {r.chance(50) ? u"Best of "_s + r.pick(kTopics) : r.pick(kCourses) + u" Playlist"_s,
            {u"playlist"_s, u"highlights"_s, u"student"_s}};
    }
    if (type == 10) {
        return {r.pick(kTopics) + (r.chance(50) ? u" Handout"_s : u" Reading List"_s),
            {u"handout"_s, u"reading"_s, u"student"_s, u"faculty"_s}};
    }
    if (type == 6)
        return {r.pick(kTopics) + u" Transcript Data"_s, {u"transcript"_s, u"archive"_s}};
    if (type == 7)
        return {r.pick(kEvents) + u" Live Stream"_s, {u"live"_s, u"webcast"_s, u"conference"_s}};
    if (mediaType == 5) {
        if (r.chance(40))
            return {u"Interview with "_s + r.pick(kPeople), {u"interview"_s, u"podcast"_s}};
        return {u"%1 Podcast Episode %2: %3"_s.arg(r.pick(kShows))
                    .arg(r.between(1, 180))
                    .arg(r.pick(kTopics)),
            {u"podcast"_s, u"public"_s, u"audio"_s}};
    }
    if (mediaType == 2) {
        return {u"%1 %2 %3"_s.arg(r.pick(kPlaces), r.pick(kSubjects)).arg(r.between(1, 400)),
            {u"photo"_s, u"event"_s, u"campus"_s, u"archive"_s}};
    }
    switch (r.below(5)) {
    case 0:
        return {u"%1 – Lecture %2: %3"_s.arg(r.pick(kCourses))
                    .arg(r.between(1, 30))
                    .arg(r.pick(kTopics)),
            {u"lecture"_s, u"student"_s, u"faculty"_s, u"recording"_s}};
    case 1:
        return {u"%1 %2 Keynote"_s.arg(r.pick(kEvents)).arg(r.between(2019, 2026)),
            {u"keynote"_s, u"conference"_s, u"highlights"_s, u"public"_s}};
    case 2:
        return {u"%1 Demo: %2"_s.arg(r.pick(kProducts), r.pick(kFeatures)),
            {u"demo"_s, u"product"_s, u"tutorial"_s, u"sales"_s}};
    case 3:
        return {u"How to "_s + r.pick(kTasks),
            {u"how-to"_s, u"tutorial"_s, u"training"_s, u"onboarding"_s}};
    default: {
        const QString &team = r.pick(kTeams);
        return {u"%1 Weekly Update – %2 %3"_s.arg(team, r.pick(kMonths)).arg(r.between(1, 28)),
            {u"internal"_s, team.toLower(), u"recording"_s}};
    }
    }
}

/// Up to count different items of the list, in a random order.
QStringList some(Random &r, const QStringList &list, qint64 count)
{
    QStringList out;
    for (qint64 i = 0; i < count; ++i) {
        const QString &item = r.pick(list);
        if (!out.contains(item))
            out.append(item);
    }
    return out;
}

QString description(Random &r)
{
    QStringList sentences = some(r, kSentences, r.between(0, 3));
    if (r.chance(40))
        sentences.prepend(u"Presented by %1."_s.arg(r.pick(kPeople)));
    return sentences.isEmpty() ? u""_s : sentences.join(u' '); // a null QString binds as NULL
}

/// Playing time in ms: images and documents have none; videos run from a 20 s clip to a 2 h
/// lecture, audio from 1 to 60 min.
qint64 duration(Random &r, int type, int mediaType)
{
    if (type != 1 || mediaType == 2)
        return 0;
    if (mediaType == 5)
        return r.between(60, 3600) * 1000 + r.below(1000);
    switch (r.below(3)) {
    case 0:
        return r.between(20, 239) * 1000 + r.below(1000);
    case 1:
        return r.between(240, 1200) * 1000 + r.below(1000);
    default:
        return r.between(1201, 7200) * 1000 + r.below(1000);
    }
}

QString entryId(Random &r, QSet<QString> &taken)
{
    static const char alphabet[] = "abcdefghijklmnopqrstuvwxyz0123456789";
    for (;;) {
        QString id = u"0_"_s;
        for (int i = 0; i < 8; ++i)
            id += QLatin1Char(alphabet[r.below(36)]);
        if (!taken.contains(id)) {
            taken.insert(id);
            return id;
        }
    }
}

void exec(QSqlQuery &q)
{
    if (!q.exec())
        throw std::runtime_error(q.lastError().text().toStdString());
}

/// The category tree (created once, parents first) as full name → id.
QHash<QString, qint64> seedCategories(qint64 partnerId)
{
    QHash<QString, qint64> ids;
    QHash<QString, QString> fullIds; // full name → ">"-joined ids of the path
    QSqlQuery q(Store::db());
    for (const QString &path : kCategoryPaths) {
        q.prepare(u"SELECT id, full_ids FROM category WHERE partner_id = ? AND full_name = ?"_s);
        q.addBindValue(partnerId);
        q.addBindValue(path);
        exec(q);
        if (q.next()) {
            ids.insert(path, q.value(0).toLongLong());
            fullIds.insert(path, q.value(1).toString());
            continue;
        }
        const qsizetype cut = path.lastIndexOf(u'>');
        const QString parent = cut < 0 ? QString() : path.left(cut);
        const QString name = path.mid(cut + 1);
        q.prepare(u"INSERT INTO category (partner_id, parent_id, depth, name, full_name, full_ids,"
                  " description, status, created_at, updated_at)"
                  " VALUES (?, ?, ?, ?, ?, '', ?, 2, ?, ?)"_s);
        for (const QVariant &v : QVariantList {partnerId, ids.value(parent), path.count(u'>'), name,
                 path, u"Everything about %1."_s.arg(name.toLower()), kFirstDay, kFirstDay})
            q.addBindValue(v);
        exec(q);
        const qint64 id = q.lastInsertId().toLongLong();
        const QString pathIds = parent.isEmpty()
            ? QString::number(id)
            : fullIds.value(parent) + u'>' + QString::number(id);
        ids.insert(path, id);
        fullIds.insert(path, pathIds);
        q.prepare(u"UPDATE category SET full_ids = ? WHERE id = ?"_s);
        q.addBindValue(pathIds);
        q.addBindValue(id);
        exec(q);
    }
    return ids;
}

QString categoriesIds(Random &r, const QList<qint64> &categories)
{
    if (!r.chance(40))
        return u""_s;
    QStringList ids {QString::number(categories.at(r.below(categories.size())))};
    if (r.chance(25)) {
        const QString second = QString::number(categories.at(r.below(categories.size())));
        if (!ids.contains(second))
            ids.append(second);
    }
    return ids.join(u',');
}

int moderationStatus(Random &r, int status)
{
    if (status == entries::Moderate)
        return 1; // PENDING_MODERATION
    if (status == entries::Blocked)
        return 3; // REJECTED
    return r.chance(1) ? 5 : r.chance(90) ? 6 : 2; // FLAGGED, AUTO_APPROVED, APPROVED
}

/// Mostly PARTNER_ONLY; a few NONE and KALTURA_NETWORK, and a few SYSTEM and RECYCLED that the
/// lists hide by default.
int displayInSearch(Random &r)
{
    const qint64 roll = r.below(100);
    if (roll < 1)
        return -2;
    if (roll < 2)
        return -1;
    if (roll < 4)
        return 0;
    return roll < 6 ? 2 : 1;
}

/// The values of one seeded entry, in the column order of insertEntries().
QVariantList entryRow(
    qint64 index, qint64 partnerId, const QList<qint64> &categories, QSet<QString> &taken)
{
    Random r(0x5EED0000ull + quint64(index));
    const QString id = entryId(r, taken);
    const Kind &kind
        = weighted<Kind>(r, kKinds, std::size(kKinds), [](const Kind &k) { return k.percent; });
    const auto statusShare = [](const std::pair<int, int> &s) { return s.second; };
    const int status
        = weighted<std::pair<int, int>>(r, kStatuses, std::size(kStatuses), statusShare).first;
    const auto [name, tagPool] = entryName(r, kind.type, kind.mediaType);
    const QStringList tags = some(r, tagPool, r.between(0, 3));
    const QString user = r.pick(kUsers);
    const qint64 created = kFirstDay + r.below(kSpan);
    const bool media = kind.type == 1;
    const bool image = media && kind.mediaType == 2;
    const bool video = media && kind.mediaType == 1;
    const bool played = status == entries::Ready && media && !image && r.chance(80);
    const qint64 plays = played ? 1 + r.below(20000) / (1 + r.below(50)) : 0;
    const bool scheduled = r.chance(5);
    const QVariant none;
    return {id, partnerId, kind.type, media ? QVariant(kind.mediaType) : none, name, description(r),
        tags.isEmpty() ? u""_s : tags.join(u", "_s), r.chance(10) ? u"featured"_s : u""_s,
        categoriesIds(r, categories),
        r.chance(20) ? QVariant(u"REF-%1"_s.arg(index, 6, 10, QLatin1Char('0'))) : none, user, user,
        status, moderationStatus(r, status), displayInSearch(r),
        scheduled ? QVariant(created + 86400 * r.between(1, 30)) : none,
        scheduled && r.chance(50) ? QVariant(created + 86400 * r.between(31, 365)) : none,
        duration(r, kind.type, kind.mediaType),
        video       ? 1920
            : image ? 1600
                    : 0,
        video       ? 1080
            : image ? 1200
                    : 0,
        plays, media ? plays + r.below(plays + 10) : 0,
        played ? QVariant(created + r.below(kFirstDay + kSpan - created)) : none,
        r.chance(30) ? double(r.between(10, 50)) / 10 : 0.0, r.chance(15) ? r.between(1, 1000) : 0,
        media ? QVariant(r.chance(85) ? 1 : 5) : none, created,
        created + (r.chance(50) ? r.below(90 * 86400) : 0)};
}

void insertEntries(qint64 partnerId, qint64 from, qint64 to, const QList<qint64> &categories)
{
    QSet<QString> taken;
    QSqlQuery existing(Store::db());
    existing.setForwardOnly(true);
    existing.exec(u"SELECT id FROM entry"_s);
    while (existing.next())
        taken.insert(existing.value(0).toString());

    QSqlQuery q(Store::db());
    q.prepare(u"INSERT INTO entry (id, partner_id, type, media_type, name, description, tags,"
              " admin_tags, categories_ids, reference_id, user_id, creator_id, status,"
              " moderation_status, display_in_search, start_date, end_date, ms_duration, width,"
              " height, plays, views, last_played_at, rank, partner_sort_value, source_type,"
              " created_at, updated_at)"
              " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
              " ?, ?, ?)"_s);
    for (qint64 i = from; i < to; ++i) {
        const QVariantList row = entryRow(i, partnerId, categories, taken);
        for (qsizetype c = 0; c < row.size(); ++c)
            q.bindValue(int(c), row.at(c));
        exec(q);
    }
}

/// Drops the entry table's indexes and returns the statements that create them again: filling
/// 100 000 rows and then indexing takes less than half the time of indexing row by row.
QStringList dropEntryIndexes()
{
    QSqlQuery q(Store::db());
    q.prepare(u"SELECT name, sql FROM sqlite_master"
              " WHERE type = 'index' AND tbl_name = 'entry' AND sql IS NOT NULL"_s);
    exec(q);
    QStringList names, creates;
    while (q.next()) {
        names.append(q.value(0).toString());
        creates.append(q.value(1).toString());
    }
    for (const QString &name : names) {
        q.prepare(u"DROP INDEX "_s + name);
        exec(q);
    }
    return creates;
}

void runAll(const QStringList &statements)
{
    QSqlQuery q(Store::db());
    for (const QString &statement : statements) {
        q.prepare(statement);
        exec(q);
    }
}

} // namespace

bool seed::entries(int count, QString *error)
{
    const qint64 done = Store::setting(u"seededEntries"_s).toLongLong();
    if (done >= count)
        return true;
    QSqlDatabase db = Store::db();
    db.transaction();
    try {
        const qint64 partnerId = Store::partner().id;
        const QHash<QString, qint64> tree = seedCategories(partnerId);
        QList<qint64> categories = tree.values();
        std::sort(categories.begin(), categories.end());
        const bool many = count - done >= 10000;
        const QStringList indexes = many ? dropEntryIndexes() : QStringList();
        insertEntries(partnerId, done, count, categories);
        runAll(indexes);
        Store::setSetting(u"seededEntries"_s, QString::number(count));
    } catch (const std::exception &e) {
        db.rollback();
        *error = QString::fromUtf8(e.what());
        return false;
    }
    if (!db.commit()) {
        *error = db.lastError().text();
        return false;
    }
    return true;
}

} // namespace sandbox
