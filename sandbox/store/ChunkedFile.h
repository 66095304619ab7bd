// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

#include <map>

namespace sandbox {

/// A file assembled from uploaded parts the way Kaltura's kUploadTokenMgr does it (KALTURA-API.md
/// §6.4): a part that starts inside or at the end of the file and extends it is written at its
/// offset; any other part is parked beside the file as "<file>.chunk.<offset>" until it becomes
/// contiguous. Parts are moved (renamed) when they can be and copied in the kernel otherwise;
/// nothing is read into memory. Not thread-safe: callers serialise the work on one file. I/O
/// failures throw std::runtime_error.
class ChunkedFile {
public:
    explicit ChunkedFile(const QString &path);

    QString path() const { return m_path; }
    bool exists() const;
    /// The contiguous size (0 when the file does not exist).
    qint64 size() const;

    /// The part becomes the whole file (an upload restart); chunks parked before are dropped.
    void replaceWith(const QString &partPath);
    /// Appends the part at the end; returns the new size.
    qint64 append(const QString &partPath);
    /// Writes the part at offset (<= size), overwriting what is there; returns the new size.
    qint64 writeAt(const QString &partPath, qint64 offset);
    /// Parks the part for later; a part parked at the same offset before is replaced.
    void park(const QString &partPath, qint64 offset);
    /// Appends parked chunks that start exactly at the end, at most maxChunks; returns the size.
    qint64 appendParkedAtEnd(int maxChunks);
    /// The final assembly: re-applies a chunk parked at offset 0, then keeps appending parked
    /// chunks that start inside or at the end and extend the file; chunks that can no longer
    /// extend it are dropped. Returns the size.
    qint64 assemble();
    /// Removes the file and its parked chunks.
    void remove();

    /// SHA-256 (hex) of a file, streamed.
    static QByteArray sha256(const QString &path);

private:
    /// offset → path of the chunks parked beside the file.
    std::map<qint64, QString> parked() const;
    void dropParked();

    QString m_path;
};

} // namespace sandbox
