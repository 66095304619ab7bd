// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "assets/Assets.h"
#include "entries/Entry.h"

#include <QWidget>

class QAudioOutput;
class QComboBox;
class QLabel;
class QMediaPlayer;
class QPushButton;
class QSlider;
class QStackedWidget;
class QToolButton;
class QVideoWidget;

namespace minikmc::api {
class Client;
}
namespace minikmc::assets {
class AssetService;
}

namespace minikmc::ui {

class ThumbnailCache;

/// The Preview tab: plays the entry through its playManifest URL for the chosen flavor (the best
/// web-playable one by default, KALTURA-API.md §9.1), with play/pause (Space), a seek bar with
/// times, ±5 s (arrows), volume and mute, speed, full screen (F) and a buffering sign, and
/// "Capture thumbnail here" at the current position. Entries that cannot play say why instead: not
/// ready yet, no web-playable rendition, an image (shown), audio (played without a picture), or
/// the media stack's own error (a missing decoder is named).
class PlayerPanel final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PlayerPanel)

public:
    PlayerPanel(api::Client *client, assets::AssetService *assets, ThumbnailCache *thumbnails,
        QWidget *parent = nullptr);
    ~PlayerPanel() override;

    /// Shows an entry (stopping what played); nothing plays until play().
    void setEntry(const entries::Entry &entry, const QList<assets::Flavor> &flavors);
    void clear();
    void play();
    void togglePlay();
    void seekBy(qint64 milliseconds);

    QString entryId() const { return m_entry.id; }
    /// Why the entry cannot play; empty when it can.
    QString message() const { return m_messageText; }
    /// The media player (made on first use).
    QMediaPlayer *player() { return mediaPlayer(); }
    QVideoWidget *videoWidget() const { return m_video; }
    /// The flavor playing (or about to), empty when none.
    QString flavorId() const;

    /// The best flavor to play: ready and web-playable, the largest picture first; -1 if none.
    static int bestFlavor(const QList<assets::Flavor> &flavors);

private:
    QMediaPlayer *mediaPlayer();
    void loadFlavor(int index, bool withKs);
    void showMessage(const QString &text);
    void updateControls();
    void updateTime();

    api::Client *m_client;
    assets::AssetService *m_assets;
    ThumbnailCache *m_thumbnails;
    entries::Entry m_entry;
    QList<assets::Flavor> m_playable;
    bool m_withKs = false;
    QString m_messageText;

    QMediaPlayer *m_player = nullptr;
    QAudioOutput *m_audio = nullptr;
    QStackedWidget *m_screen;
    QVideoWidget *m_video;
    QLabel *m_message;
    QComboBox *m_flavors;
    QToolButton *m_playButton;
    QSlider *m_seek;
    QLabel *m_time;
    QComboBox *m_speed;
    QToolButton *m_mute;
    QSlider *m_volume;
    QLabel *m_buffering;
    QPushButton *m_capture;
};

} // namespace minikmc::ui
