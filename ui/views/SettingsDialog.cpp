// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/SettingsDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace minikmc::ui {

namespace {

constexpr qint64 MiB = 1024 * 1024;

} // namespace

SettingsDialog::SettingsDialog(const AppSettings &settings, qint64 cacheSize,
    std::function<qint64()> clearCache, QWidget *parent)
    : QDialog(parent)
    , m_initialLanguage(settings.language)
{
    setObjectName(u"settingsDialog"_s);
    setWindowTitle(tr("Settings"));
    auto *layout = new QVBoxLayout(this);

    auto *uploads = new QGroupBox(tr("Uploads"), this);
    auto *uploadForm = new QFormLayout(uploads);
    m_concurrent = new QSpinBox(uploads);
    m_concurrent->setObjectName(u"concurrentUploads"_s);
    m_concurrent->setRange(1, 8);
    m_concurrent->setAccessibleName(tr("Files uploaded at once"));
    uploadForm->addRow(tr("&Files uploaded at once:"), m_concurrent);
    m_workers = new QSpinBox(uploads);
    m_workers->setObjectName(u"workersPerFile"_s);
    m_workers->setRange(1, upload::UploadOptions::kMaxWorkers);
    m_workers->setAccessibleName(tr("Chunks sent at once per file"));
    m_workers->setToolTip(tr("More chunks at once make one big file faster on a fast link."));
    uploadForm->addRow(tr("&Chunks at once per file:"), m_workers);
    m_chunk = new QComboBox(uploads);
    m_chunk->setObjectName(u"chunkSize"_s);
    m_chunk->setAccessibleName(tr("Chunk size"));
    m_chunk->addItem(tr("Adaptive (about 4 s per chunk)"), 0);
    for (const qint64 mib : {1, 4, 16, 64})
        m_chunk->addItem(tr("%1 MiB").arg(mib), mib * MiB);
    uploadForm->addRow(tr("C&hunk size:"), m_chunk);
    m_resume = new QCheckBox(tr("&Continue unfinished uploads when mini-KMC starts"), uploads);
    m_resume->setObjectName(u"resumeOnStart"_s);
    m_resume->setToolTip(tr("When off, they wait, paused, until you resume them."));
    uploadForm->addRow(m_resume);
    layout->addWidget(uploads);

    auto *library = new QGroupBox(tr("Library"), this);
    auto *libraryForm = new QFormLayout(library);
    m_pageSize = new QSpinBox(library);
    m_pageSize->setObjectName(u"pageSize"_s);
    m_pageSize->setRange(20, 500);
    m_pageSize->setSingleStep(20);
    m_pageSize->setAccessibleName(tr("Entries loaded at a time"));
    libraryForm->addRow(tr("&Entries loaded at a time:"), m_pageSize);
    auto *cacheRow = new QHBoxLayout;
    m_cache = new QSpinBox(library);
    m_cache->setObjectName(u"thumbnailCache"_s);
    m_cache->setRange(20, 4000);
    m_cache->setSingleStep(50);
    m_cache->setSuffix(tr(" MiB"));
    m_cache->setAccessibleName(tr("Thumbnail cache size"));
    cacheRow->addWidget(m_cache);
    m_cacheUsed = new QLabel(library);
    m_cacheUsed->setObjectName(u"cacheUsed"_s);
    cacheRow->addWidget(m_cacheUsed, 1);
    if (clearCache) {
        auto *clear = new QPushButton(tr("C&lear Cache"), library);
        clear->setObjectName(u"clearCache"_s);
        connect(clear, &QPushButton::clicked, this,
            [this, clearCache] { showCacheSize(clearCache()); });
        cacheRow->addWidget(clear);
    }
    auto *cacheLabel = new QLabel(tr("&Thumbnail cache:"), library);
    cacheLabel->setBuddy(m_cache);
    libraryForm->addRow(cacheLabel, cacheRow);
    showCacheSize(cacheSize);
    layout->addWidget(library);

    auto *language = new QGroupBox(tr("Language"), this);
    auto *languageForm = new QFormLayout(language);
    m_language = new QComboBox(language);
    m_language->setObjectName(u"language"_s);
    m_language->setAccessibleName(tr("Language"));
    for (const auto &[code, name] : AppSettings::languages())
        m_language->addItem(name, code);
    languageForm->addRow(tr("&Language:"), m_language);
    m_languageNote = new QLabel(tr("The new language is used the next time mini-KMC starts."));
    m_languageNote->setWordWrap(true);
    m_languageNote->setVisible(false);
    languageForm->addRow(m_languageNote);
    connect(m_language, &QComboBox::currentIndexChanged, this, [this] {
        m_languageNote->setVisible(m_language->currentData().toString() != m_initialLanguage);
    });
    layout->addWidget(language);

    auto *buttons = new QDialogButtonBox(
        QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::RestoreDefaults, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(buttons->button(QDialogButtonBox::RestoreDefaults), &QPushButton::clicked, this,
        [this] { setSettings(AppSettings {}); });
    layout->addWidget(buttons);
    setSettings(settings);
}

void SettingsDialog::showCacheSize(qint64 bytes)
{
    m_cacheUsed->setText(bytes < 0 ? QString()
                                   : tr("%1 used").arg(QLocale().formattedDataSize(
                                       bytes, 1, QLocale::DataSizeTraditionalFormat)));
}

void SettingsDialog::setSettings(const AppSettings &settings)
{
    m_concurrent->setValue(settings.concurrentUploads);
    m_workers->setValue(settings.workersPerFile);
    int chunk = m_chunk->findData(settings.chunkSize);
    if (chunk < 0) {
        // A size set by hand in the settings file is kept and shown as it is.
        m_chunk->addItem(
            tr("%1 MiB").arg(double(settings.chunkSize) / MiB, 0, 'f', 1), settings.chunkSize);
        chunk = m_chunk->count() - 1;
    }
    m_chunk->setCurrentIndex(chunk);
    m_resume->setChecked(settings.resumeOnStart);
    m_pageSize->setValue(settings.pageSize);
    m_cache->setValue(settings.thumbnailCacheMiB);
    m_language->setCurrentIndex(std::max(0, m_language->findData(settings.language)));
    m_totalWorkers = settings.totalWorkers;
}

AppSettings SettingsDialog::settings() const
{
    AppSettings s;
    s.concurrentUploads = m_concurrent->value();
    s.workersPerFile = m_workers->value();
    s.totalWorkers = std::max(m_totalWorkers, s.workersPerFile);
    s.chunkSize = m_chunk->currentData().toLongLong();
    s.resumeOnStart = m_resume->isChecked();
    s.pageSize = m_pageSize->value();
    s.thumbnailCacheMiB = m_cache->value();
    s.language = m_language->currentData().toString();
    return s;
}

} // namespace minikmc::ui
