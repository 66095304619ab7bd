// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/ChunkedFile.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <stdexcept>
#include <sys/stat.h>
#include <unistd.h>
#include <vector>

using namespace Qt::StringLiterals;

namespace sandbox {

namespace {

[[noreturn]] void fail(const char *what, const QString &path)
{
    throw std::runtime_error(
        std::string(what) + " " + path.toStdString() + ": " + std::strerror(errno));
}

/// A file descriptor closed on scope exit.
class Fd {
public:
    Fd(const QString &path, int flags)
        : m_fd(::open(QFile::encodeName(path).constData(), flags | O_CLOEXEC, 0600))
    {
        if (m_fd < 0)
            fail("cannot open", path);
    }
    ~Fd() { ::close(m_fd); }
    Fd(const Fd &) = delete;
    Fd &operator=(const Fd &) = delete;
    int get() const { return m_fd; }

private:
    int m_fd;
};

/// The slow path of copyInto, for file systems without copy_file_range between these files.
void copyWithBuffer(int in, int out, qint64 offset, const QString &target)
{
    std::vector<char> buffer(1 << 20);
    qint64 readAt = 0;
    for (;;) {
        const ssize_t n = ::pread(in, buffer.data(), buffer.size(), readAt);
        if (n < 0)
            fail("cannot read a part for", target);
        if (n == 0)
            return;
        for (ssize_t done = 0; done < n;) {
            const ssize_t w = ::pwrite(out, buffer.data() + done, size_t(n - done), offset);
            if (w < 0)
                fail("cannot write", target);
            done += w;
            offset += w;
        }
        readAt += n;
    }
}

/// Copies all of source into target at offset, in the kernel when it can.
void copyInto(const QString &source, const QString &target, qint64 offset)
{
    const Fd in(source, O_RDONLY);
    const Fd out(target, O_WRONLY | O_CREAT);
    loff_t readAt = 0;
    loff_t writeAt = offset;
    for (;;) {
        const ssize_t n = ::copy_file_range(in.get(), &readAt, out.get(), &writeAt, 1 << 30, 0);
        if (n == 0)
            return;
        if (n > 0)
            continue;
        if (errno != EXDEV && errno != ENOSYS && errno != EINVAL && errno != EOPNOTSUPP)
            fail("cannot copy a part into", target);
        copyWithBuffer(in.get(), out.get(), offset, target);
        return;
    }
}

qint64 fileSize(const QString &path)
{
    struct stat st { };
    if (::stat(QFile::encodeName(path).constData(), &st) == 0)
        return st.st_size;
    if (errno != ENOENT)
        fail("cannot stat", path);
    return -1;
}

void removeFile(const QString &path)
{
    if (::unlink(QFile::encodeName(path).constData()) != 0 && errno != ENOENT)
        fail("cannot remove", path);
}

void renameFile(const QString &from, const QString &to)
{
    if (::rename(QFile::encodeName(from).constData(), QFile::encodeName(to).constData()) != 0)
        fail("cannot move a part to", to);
}

} // namespace

ChunkedFile::ChunkedFile(const QString &path)
    : m_path(path)
{
}

bool ChunkedFile::exists() const
{
    return fileSize(m_path) >= 0;
}

qint64 ChunkedFile::size() const
{
    return qMax<qint64>(0, fileSize(m_path));
}

void ChunkedFile::replaceWith(const QString &partPath)
{
    // Kaltura keeps chunks parked by an abandoned attempt; they could be appended into the new
    // upload with the old bytes, so a restart starts clean here.
    dropParked();
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    renameFile(partPath, m_path);
}

qint64 ChunkedFile::append(const QString &partPath)
{
    return writeAt(partPath, size());
}

qint64 ChunkedFile::writeAt(const QString &partPath, qint64 offset)
{
    copyInto(partPath, m_path, offset);
    return size();
}

void ChunkedFile::park(const QString &partPath, qint64 offset)
{
    renameFile(partPath, u"%1.chunk.%2"_s.arg(m_path).arg(offset));
}

qint64 ChunkedFile::appendParkedAtEnd(int maxChunks)
{
    qint64 end = size();
    for (int i = 0; i < maxChunks; ++i) {
        const QString chunk = u"%1.chunk.%2"_s.arg(m_path).arg(end);
        if (fileSize(chunk) < 0)
            break;
        end = writeAt(chunk, end);
        removeFile(chunk);
    }
    return end;
}

qint64 ChunkedFile::assemble()
{
    std::map<qint64, QString> chunks = parked();
    auto zero = chunks.find(0);
    if (zero != chunks.end()) {
        writeAt(zero->second, 0);
        removeFile(zero->second);
        chunks.erase(zero);
    }
    qint64 end = size();
    for (auto it = chunks.begin(); it != chunks.end() && it->first <= end; it = chunks.erase(it)) {
        if (it->first + fileSize(it->second) > end)
            end = writeAt(it->second, it->first);
        removeFile(it->second);
    }
    return end;
}

void ChunkedFile::remove()
{
    dropParked();
    removeFile(m_path);
}

QByteArray ChunkedFile::sha256(const QString &path)
{
    QFile f(path);
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (f.open(QIODevice::ReadOnly))
        hash.addData(&f);
    return hash.result().toHex();
}

std::map<qint64, QString> ChunkedFile::parked() const
{
    const QFileInfo info(m_path);
    const QString prefix = info.fileName() + u".chunk."_s;
    std::map<qint64, QString> out;
    const QStringList names = QDir(info.absolutePath()).entryList({prefix + u'*'}, QDir::Files);
    for (const QString &name : names) {
        bool ok = false;
        const qint64 offset = name.mid(prefix.size()).toLongLong(&ok);
        if (ok)
            out.emplace(offset, info.absolutePath() + u'/' + name);
    }
    return out;
}

void ChunkedFile::dropParked()
{
    for (const auto &[offset, chunk] : parked())
        removeFile(chunk);
}

} // namespace sandbox
