// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace minikmc::upload {

/// What a queued file was when it was queued: its size, modification time and a hash of its
/// first and last MiB (kHashedBytes each, and the size). An upload checks it before it sends
/// bytes and before the final chunk, so that it never sends a mix of two versions of a file.
struct FileIdentity {
    qint64 size = -1;
    qint64 modifiedMs = 0; ///< milliseconds since the epoch, UTC
    QByteArray partialHash; ///< SHA-256, raw bytes

    static constexpr qint64 kHashedBytes = 1024 * 1024;

    /// Reads the file's identity; on failure, *error says why (missing, not a file, unreadable).
    static FileIdentity read(const QString &path, QString *error);
    /// Only size and modification time: cheap enough before every chunk.
    static FileIdentity stat(const QString &path, QString *error);

    bool isValid() const { return size >= 0; }
    /// Empty when `now` is the same file as this; else a sentence for the editor. Hashes are
    /// compared only when both have one.
    QString changeFrom(const FileIdentity &now) const;
};

} // namespace minikmc::upload
