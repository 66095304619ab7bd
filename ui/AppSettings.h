// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "upload/UploadQueue.h"

#include <QString>

namespace minikmc::ui {

/// The user's settings, typed, with their defaults and limits in one place (QSettings keys
/// below). load() clamps what it reads, so a hand-edited file cannot break the app.
struct AppSettings {
    // Uploads
    int concurrentUploads = 3; ///< files at once, 1…8
    int workersPerFile = 4; ///< chunks of one file in flight, 1…UploadOptions::kMaxWorkers
    int totalWorkers = 12; ///< chunks in flight over all files, ≥ workersPerFile
    qint64 chunkSize = 0; ///< 0: adaptive (about 4 s per chunk); else bytes, ≥ 1 MiB
    bool resumeOnStart = true; ///< unfinished uploads continue at start-up by themselves
    // Library
    int pageSize = 100; ///< entries per list call, 20…500
    int thumbnailCacheMiB = 200; ///< pictures kept on disk, 20…4000
    // Language: "" follows the system; otherwise "en", "de", "he".
    QString language;

    static AppSettings load();
    void save() const;
    upload::UploadQueueSettings uploadSettings() const;
    /// The languages offered: code and its own name ("" = the system's).
    static QList<QPair<QString, QString>> languages();

    bool operator==(const AppSettings &o) const;
    bool operator!=(const AppSettings &o) const { return !(*this == o); }
};

} // namespace minikmc::ui
