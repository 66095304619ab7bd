// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace sandbox::ingest {

/// Starts (in the background, like Kaltura's batch jobs) the ingest of an entry's new source
/// file: ffprobe for duration and size, a source flavor and an H.264 web flavor, a default
/// thumbnail; the entry walks IMPORT → PRECONVERT → READY, or ERROR_CONVERTING for a file that is
/// not media. sourcePath is a file under Store::filesDir() that ingest now owns.
void enqueue(const QString &entryId, const QString &sourcePath);

/// Waits for running ingest jobs before the process exits.
void shutdown();

} // namespace sandbox::ingest
