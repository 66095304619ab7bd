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
