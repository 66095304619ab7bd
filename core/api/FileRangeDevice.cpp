// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/FileRangeDevice.h"

using namespace Qt::StringLiterals;

namespace minikmc::api {

FileRangeDevice::FileRangeDevice(const QString &path, qint64 offset, qint64 length, QObject *parent)
    : QIODevice(parent)
    , m_file(path)
    , m_offset(offset)
    , m_length(length)
{
}

bool FileRangeDevice::open(OpenMode mode)
{
    if ((mode & WriteOnly) || !(mode & ReadOnly)) {
        setErrorString(tr("A file range can only be read."));
        return false;
    }
    if (!m_file.open(QIODevice::ReadOnly)) {
        setErrorString(tr("Cannot read “%1”: %2").arg(m_file.fileName(), m_file.errorString()));
        return false;
    }
    const qint64 fileSize = m_file.size();
    if (m_length < 0)
        m_length = qMax<qint64>(0, fileSize - m_offset);
    if (m_offset < 0 || m_offset + m_length > fileSize) {
        setErrorString(tr("“%1” is %2 bytes long, but bytes %3 to %4 were to be sent; the file "
                          "may have changed.")
                           .arg(m_file.fileName())
                           .arg(fileSize)
                           .arg(m_offset)
                           .arg(m_offset + m_length));
        m_file.close();
        return false;
    }
    if (!m_file.seek(m_offset)) {
        setErrorString(m_file.errorString());
        m_file.close();
        return false;
    }
    return QIODevice::open(mode | Unbuffered);
}

void FileRangeDevice::close()
{
    m_file.close();
    QIODevice::close();
}

bool FileRangeDevice::seek(qint64 pos)
{
    if (pos < 0 || pos > m_length || !m_file.seek(m_offset + pos))
        return false;
    return QIODevice::seek(pos);
}

bool FileRangeDevice::atEnd() const
{
    return pos() >= m_length;
}

qint64 FileRangeDevice::readData(char *data, qint64 maxSize)
{
    const qint64 remaining = m_length - pos();
    if (remaining <= 0)
        return -1;
    return m_file.read(data, qMin(maxSize, remaining));
}

qint64 FileRangeDevice::writeData(const char *, qint64)
{
    return -1;
}

} // namespace minikmc::api
