// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/Store.h"

#include <QDir>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QVariant>

#include <stdexcept>

using namespace Qt::StringLiterals;

namespace sandbox {

namespace {

QString g_dataDir;
constexpr qint64 kPartnerId = 1234567;

const char *const kSchema[] = {
    "CREATE TABLE IF NOT EXISTS settings (key TEXT PRIMARY KEY, value TEXT)",
    "CREATE TABLE IF NOT EXISTS partner (id INTEGER PRIMARY KEY, admin_secret TEXT NOT NULL,"
    " user_secret TEXT NOT NULL, name TEXT, ks_max_expiry INTEGER NOT NULL DEFAULT 86400)",
    "CREATE TABLE IF NOT EXISTS session (ks TEXT PRIMARY KEY, partner_id INTEGER NOT NULL,"
    " type INTEGER NOT NULL, user_id TEXT NOT NULL, expiry INTEGER NOT NULL,"
    " privileges TEXT NOT NULL, session_id TEXT, revoked INTEGER NOT NULL DEFAULT 0,"
    " created_at INTEGER NOT NULL)",
    "CREATE INDEX IF NOT EXISTS session_sid ON session(session_id)",
    "CREATE TABLE IF NOT EXISTS app_token (id TEXT PRIMARY KEY, partner_id INTEGER NOT NULL,"
    " token TEXT NOT NULL, hash_type TEXT NOT NULL, status INTEGER NOT NULL,"
    " expiry INTEGER, session_type INTEGER, session_user_id TEXT, session_duration INTEGER,"
    " session_privileges TEXT, description TEXT, created_at INTEGER NOT NULL,"
    " updated_at INTEGER NOT NULL)",

    // --- users (user.loginByLoginId) ---------------------------------------------------------
    "CREATE TABLE IF NOT EXISTS user (id TEXT NOT NULL, partner_id INTEGER NOT NULL,"
    " login_id TEXT, password_salt TEXT, password_hash TEXT, is_admin INTEGER NOT NULL DEFAULT 0,"
    " first_name TEXT NOT NULL DEFAULT '', last_name TEXT NOT NULL DEFAULT '',"
    " email TEXT NOT NULL DEFAULT '', status INTEGER NOT NULL DEFAULT 1,"
    " created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL, PRIMARY KEY (partner_id, id))",
    "CREATE UNIQUE INDEX IF NOT EXISTS user_login ON user(login_id)",

    // --- entries (media/baseEntry) -----------------------------------------------------------
    // Sortable and filterable fields are columns; other writable fields live in `extra` (JSON).
    "CREATE TABLE IF NOT EXISTS entry (id TEXT PRIMARY KEY, partner_id INTEGER NOT NULL,"
    " type INTEGER NOT NULL DEFAULT 1, media_type INTEGER, name TEXT NOT NULL DEFAULT '',"
    " description TEXT NOT NULL DEFAULT '', tags TEXT NOT NULL DEFAULT '',"
    " admin_tags TEXT NOT NULL DEFAULT '', categories_ids TEXT NOT NULL DEFAULT '',"
    " reference_id TEXT, user_id TEXT NOT NULL DEFAULT '', creator_id TEXT NOT NULL DEFAULT '',"
    " status INTEGER NOT NULL, moderation_status INTEGER NOT NULL DEFAULT 6,"
    " display_in_search INTEGER NOT NULL DEFAULT 1, start_date INTEGER, end_date INTEGER,"
    " ms_duration INTEGER NOT NULL DEFAULT 0, width INTEGER NOT NULL DEFAULT 0,"
    " height INTEGER NOT NULL DEFAULT 0, plays INTEGER NOT NULL DEFAULT 0,"
    " views INTEGER NOT NULL DEFAULT 0, last_played_at INTEGER, rank REAL NOT NULL DEFAULT 0,"
    " partner_sort_value INTEGER NOT NULL DEFAULT 0, conversion_profile_id INTEGER,"
    " source_type INTEGER, version INTEGER NOT NULL DEFAULT 0,"
    " thumb_version INTEGER NOT NULL DEFAULT 0, extra TEXT NOT NULL DEFAULT '{}',"
    " created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL)",
    "CREATE INDEX IF NOT EXISTS entry_created ON entry(partner_id, created_at, id)",
    // One index per common list order (KMC's columns), each ending with the id tie-break.
    "CREATE INDEX IF NOT EXISTS entry_updated ON entry(partner_id, updated_at, id)",
    "CREATE INDEX IF NOT EXISTS entry_name ON entry(partner_id, name COLLATE NOCASE, id)",
    "CREATE INDEX IF NOT EXISTS entry_plays ON entry(partner_id, plays, id)",
    "CREATE INDEX IF NOT EXISTS entry_views ON entry(partner_id, views, id)",
    "CREATE INDEX IF NOT EXISTS entry_duration ON entry(partner_id, ((ms_duration + 500) / 1000), "
    "id)",
    // Covers the columns of the server's default list filter and categoriesIds, so that counts
    // (with or without a category filter) need no table reads.
    "CREATE INDEX IF NOT EXISTS entry_filter ON entry(partner_id, status, type, moderation_status,"
    " display_in_search, media_type, created_at, categories_ids)",
    // category.list counts entries per categoriesIds value.
    "CREATE INDEX IF NOT EXISTS entry_categories ON entry(partner_id, categories_ids, status)",

    // --- categories --------------------------------------------------------------------------
    "CREATE TABLE IF NOT EXISTS category (id INTEGER PRIMARY KEY, partner_id INTEGER NOT NULL,"
    " parent_id INTEGER NOT NULL DEFAULT 0, depth INTEGER NOT NULL DEFAULT 0, name TEXT NOT NULL,"
    " full_name TEXT NOT NULL, full_ids TEXT NOT NULL, description TEXT NOT NULL DEFAULT '',"
    " tags TEXT NOT NULL DEFAULT '', reference_id TEXT, status INTEGER NOT NULL DEFAULT 2,"
    " partner_sort_value INTEGER NOT NULL DEFAULT 0, created_at INTEGER NOT NULL,"
    " updated_at INTEGER NOT NULL)",

    // --- upload tokens -----------------------------------------------------------------------
    "CREATE TABLE IF NOT EXISTS upload_token (id TEXT PRIMARY KEY, partner_id INTEGER NOT NULL,"
    " user_id TEXT NOT NULL DEFAULT '', status INTEGER NOT NULL DEFAULT 0, file_name TEXT,"
    " file_size REAL, uploaded_file_size REAL, auto_finalize INTEGER NOT NULL DEFAULT 0,"
    " auto_finalize_bytes INTEGER NOT NULL DEFAULT 0,"
    " auto_finalize_tries INTEGER NOT NULL DEFAULT 0, attached_object_type TEXT,"
    " attached_object_id TEXT, file_path TEXT, sha256 TEXT, created_at INTEGER NOT NULL,"
    " updated_at INTEGER NOT NULL)",
    "CREATE INDEX IF NOT EXISTS upload_token_created ON upload_token(partner_id, created_at)",

    // --- assets (flavors, thumbnails) --------------------------------------------------------
    "CREATE TABLE IF NOT EXISTS flavor_asset (id TEXT PRIMARY KEY, entry_id TEXT NOT NULL,"
    " partner_id INTEGER NOT NULL, flavor_params_id INTEGER NOT NULL, status INTEGER NOT NULL,"
    " size_bytes INTEGER NOT NULL DEFAULT 0, width INTEGER NOT NULL DEFAULT 0,"
    " height INTEGER NOT NULL DEFAULT 0, bitrate INTEGER NOT NULL DEFAULT 0,"
    " frame_rate REAL NOT NULL DEFAULT 0, is_original INTEGER NOT NULL DEFAULT 0,"
    " is_web INTEGER NOT NULL DEFAULT 0, container_format TEXT NOT NULL DEFAULT '',"
    " video_codec_id TEXT NOT NULL DEFAULT '', file_ext TEXT NOT NULL DEFAULT '',"
    " tags TEXT NOT NULL DEFAULT '', description TEXT NOT NULL DEFAULT '', file_path TEXT,"
    " version INTEGER NOT NULL DEFAULT 1, created_at INTEGER NOT NULL,"
    " updated_at INTEGER NOT NULL, deleted_at INTEGER)",
    "CREATE INDEX IF NOT EXISTS flavor_entry ON flavor_asset(entry_id)",
    "CREATE TABLE IF NOT EXISTS thumb_asset (id TEXT PRIMARY KEY, entry_id TEXT NOT NULL,"
    " partner_id INTEGER NOT NULL, thumb_params_id INTEGER NOT NULL DEFAULT 0,"
    " status INTEGER NOT NULL, size_bytes INTEGER NOT NULL DEFAULT 0,"
    " width INTEGER NOT NULL DEFAULT 0, height INTEGER NOT NULL DEFAULT 0,"
    " tags TEXT NOT NULL DEFAULT '', file_ext TEXT NOT NULL DEFAULT 'jpg', file_path TEXT,"
    " description TEXT NOT NULL DEFAULT '', params TEXT NOT NULL DEFAULT '{}',"
    " version INTEGER NOT NULL DEFAULT 1, created_at INTEGER NOT NULL,"
    " updated_at INTEGER NOT NULL, deleted_at INTEGER)",
    "CREATE INDEX IF NOT EXISTS thumb_entry ON thumb_asset(entry_id)",
};

} // namespace

void execOrThrow(QSqlQuery &query)
{
    if (!query.exec())
        throw std::runtime_error(query.lastError().text().toStdString());
}

qint64 countRows(const QString &table, const QString &where, const QVariantList &values)
{
    QSqlQuery q(Store::db());
    q.prepare(u"SELECT COUNT(*) FROM %1 WHERE %2"_s.arg(table, where.isEmpty() ? u"1"_s : where));
    for (const QVariant &v : values)
        q.addBindValue(v);
    execOrThrow(q);
    return q.next() ? q.value(0).toLongLong() : 0;
}

bool Store::open(const QString &dataDir, QString *error)
{
    QDir dir(dataDir);
    if (!dir.mkpath(u"."_s) || !dir.mkpath(u"files"_s) || !dir.mkpath(u"tmp"_s)) {
        *error = u"cannot create the data directory %1"_s.arg(dataDir);
        return false;
    }
    g_dataDir = dir.absolutePath();
    // Leftover parts of requests interrupted by a kill.
    QDir tmp(tempDir());
    for (const QString &f : tmp.entryList(QDir::Files))
        tmp.remove(f);

    QSqlDatabase d = db();
    if (!d.isOpen()) {
        *error = d.lastError().text();
        return false;
    }
    QSqlQuery q(d);
    for (const char *statement : kSchema) {
        if (!q.exec(QString::fromLatin1(statement))) {
            *error = q.lastError().text();
            return false;
        }
    }
    q.exec(u"SELECT COUNT(*) FROM partner"_s);
    if (q.next() && q.value(0).toInt() == 0) {
        QSqlQuery insert(d);
        insert.prepare(
            u"INSERT INTO partner (id, admin_secret, user_secret, name) VALUES (?, ?, ?, ?)"_s);
        insert.addBindValue(kPartnerId);
        insert.addBindValue(randomHex(16));
        insert.addBindValue(randomHex(16));
        insert.addBindValue(u"mini-KMC sandbox"_s);
        if (!insert.exec()) {
            *error = insert.lastError().text();
            return false;
        }
    }
    return true;
}

QString Store::tempDir()
{
    return g_dataDir + u"/tmp"_s;
}

QString Store::filesDir()
{
    return g_dataDir + u"/files"_s;
}

QSqlDatabase Store::db()
{
    const QString name = u"sandbox-%1"_s.arg(quintptr(QThread::currentThreadId()));
    if (QSqlDatabase::contains(name))
        return QSqlDatabase::database(name);
    QSqlDatabase d = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
    d.setDatabaseName(g_dataDir + u"/sandbox.sqlite"_s);
    d.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=10000"_s);
    if (d.open()) {
        QSqlQuery q(d);
        q.exec(u"PRAGMA journal_mode=WAL"_s);
        q.exec(u"PRAGMA synchronous=NORMAL"_s);
        q.exec(u"PRAGMA foreign_keys=ON"_s);
    }
    return d;
}

std::mutex &Store::apiLock()
{
    static std::mutex m;
    return m;
}

Store::Partner Store::partner()
{
    QSqlQuery q(db());
    q.exec(u"SELECT id, admin_secret, user_secret, ks_max_expiry FROM partner LIMIT 1"_s);
    Partner p;
    if (q.next()) {
        p.id = q.value(0).toLongLong();
        p.adminSecret = q.value(1).toString();
        p.userSecret = q.value(2).toString();
        p.ksMaxExpiry = q.value(3).toLongLong();
    }
    return p;
}

QString Store::randomHex(int bytes)
{
    QByteArray raw(bytes, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(raw.data()), bytes / 4);
    return QString::fromLatin1(raw.toHex());
}

QString Store::newId(const QString &table, const QString &column)
{
    static const char alphabet[] = "abcdefghijklmnopqrstuvwxyz0123456789";
    for (;;) {
        QString id = u"0_"_s;
        for (int i = 0; i < 8; ++i)
            id += QLatin1Char(alphabet[QRandomGenerator::system()->bounded(36)]);
        QSqlQuery q(db());
        q.prepare(u"SELECT 1 FROM %1 WHERE %2 = ?"_s.arg(table, column));
        q.addBindValue(id);
        execOrThrow(q);
        if (!q.next())
            return id;
    }
}

QString Store::setting(const QString &key)
{
    QSqlQuery q(db());
    q.prepare(u"SELECT value FROM settings WHERE key = ?"_s);
    q.addBindValue(key);
    execOrThrow(q);
    return q.next() ? q.value(0).toString() : QString();
}

void Store::setSetting(const QString &key, const QString &value)
{
    QSqlQuery q(db());
    q.prepare(u"INSERT OR REPLACE INTO settings (key, value) VALUES (?, ?)"_s);
    q.addBindValue(key);
    q.addBindValue(value);
    execOrThrow(q);
}

} // namespace sandbox
