// SPDX-License-Identifier: GPL-3.0-or-later
#include "upload/FileIdentity.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace minikmc::upload {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(minikmc::upload::FileIdentity)
};

} // namespace

FileIdentity FileIdentity::stat(const QString &path, QString *error)
{
    const QFileInfo info(path);
    if (!info.exists()) {
        *error = Tr::tr("The file %1 no longer exists.").arg(path);
        return {};
    }
    if (!info.isFile()) {
        *error = Tr::tr("%1 is not a file.").arg(path);
        return {};
    }
    FileIdentity id;
    id.size = info.size();
    id.modifiedMs = info.lastModified().toMSecsSinceEpoch();
    return id;
}

FileIdentity FileIdentity::read(const QString &path, QString *error)
{
    FileIdentity id = stat(path, error);
    if (!id.isValid())
        return {};
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = Tr::tr("The file %1 cannot be read: %2").arg(path, file.errorString());
        return {};
    }
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(QByteArray::number(id.size));
    hash.addData(file.read(kHashedBytes));
    if (id.size > 2 * kHashedBytes && file.seek(id.size - kHashedBytes))
        hash.addData(file.read(kHashedBytes));
    if (file.error() != QFile::NoError) {
        *error = Tr::tr("The file %1 cannot be read: %2").arg(path, file.errorString());
        return {};
    }
    id.partialHash = hash.result();
    return id;
}

QString FileIdentity::changeFrom(const FileIdentity &now) const
{
    if (!now.isValid())
        return Tr::tr("The file is gone.");
    if (now.size != size)
        return Tr::tr("The file changed since it was queued (its size was %1 bytes, now %2).")
            .arg(size)
            .arg(now.size);
    if (now.modifiedMs != modifiedMs
        || (!partialHash.isEmpty() && !now.partialHash.isEmpty() && now.partialHash != partialHash))
        return Tr::tr("The file changed since it was queued (it was modified %1).")
            .arg(QDateTime::fromMSecsSinceEpoch(now.modifiedMs).toString(Qt::ISODate));
    return {};
}

} // namespace minikmc::upload
