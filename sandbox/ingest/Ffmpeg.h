// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace sandbox::ffmpeg {

/// What ffprobe says about a file, in Kaltura's terms (KalturaContainerFormat,
/// KalturaVideoCodec; KALTURA-API.md §8.1).
struct MediaInfo {
    bool ok = false;
    QString error; ///< why the file is not playable media
    qint64 durationMs = 0;
    int width = 0;
    int height = 0;
    double frameRate = 0;
    int bitrateKbps = 0;
    QString container; ///< "mp4", "mov", "mkv", "webm", "avi", "mp3", …
    QString videoCodec; ///< "h264", "h265", "vp9", … ("" without video)
    QString audioCodec; ///< ffmpeg's name: "aac", "mp3", … ("" without audio)
    bool hasVideo = false;
    bool hasAudio = false;

    /// H.264/AAC (or audio-only AAC) in MP4: what every player, Qt Multimedia's included, plays.
    bool isWeb() const;
};

/// ffprobe of a file. ok is false (with the reason) for anything that is not audio or video.
MediaInfo probe(const QString &path);

/// Transcodes to an H.264/AAC MP4 with the moov atom first, scaled to at most 640 wide (an AAC
/// MP4 when withVideo is false). Writes target atomically (a temp file renamed at the end).
bool makeWebFlavor(const QString &source, const QString &target, bool withVideo, QString *error);

/// One JPEG frame at seconds (empty when the video has no frame there).
QByteArray frameAt(const QString &source, double seconds);

/// Runs ffmpeg with these arguments (after "-hide_banner -loglevel error -y"); false with its
/// error output on failure.
bool ffmpeg(const QStringList &args, QString *error);

/// Kills every running ffmpeg/ffprobe and refuses new ones (process shutdown).
void stopAll();

} // namespace sandbox::ffmpeg
