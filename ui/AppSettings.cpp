// SPDX-License-Identifier: GPL-3.0-or-later
#include "AppSettings.h"

#include <QCoreApplication>
#include <QSettings>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace minikmc::ui {

namespace {

constexpr auto ConcurrentKey = "uploads/concurrentFiles";
constexpr auto WorkersKey = "uploads/workersPerFile";
constexpr auto TotalWorkersKey = "uploads/totalWorkers";
constexpr auto ChunkSizeKey = "uploads/chunkSize";
constexpr auto ResumeKey = "uploads/resumeOnStart";
constexpr auto PageSizeKey = "library/pageSize";
constexpr auto CacheKey = "library/thumbnailCacheMiB";
constexpr auto LanguageKey = "ui/language";

QString key(const char *name)
{
    return QString::fromLatin1(name);
}

} // namespace

AppSettings AppSettings::load()
{
    const QSettings s;
    const AppSettings d;
    AppSettings a;
    a.concurrentUploads
        = std::clamp(s.value(key(ConcurrentKey), d.concurrentUploads).toInt(), 1, 8);
    a.workersPerFile = std::clamp(
        s.value(key(WorkersKey), d.workersPerFile).toInt(), 1, upload::UploadOptions::kMaxWorkers);
    a.totalWorkers
        = std::clamp(s.value(key(TotalWorkersKey), d.totalWorkers).toInt(), a.workersPerFile, 48);
    const qint64 chunk = s.value(key(ChunkSizeKey), d.chunkSize).toLongLong();
    a.chunkSize = chunk <= 0 ? 0 : std::clamp<qint64>(chunk, 1024 * 1024, 512LL * 1024 * 1024);
    a.resumeOnStart = s.value(key(ResumeKey), d.resumeOnStart).toBool();
    a.pageSize = std::clamp(s.value(key(PageSizeKey), d.pageSize).toInt(), 20, 500);
    a.thumbnailCacheMiB = std::clamp(s.value(key(CacheKey), d.thumbnailCacheMiB).toInt(), 20, 4000);
    a.language = s.value(key(LanguageKey)).toString();
    const auto known = languages();
    if (std::none_of(
            known.cbegin(), known.cend(), [&](const auto &l) { return l.first == a.language; }))
        a.language.clear();
    return a;
}

void AppSettings::save() const
{
    QSettings s;
    s.setValue(key(ConcurrentKey), concurrentUploads);
    s.setValue(key(WorkersKey), workersPerFile);
    s.setValue(key(TotalWorkersKey), totalWorkers);
    s.setValue(key(ChunkSizeKey), chunkSize);
    s.setValue(key(ResumeKey), resumeOnStart);
    s.setValue(key(PageSizeKey), pageSize);
    s.setValue(key(CacheKey), thumbnailCacheMiB);
    s.setValue(key(LanguageKey), language);
}

upload::UploadQueueSettings AppSettings::uploadSettings() const
{
    upload::UploadQueueSettings s;
    s.maxConcurrentFiles = concurrentUploads;
    s.maxTotalWorkers = std::max(totalWorkers, workersPerFile);
    s.job.workers = workersPerFile;
    s.job.fixedChunkSize = chunkSize;
    s.resumeOnStart = resumeOnStart;
    return s;
}

QList<QPair<QString, QString>> AppSettings::languages()
{
    // Each language in its own name, so that anyone can find theirs.
    return {{QString(), QCoreApplication::translate("minikmc::ui::AppSettings", "System default")},
        {u"en"_s, u"English"_s}, {u"de"_s, u"Deutsch"_s}, {u"he"_s, u"עברית"_s}};
}

bool AppSettings::operator==(const AppSettings &o) const
{
    return concurrentUploads == o.concurrentUploads && workersPerFile == o.workersPerFile
        && totalWorkers == o.totalWorkers && chunkSize == o.chunkSize
        && resumeOnStart == o.resumeOnStart && pageSize == o.pageSize
        && thumbnailCacheMiB == o.thumbnailCacheMiB && language == o.language;
}

} // namespace minikmc::ui
