// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace minikmc::test {

/// Writes `size` random bytes to path (1 MiB at a time, so big files cost no memory); returns
/// path, or "" when it cannot be written.
QString writeRandomFile(const QString &path, qint64 size);
/// The file's SHA-256 in lower-case hex ("" when it cannot be read), as the sandbox reports it.
QString sha256Hex(const QString &path);

} // namespace minikmc::test
