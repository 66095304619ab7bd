// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFile>
#include <QIODevice>

namespace minikmc::api {

/// A read-only, seekable view of bytes [offset, offset + length) of a file. Reads go straight
/// from the file into the caller's buffer, so a chunk upload never holds the chunk in memory and
/// never copies it twice. open() fails with a readable errorString() when the file is missing,
/// unreadable, or shorter than the range (a file that changed since it was queued).
class FileRangeDevice final : public QIODevice {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FileRangeDevice)

public:
    /// length -1 means "to the end of the file as it is when opened".
    FileRangeDevice(const QString &path, qint64 offset, qint64 length, QObject *parent = nullptr);

    bool open(OpenMode mode) override;
    void close() override;
    bool isSequential() const override { return false; }
    qint64 size() const override { return m_length; }
    bool seek(qint64 pos) override;
    bool atEnd() const override;

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *data, qint64 maxSize) override;

private:
    QFile m_file;
    qint64 m_offset;
    qint64 m_length;
};

} // namespace minikmc::api
