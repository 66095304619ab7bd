// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>
#include <QString>

#include <mutex>

namespace sandbox {

/// The sandbox's state: one SQLite database plus a files directory under --data DIR. Everything
/// survives a restart on the same directory. Each thread gets its own connection (Qt Sql
/// requires it); api calls are serialised by apiLock() so that handlers see consistent state.
class Store {
public:
    struct Partner {
        qint64 id = 0;
        QString adminSecret;
        QString userSecret;
        qint64 ksMaxExpiry = 86400; ///< the longest session it grants (§4.1)
    };

    /// Opens (creating when new) the database in dataDir. False with a reason on failure.
    static bool open(const QString &dataDir, QString *error);
    /// A directory under the data dir for temporary upload parts.
    static QString tempDir();
    /// The directory for stored files (uploads, media, images): DATA/files.
    static QString filesDir();
    /// This thread's connection.
    static QSqlDatabase db();
    static std::mutex &apiLock();
    /// While alive, lets other api calls run: an api handler (which holds apiLock()) releases the
    /// lock for a wait or long file work and gets it back when this goes out of scope.
    class ApiLockReleased {
    public:
        ApiLockReleased() { apiLock().unlock(); }
        ~ApiLockReleased() { apiLock().lock(); }
        ApiLockReleased(const ApiLockReleased &) = delete;
        ApiLockReleased &operator=(const ApiLockReleased &) = delete;
    };
    static Partner partner();
    /// Random printable secret / id material.
    static QString randomHex(int bytes);
    /// A new id in Kaltura's "0_xxxxxxxx" form, unique in table.column.
    static QString newId(const QString &table, const QString &column = QStringLiteral("id"));
    /// Reads/writes small key→value settings (e.g. the demo app token id).
    static QString setting(const QString &key);
    static void setSetting(const QString &key, const QString &value);
};

/// SELECT COUNT(*) FROM table WHERE where (with ? placeholders bound to values).
qint64 countRows(const QString &table, const QString &where, const QVariantList &values);

/// Throws std::runtime_error when a statement fails: a broken database is a sandbox bug, which
/// the dispatcher reports as INTERNAL_SERVERL_ERROR.
void execOrThrow(class QSqlQuery &query);

} // namespace sandbox
