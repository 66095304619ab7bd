// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPointer>
#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;
class QTableView;
class QTimer;

namespace minikmc::assets {
class AssetService;
class FlavorDownload;
} // namespace minikmc::assets

namespace minikmc::ui {

class FlavorListModel;

/// The Flavors tab of the details panel: the entry's renditions, downloading one to a file
/// (progress, speed, cancel; resumed after interruptions), deleting (the original only after a
/// second confirmation) and reconverting. While a flavor is being made the tab refreshes itself,
/// less and less often, until none is.
class FlavorsTab final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FlavorsTab)

public:
    explicit FlavorsTab(assets::AssetService *service, QWidget *parent = nullptr);
    ~FlavorsTab() override;

    void setEntry(const QString &entryId);
    QString entryId() const { return m_entryId; }
    FlavorListModel *model() const { return m_model; }
    /// Whether the tab is polling because a flavor is being made.
    bool isPolling() const;

    /// Downloads the selected flavor to path (the file dialog's choice).
    void downloadSelected(const QString &path);

Q_SIGNALS:
    void refreshed();

private:
    void refresh();
    void onListed(const QString &entryId);
    QString selectedFlavorId() const;
    void updateButtons();
    void chooseAndDownload();
    void deleteSelected();

    assets::AssetService *m_service;
    FlavorListModel *m_model;
    QString m_entryId;
    QTableView *m_table;
    QPushButton *m_download;
    QPushButton *m_reconvert;
    QPushButton *m_delete;
    QLabel *m_message;
    QWidget *m_progressRow;
    QProgressBar *m_progress;
    QLabel *m_progressText;
    QTimer *m_poll;
    int m_pollDelayMs;
    bool m_polling = false; ///< a flavor was in progress at the last listing
    QPointer<assets::FlavorDownload> m_downloadJob;
};

} // namespace minikmc::ui
