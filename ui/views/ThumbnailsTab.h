// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "assets/Assets.h"

#include <QHash>
#include <QPixmap>
#include <QSet>
#include <QWidget>

class QDoubleSpinBox;
class QLabel;
class QListWidget;
class QNetworkAccessManager;
class QPushButton;

namespace minikmc::assets {
class AssetService;
}

namespace minikmc::ui {

/// The Thumbnails tab of the details panel: the entry's thumbnails as pictures with their size
/// and the default marked; set as default, add image files (button or dropped on the tab),
/// capture from the video at a second, save one to a file, delete (not the default).
class ThumbnailsTab final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ThumbnailsTab)

public:
    explicit ThumbnailsTab(assets::AssetService *service, QWidget *parent = nullptr);
    ~ThumbnailsTab() override;

    void setEntry(const QString &entryId);
    QString entryId() const { return m_entryId; }
    QList<assets::Thumb> thumbs() const { return m_thumbs; }
    /// Pictures loaded so far, by thumbnail id.
    int loadedPictures() const { return int(m_pictures.size()); }

    void addImages(const QStringList &paths);
    void captureAt(double seconds);
    void setDefault(const QString &thumbId);
    void deleteThumb(const QString &thumbId);

Q_SIGNALS:
    void refreshed();
    /// The entry's default thumbnail changed (the list's picture is then stale).
    void defaultChanged(const QString &entryId);

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void refresh();
    void rebuild();
    QString selectedId() const;
    void updateButtons();

    assets::AssetService *m_service;
    QNetworkAccessManager *m_nam;
    QString m_entryId;
    QList<assets::Thumb> m_thumbs;
    QHash<QString, QPixmap> m_pictures;
    QHash<QString, QByteArray> m_bytes;
    QSet<QString> m_asked; ///< thumbnails whose picture was asked for
    QListWidget *m_list;
    QPushButton *m_default;
    QPushButton *m_add;
    QDoubleSpinBox *m_second;
    QPushButton *m_capture;
    QPushButton *m_save;
    QPushButton *m_delete;
    QLabel *m_message;
};

} // namespace minikmc::ui
