// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/PlayerPanel.h"

#include "api/Client.h"
#include "assets/AssetService.h"
#include "assets/DeliveryUrls.h"
#include "models/EntryListModel.h"
#include "models/ThumbnailCache.h"

#include <QAudioOutput>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMediaPlayer>
#include <QPushButton>
#include <QShortcut>
#include <QSlider>
#include <QStackedWidget>
#include <QToolButton>
#include <QVBoxLayout>
#include <QVideoWidget>

using namespace Qt::StringLiterals;

namespace minikmc::ui {

using assets::Flavor;
using entries::EntryStatus;
using entries::MediaType;

namespace {

constexpr qint64 kStepMs = 5000;

QString timeText(qint64 ms)
{
    return EntryListModel::durationText(std::max<qint64>(0, ms));
}

} // namespace

int PlayerPanel::bestFlavor(const QList<Flavor> &flavors)
{
    int best = -1;
    for (int i = 0; i < flavors.size(); ++i) {
        const Flavor &f = flavors.at(i);
        if (!f.isWeb || f.status != assets::FlavorStatus::Ready)
            continue;
        if (best < 0 || f.width * f.height > flavors.at(best).width * flavors.at(best).height
            || (f.width * f.height == flavors.at(best).width * flavors.at(best).height
                && f.bitrateKbps > flavors.at(best).bitrateKbps))
            best = i;
    }
    return best;
}

PlayerPanel::PlayerPanel(
    api::Client *client, assets::AssetService *assets, ThumbnailCache *thumbnails, QWidget *parent)
    : QWidget(parent)
    , m_client(client)
    , m_assets(assets)
    , m_thumbnails(thumbnails)
    , m_screen(new QStackedWidget(this))
    , m_video(new QVideoWidget(this))
    , m_message(new QLabel(this))
    , m_flavors(new QComboBox(this))
    , m_playButton(new QToolButton(this))
    , m_seek(new QSlider(Qt::Horizontal, this))
    , m_time(new QLabel(this))
    , m_speed(new QComboBox(this))
    , m_mute(new QToolButton(this))
    , m_volume(new QSlider(Qt::Horizontal, this))
    , m_buffering(new QLabel(this))
    , m_capture(new QPushButton(tr("Capture Thumbnail Here"), this))
{
    setObjectName(u"playerPanel"_s);
    m_video->setMinimumHeight(160);
    m_video->setAccessibleName(tr("Video"));
    m_message->setObjectName(u"playerMessage"_s);
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setWordWrap(true);
    m_message->setMargin(12);
    m_screen->addWidget(m_video);
    m_screen->addWidget(m_message);

    m_flavors->setObjectName(u"playerFlavor"_s);
    m_flavors->setAccessibleName(tr("Rendition"));
    connect(m_flavors, &QComboBox::activated, this, [this](int index) {
        const qint64 at = mediaPlayer()->position();
        const bool playing = m_player->playbackState() == QMediaPlayer::PlayingState;
        loadFlavor(index, m_withKs);
        m_player->setPosition(at);
        if (playing)
            m_player->play();
    });

    m_playButton->setObjectName(u"playButton"_s);
    m_playButton->setToolTip(tr("Play or pause (Space)"));
    connect(m_playButton, &QToolButton::clicked, this, &PlayerPanel::togglePlay);
    m_seek->setObjectName(u"seekSlider"_s);
    m_seek->setAccessibleName(tr("Position"));
    connect(m_seek, &QSlider::sliderMoved, this,
        [this](int value) { mediaPlayer()->setPosition(value); });
    connect(m_seek, &QSlider::valueChanged, this, [this](int value) {
        if (m_player && !m_seek->isSliderDown() && std::abs(value - m_player->position()) > 1000)
            m_player->setPosition(value); // a click on the bar
    });
    for (const double rate : {0.5, 1.0, 1.25, 1.5, 2.0})
        m_speed->addItem(u"%1×"_s.arg(QLocale().toString(rate)), rate);
    m_speed->setCurrentIndex(1);
    m_speed->setAccessibleName(tr("Speed"));
    m_speed->setToolTip(tr("Playback speed"));
    connect(m_speed, &QComboBox::activated, this,
        [this] { mediaPlayer()->setPlaybackRate(m_speed->currentData().toDouble()); });
    m_mute->setCheckable(true);
    m_mute->setText(tr("Mute"));
    connect(m_mute, &QToolButton::toggled, this, [this](bool muted) {
        if (m_audio)
            m_audio->setMuted(muted);
    });
    m_volume->setRange(0, 100);
    m_volume->setValue(80);
    m_volume->setMaximumWidth(90);
    m_volume->setAccessibleName(tr("Volume"));
    connect(m_volume, &QSlider::valueChanged, this, [this](int value) {
        if (m_audio)
            m_audio->setVolume(float(value) / 100.0F);
    });
    auto *fullScreen = new QToolButton(this);
    fullScreen->setText(tr("Full Screen"));
    fullScreen->setToolTip(tr("Full screen (F; Esc leaves it)"));
    connect(fullScreen, &QToolButton::clicked, this,
        [this] { m_video->setFullScreen(!m_video->isFullScreen()); });
    m_capture->setObjectName(u"captureHere"_s);
    m_capture->setToolTip(tr("Make a thumbnail of the picture at this position"));
    connect(m_capture, &QPushButton::clicked, this,
        [this] { m_assets->captureThumb(m_entry.id, double(mediaPlayer()->position()) / 1000.0); });
    m_buffering->setObjectName(u"bufferingLabel"_s);

    auto *top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Rendition"), this));
    top->addWidget(m_flavors, 1);
    auto *controls = new QHBoxLayout;
    controls->addWidget(m_playButton);
    controls->addWidget(m_seek, 1);
    controls->addWidget(m_time);
    auto *more = new QHBoxLayout;
    more->addWidget(m_speed);
    more->addWidget(m_mute);
    more->addWidget(m_volume);
    more->addWidget(fullScreen);
    more->addStretch(1);
    more->addWidget(m_buffering);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_screen, 1);
    layout->addLayout(controls);
    layout->addLayout(more);
    layout->addWidget(m_capture, 0, Qt::AlignLeft);

    const auto shortcut = [this](const QKeySequence &keys, auto slot) {
        auto *s = new QShortcut(keys, this);
        s->setContext(Qt::WidgetWithChildrenShortcut);
        connect(s, &QShortcut::activated, this, slot);
    };
    shortcut(QKeySequence(Qt::Key_Space), [this] { togglePlay(); });
    shortcut(QKeySequence(Qt::Key_Left), [this] { seekBy(-kStepMs); });
    shortcut(QKeySequence(Qt::Key_Right), [this] { seekBy(kStepMs); });
    shortcut(QKeySequence(Qt::Key_F), [this] { m_video->setFullScreen(!m_video->isFullScreen()); });
    clear();
}

PlayerPanel::~PlayerPanel() = default;

QMediaPlayer *PlayerPanel::mediaPlayer()
{
    if (m_player)
        return m_player;
    // Made when first needed: the media stack and the audio devices take a moment to start,
    // which the window's start should not wait for.
    m_player = new QMediaPlayer(this);
    m_audio = new QAudioOutput(this);
    m_audio->setVolume(float(m_volume->value()) / 100.0F);
    m_audio->setMuted(m_mute->isChecked());
    m_player->setAudioOutput(m_audio);
    m_player->setVideoOutput(m_video);
    connect(m_player, &QMediaPlayer::durationChanged, this, [this](qint64 duration) {
        m_seek->setRange(0, int(duration));
        updateTime();
    });
    connect(m_player, &QMediaPlayer::positionChanged, this, [this](qint64 position) {
        if (!m_seek->isSliderDown()) {
            const QSignalBlocker blocker(m_seek);
            m_seek->setValue(int(position));
        }
        updateTime();
    });
    connect(m_player, &QMediaPlayer::playbackStateChanged, this, &PlayerPanel::updateControls);
    connect(m_player, &QMediaPlayer::mediaStatusChanged, this, [this](QMediaPlayer::MediaStatus s) {
        const bool waiting = s == QMediaPlayer::LoadingMedia || s == QMediaPlayer::BufferingMedia
            || s == QMediaPlayer::StalledMedia;
        m_buffering->setText(waiting ? tr("Buffering…") : QString());
        if (s == QMediaPlayer::BufferedMedia)
            m_player->setPlaybackRate(m_speed->currentData().toDouble());
    });
    connect(m_player, &QMediaPlayer::errorOccurred, this,
        [this](QMediaPlayer::Error error, const QString &text) {
            // Refused without a KS: the account's access control wants one on delivery URLs.
            if ((error == QMediaPlayer::ResourceError || error == QMediaPlayer::AccessDeniedError)
                && !m_withKs && m_client->hasKs() && m_flavors->currentIndex() >= 0) {
                loadFlavor(m_flavors->currentIndex(), true);
                m_player->play();
                return;
            }
            showMessage(tr("This rendition cannot be played here: %1").arg(text));
        });

    return m_player;
}

void PlayerPanel::clear()
{
    if (m_player) {
        m_player->stop();
        m_player->setSource({});
    }
    m_entry = {};
    m_playable.clear();
    m_flavors->clear();
    showMessage(tr("Select an entry to play it here."));
}

void PlayerPanel::showMessage(const QString &text)
{
    m_messageText = text;
    m_message->setText(text);
    m_screen->setCurrentWidget(m_message);
    updateControls();
}

void PlayerPanel::setEntry(const entries::Entry &entry, const QList<Flavor> &flavors)
{
    clear();
    m_entry = entry;
    m_withKs = false;
    if (entry.mediaType == MediaType::Image) {
        const QPixmap picture = m_thumbnails
            ? m_thumbnails->thumbnail(entry.id, entry.thumbnailUrl, QSize(480, 270))
            : QPixmap();
        showMessage(tr("An image has nothing to play."));
        if (!picture.isNull())
            m_message->setPixmap(picture);
        return;
    }
    if (entry.status != EntryStatus::Ready) {
        showMessage(tr("This entry is not ready to play yet (%1).")
                        .arg(EntryListModel::statusText(entry.status)));
        return;
    }
    // Web-playable renditions first, the best one selected.
    const int best = bestFlavor(flavors);
    if (best < 0) {
        showMessage(tr("No rendition of this entry can be played here: none is web-playable and "
                       "ready."));
        return;
    }
    m_playable.append(flavors.at(best));
    for (int i = 0; i < flavors.size(); ++i) {
        const Flavor &f = flavors.at(i);
        if (i != best && f.isWeb && f.status == assets::FlavorStatus::Ready)
            m_playable.append(f);
    }
    for (const Flavor &f : std::as_const(m_playable))
        m_flavors->addItem(
            u"%1×%2 · %3 kbit/s"_s.arg(f.width).arg(f.height).arg(f.bitrateKbps), f.id);
    loadFlavor(0, false);
}

void PlayerPanel::loadFlavor(int index, bool withKs)
{
    if (index < 0 || index >= m_playable.size())
        return;
    m_withKs = withKs;
    const Flavor &f = m_playable.at(index);
    mediaPlayer()->setSource(assets::playManifestUrl(m_client->serviceUrl().toString(),
        m_client->partnerId(), m_entry.id, f.id, f.fileExt, withKs ? m_client->ks() : QString()));
    m_messageText.clear();
    // Audio has no picture: the screen says so while it plays.
    if (m_entry.mediaType == MediaType::Audio) {
        m_message->setText(tr("Audio only"));
        m_screen->setCurrentWidget(m_message);
    } else {
        m_screen->setCurrentWidget(m_video);
    }
    updateControls();
}

QString PlayerPanel::flavorId() const
{
    return m_flavors->currentData().toString();
}

void PlayerPanel::play()
{
    if (m_player && !m_player->source().isEmpty())
        m_player->play();
}

void PlayerPanel::togglePlay()
{
    if (m_player && m_player->playbackState() == QMediaPlayer::PlayingState)
        m_player->pause();
    else
        play();
}

void PlayerPanel::seekBy(qint64 milliseconds)
{
    if (!m_player)
        return;
    m_player->setPosition(std::clamp<qint64>(
        m_player->position() + milliseconds, 0, std::max<qint64>(0, m_player->duration())));
}

void PlayerPanel::updateControls()
{
    const bool playable = m_player && !m_player->source().isEmpty() && m_messageText.isEmpty();
    const bool playing = m_player && m_player->playbackState() == QMediaPlayer::PlayingState;
    m_playButton->setText(playing ? tr("Pause") : tr("Play"));
    for (QWidget *w : std::initializer_list<QWidget *> {m_playButton, m_seek, m_speed, m_flavors})
        w->setEnabled(playable);
    m_capture->setEnabled(playable && m_entry.mediaType == MediaType::Video);
    updateTime();
}

void PlayerPanel::updateTime()
{
    m_time->setText(u"%1 / %2"_s.arg(timeText(m_player ? m_player->position() : 0),
        timeText(m_player ? m_player->duration() : 0)));
}

} // namespace minikmc::ui
