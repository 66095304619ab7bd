// SPDX-License-Identifier: GPL-3.0-or-later
#include "upload/UploadJournal.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace minikmc::upload {

namespace {

QString columns()
{
    return u"account, file_path, file_size, modified_ms, partial_hash, media_type, token_id,"
           " entry_id, metadata, sent_metadata, state, error, error_code, can_restart, bytes_done,"
           " created_at, finished_at"_s;
}

QString json(const UploadMetadata &metadata)
{
    return QString::fromUtf8(QJsonDocument(metadata.toJson()).toJson(QJsonDocument::Compact));
}

UploadMetadata metadataFrom(const QVariant &text)
{
    return UploadMetadata::fromJson(QJsonDocument::fromJson(text.toString().toUtf8()).object());
}

qint64 msecs(const QDateTime &time)
{
    return time.isValid() ? time.toMSecsSinceEpoch() : 0;
}

QDateTime timeFrom(const QVariant &value)
{
    const qint64 ms = value.toLongLong();
    return ms > 0 ? QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC) : QDateTime();
}

void bindRecord(QSqlQuery &q, const UploadRecord &r)
{
    q.addBindValue(r.account);
    q.addBindValue(r.filePath);
    q.addBindValue(r.identity.size);
    q.addBindValue(r.identity.modifiedMs);
    q.addBindValue(r.identity.partialHash);
    q.addBindValue(r.mediaType);
    q.addBindValue(r.tokenId);
    q.addBindValue(r.entryId);
    q.addBindValue(json(r.metadata));
    q.addBindValue(json(r.sentMetadata));
    q.addBindValue(stateName(r.state));
    q.addBindValue(r.error);
    q.addBindValue(r.errorCode);
    q.addBindValue(r.canRestart ? 1 : 0);
    q.addBindValue(r.bytesDone);
    q.addBindValue(msecs(r.createdAt));
    q.addBindValue(msecs(r.finishedAt));
}

UploadRecord recordFrom(const QSqlQuery &q)
{
    UploadRecord r;
    r.id = q.value(0).toLongLong();
    r.account = q.value(1).toString();
    r.filePath = q.value(2).toString();
    r.identity.size = q.value(3).toLongLong();
    r.identity.modifiedMs = q.value(4).toLongLong();
    r.identity.partialHash = q.value(5).toByteArray();
    r.mediaType = q.value(6).toInt();
    r.tokenId = q.value(7).toString();
    r.entryId = q.value(8).toString();
    r.metadata = metadataFrom(q.value(9));
    r.sentMetadata = metadataFrom(q.value(10));
    r.state = stateFromName(q.value(11).toString());
    r.error = q.value(12).toString();
    r.errorCode = q.value(13).toString();
    r.canRestart = q.value(14).toInt() != 0;
    r.bytesDone = q.value(15).toLongLong();
    r.createdAt = timeFrom(q.value(16));
    r.finishedAt = timeFrom(q.value(17));
    return r;
}

} // namespace

UploadJournal::UploadJournal(const QString &path)
    : m_path(path)
    , m_connection(u"minikmc-upload-journal-%1"_s.arg(quintptr(this), 0, 16))
{
}

UploadJournal::~UploadJournal()
{
    if (QSqlDatabase::contains(m_connection)) {
        QSqlDatabase::database(m_connection, false).close();
        QSqlDatabase::removeDatabase(m_connection);
    }
}

QString UploadJournal::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation)
        + u"/mini-KMC/uploads.sqlite"_s;
}

bool UploadJournal::exec(QSqlQuery &query) const
{
    if (query.exec())
        return true;
    m_lastError = query.lastError().text();
    return false;
}

bool UploadJournal::open()
{
    if (m_open)
        return true;
    if (!QDir().mkpath(QFileInfo(m_path).absolutePath())) {
        m_lastError = QCoreApplication::translate(
            "minikmc::upload::UploadJournal", "Cannot create the folder of %1.")
                          .arg(m_path);
        return false;
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connection);
    db.setDatabaseName(m_path);
    // The GUI and the CLI may write at the same time: wait for each other instead of failing.
    db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=5000"_s);
    if (!db.open()) {
        m_lastError = db.lastError().text();
        return false;
    }
    QSqlQuery q(db);
    for (const QString &statement : {u"PRAGMA journal_mode=WAL"_s,
             u"CREATE TABLE IF NOT EXISTS upload (id INTEGER PRIMARY KEY AUTOINCREMENT,"
             " account TEXT NOT NULL, file_path TEXT NOT NULL, file_size INTEGER NOT NULL,"
             " modified_ms INTEGER NOT NULL, partial_hash BLOB, media_type INTEGER NOT NULL,"
             " token_id TEXT, entry_id TEXT, metadata TEXT, sent_metadata TEXT,"
             " state TEXT NOT NULL, error TEXT, error_code TEXT, can_restart INTEGER DEFAULT 0,"
             " bytes_done INTEGER DEFAULT 0, created_at INTEGER, finished_at INTEGER)"_s}) {
        if (!q.exec(statement)) {
            m_lastError = q.lastError().text();
            return false;
        }
    }
    m_open = true;
    return true;
}

qint64 UploadJournal::insert(const UploadRecord &record)
{
    if (!m_open)
        return 0;
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(
        u"INSERT INTO upload (%1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s.arg(
            columns()));
    bindRecord(q, record);
    if (!exec(q))
        return 0;
    return q.lastInsertId().toLongLong();
}

bool UploadJournal::update(const UploadRecord &record)
{
    if (!m_open || record.id <= 0)
        return false;
    QSqlQuery q(QSqlDatabase::database(m_connection));
    QString assignments = columns();
    assignments.replace(u", "_s, u" = ?, "_s);
    q.prepare(u"UPDATE upload SET %1 = ? WHERE id = ?"_s.arg(assignments));
    bindRecord(q, record);
    q.addBindValue(record.id);
    return exec(q);
}

bool UploadJournal::remove(qint64 id)
{
    if (!m_open)
        return false;
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(u"DELETE FROM upload WHERE id = ?"_s);
    q.addBindValue(id);
    return exec(q);
}

QList<UploadRecord> UploadJournal::records(const QString &account) const
{
    QList<UploadRecord> result;
    if (!m_open)
        return result;
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(u"SELECT id, %1 FROM upload %2 ORDER BY id"_s.arg(
        columns(), account.isEmpty() ? QString() : u"WHERE account = ?"_s));
    if (!account.isEmpty())
        q.addBindValue(account);
    if (!exec(q))
        return result;
    while (q.next())
        result.append(recordFrom(q));
    return result;
}

std::optional<UploadRecord> UploadJournal::record(qint64 id) const
{
    if (!m_open)
        return std::nullopt;
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(u"SELECT id, %1 FROM upload WHERE id = ?"_s.arg(columns()));
    q.addBindValue(id);
    if (!exec(q) || !q.next())
        return std::nullopt;
    return recordFrom(q);
}

std::unique_ptr<QLockFile> UploadJournal::lock(qint64 id) const
{
    const QString dir = QFileInfo(m_path).absolutePath() + u"/upload-locks"_s;
    QDir().mkpath(dir);
    auto lock = std::make_unique<QLockFile>(dir + u"/%1.lock"_s.arg(id));
    // A lock whose process is gone is stale at once (QLockFile checks the pid and its name).
    lock->setStaleLockTime(0);
    if (!lock->tryLock(0))
        return nullptr;
    return lock;
}

} // namespace minikmc::upload
