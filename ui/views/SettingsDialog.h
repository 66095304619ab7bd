// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AppSettings.h"

#include <QDialog>

#include <functional>

class QCheckBox;
class QComboBox;
class QLabel;
class QSpinBox;

namespace minikmc::ui {

/// Preferences: uploads (files at once, chunks per file, chunk size, resume at start-up), the
/// library (page size, thumbnail cache size with Clear Cache) and the language. OK saves;
/// Restore Defaults fills in the defaults without saving.
class SettingsDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsDialog)

public:
    /// cacheSize: the thumbnail cache's current size in bytes (-1: unknown); clearCache empties
    /// it and returns the new size (nullptr: no Clear Cache button).
    SettingsDialog(const AppSettings &settings, qint64 cacheSize,
        std::function<qint64()> clearCache, QWidget *parent = nullptr);

    AppSettings settings() const;
    void setSettings(const AppSettings &settings);

private:
    void showCacheSize(qint64 bytes);

    QString m_initialLanguage;
    QSpinBox *m_concurrent = nullptr;
    QSpinBox *m_workers = nullptr;
    QComboBox *m_chunk = nullptr;
    QCheckBox *m_resume = nullptr;
    QSpinBox *m_pageSize = nullptr;
    QSpinBox *m_cache = nullptr;
    QLabel *m_cacheUsed = nullptr;
    QComboBox *m_language = nullptr;
    QLabel *m_languageNote = nullptr;
    int m_totalWorkers = 12;
};

} // namespace minikmc::ui
