// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "upload/UploadJob.h"

#include <QList>
#include <QLockFile>
#include <QString>

#include <memory>

class QSqlQuery;
#include <optional>

namespace minikmc::upload {

/// The uploads of this user, kept in SQLite so that they survive a quit, a crash or a power cut:
/// file path, size, modification time and partial hash, token id, entry id, the metadata, the
/// state and the last error. No secret is stored. The GUI and the CLI share one journal; a job
/// is worked on by one process at a time (lock()).
class UploadJournal {
    Q_DISABLE_COPY_MOVE(UploadJournal)

public:
    explicit UploadJournal(const QString &path = defaultPath());
    ~UploadJournal();

    /// `$XDG_DATA_HOME/mini-KMC/uploads.sqlite` (or the platform's equivalent).
    static QString defaultPath();

    /// Creates the file and its table when needed; false with lastError() when it cannot.
    bool open();
    bool isOpen() const { return m_open; }
    QString path() const { return m_path; }
    QString lastError() const { return m_lastError; }

    /// Stores a new record and returns its id (0 on failure).
    qint64 insert(const UploadRecord &record);
    bool update(const UploadRecord &record);
    bool remove(qint64 id);
    /// Every record of the account (all accounts when empty), oldest first.
    QList<UploadRecord> records(const QString &account = {}) const;
    std::optional<UploadRecord> record(qint64 id) const;

    /// Takes the job for this process; nullptr when another running process has it. A lock
    /// left by a process that died is taken over.
    std::unique_ptr<QLockFile> lock(qint64 id) const;

private:
    bool exec(QSqlQuery &query) const;

    QString m_path;
    QString m_connection;
    bool m_open = false;
    mutable QString m_lastError;
};

} // namespace minikmc::upload
