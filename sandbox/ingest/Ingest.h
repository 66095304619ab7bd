// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace sandbox::ingest {

/// What enqueue() does to the entry's status before its new content is processed.
enum class EntryStatus {
    Import, ///< new content: the entry walks IMPORT → PRECONVERT → READY
    /// A replacement, or bytes of an attachment whose status the attach already set: the entry
    /// keeps its status until the content is READY (the server processes a replacement in a
    /// temporary replacing entry, the entry itself stays as it is).
    Keep,
};

/// Starts (in the background, like Kaltura's batch jobs) the ingest of an entry's new source
/// file: ffprobe for duration and size, a source flavor and an H.264 web flavor, a default
/// thumbnail; the entry ends READY, or ERROR_CONVERTING for a file that is not media (an entry
/// deleted meanwhile stays deleted). sourcePath is a file under Store::filesDir() that ingest
/// now owns.
void enqueue(const QString &entryId, const QString &sourcePath, EntryStatus status);

/// Waits for running ingest jobs before the process exits.
void shutdown();

// Additions for the asset services, seeding and start-up (issue 3). Like enqueue(), the first
// three write to the database without taking Store::apiLock(): call them from an api handler
// (which holds it) or before the server runs.

/// Runs the ingest of enqueue() in the calling thread and returns when it is done (--seed-media).
void ingestNow(const QString &entryId, const QString &sourcePath);
/// flavorAsset.reconvert: re-makes a converted flavor from the entry's source (CONVERTING →
/// READY).
void reconvert(const QString &flavorAssetId);
/// thumbAsset.generate: captures the frame its params ask for into a QUEUED thumbnail.
void capture(const QString &thumbAssetId);
/// Restarts the jobs a previous process left unfinished (entries still in IMPORT or PRECONVERT
/// with their source on disk, flavors converting, thumbnails queued). Call once at start-up.
void resume();

} // namespace sandbox::ingest
