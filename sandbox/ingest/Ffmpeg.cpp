// SPDX-License-Identifier: GPL-3.0-or-later
#include "ingest/Ffmpeg.h"

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

#include <csignal>
#include <mutex>
#include <set>

using namespace Qt::StringLiterals;

namespace sandbox::ffmpeg {

namespace {

std::mutex g_mutex;
std::set<qint64> g_running; // pids, so that stopAll() can kill them from another thread
bool g_stopping = false;

/// Runs a tool to completion (no time limit: a long transcode is legitimate; stopAll() ends
/// it). False with the tool's error output on failure.
bool run(const QString &program, const QStringList &args, QByteArray *out, QString *error)
{
    QProcess p;
    qint64 pid = 0;
    {
        std::lock_guard lock(g_mutex);
        if (g_stopping) {
            *error = u"the sandbox is shutting down"_s;
            return false;
        }
        p.start(program, args);
        if (!p.waitForStarted()) {
            *error = u"cannot run %1: %2"_s.arg(program, p.errorString());
            return false;
        }
        pid = p.processId();
        g_running.insert(pid);
    }
    p.waitForFinished(-1);
    {
        std::lock_guard lock(g_mutex);
        g_running.erase(pid);
    }
    if (out)
        *out = p.readAllStandardOutput();
    if (p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        const QString stderrText = QString::fromUtf8(p.readAllStandardError()).trimmed();
        *error = stderrText.isEmpty() ? u"%1 failed"_s.arg(program) : stderrText;
        return false;
    }
    return true;
}

double ratio(const QString &fraction)
{
    const QStringList parts = fraction.split(u'/');
    const double num = parts.value(0).toDouble();
    const double den = parts.size() > 1 ? parts.at(1).toDouble() : 1;
    return den > 0 ? num / den : 0;
}

QString kalturaVideoCodec(const QString &ffmpegName)
{
    static const QHash<QString, QString> names
        = {{u"hevc"_s, u"h265"_s}, {u"mpeg2video"_s, u"mpeg2"_s}, {u"flv1"_s, u"flv"_s},
            {u"vc1"_s, u"wvc1a"_s}, {u"vp6f"_s, u"vp6"_s}};
    return names.value(ffmpegName, ffmpegName);
}

QString kalturaContainer(
    const QString &formatName, const QString &majorBrand, const QString &videoCodec)
{
    const QStringList names = formatName.split(u',');
    if (names.contains(u"mp4"_s))
        return majorBrand.trimmed() == u"qt"_s ? u"mov"_s : u"mp4"_s;
    if (names.contains(u"matroska"_s))
        return videoCodec.startsWith(u"vp"_s) || videoCodec == u"av1"_s ? u"webm"_s : u"mkv"_s;
    static const QHash<QString, QString> others = {{u"mpegts"_s, u"mpegts"_s},
        {u"mpeg"_s, u"mpeg"_s}, {u"asf"_s, u"wmv"_s}, {u"ogg"_s, u"ogg"_s}};
    return others.value(names.first(), names.first());
}

void readStreams(MediaInfo &info, const QJsonArray &streams)
{
    for (const QJsonValue &v : streams) {
        const QJsonObject s = v.toObject();
        const QString type = s.value(u"codec_type"_s).toString();
        const bool cover = s.value(u"disposition"_s).toObject().value(u"attached_pic"_s).toInt();
        if (type == u"video"_s && !cover && !info.hasVideo) {
            info.hasVideo = true;
            info.videoCodec = kalturaVideoCodec(s.value(u"codec_name"_s).toString());
            info.width = s.value(u"width"_s).toInt();
            info.height = s.value(u"height"_s).toInt();
            info.frameRate = ratio(s.value(u"avg_frame_rate"_s).toString());
        } else if (type == u"audio"_s && !info.hasAudio) {
            info.hasAudio = true;
            info.audioCodec = s.value(u"codec_name"_s).toString();
        }
    }
}

} // namespace

bool MediaInfo::isWeb() const
{
    return ok && container == u"mp4"_s && (!hasVideo || videoCodec == u"h264"_s)
        && (!hasAudio || audioCodec == u"aac"_s);
}

MediaInfo probe(const QString &path)
{
    MediaInfo info;
    QByteArray out;
    QString error;
    if (!run(u"ffprobe"_s,
            {u"-v"_s, u"error"_s, u"-print_format"_s, u"json"_s, u"-show_format"_s,
                u"-show_streams"_s, path},
            &out, &error)) {
        info.error = u"Not a media file: "_s + error.section(u": "_s, -1);
        return info;
    }
    const QJsonObject doc = QJsonDocument::fromJson(out).object();
    const QJsonObject format = doc.value(u"format"_s).toObject();
    const QString formatName = format.value(u"format_name"_s).toString();
    // Still images probe as one-frame "videos" (png_pipe, image2, …): not playable media.
    if (formatName.endsWith(u"_pipe"_s) || formatName == u"image2"_s) {
        info.error = u"Not a media file: %1 is an image format"_s.arg(formatName);
        return info;
    }
    readStreams(info, doc.value(u"streams"_s).toArray());
    info.durationMs = qint64(format.value(u"duration"_s).toString().toDouble() * 1000 + 0.5);
    info.bitrateKbps = int(format.value(u"bit_rate"_s).toString().toLongLong() / 1000);
    info.container = kalturaContainer(formatName,
        format.value(u"tags"_s).toObject().value(u"major_brand"_s).toString(), info.videoCodec);
    info.ok = (info.hasVideo || info.hasAudio) && info.durationMs > 0;
    if (!info.ok)
        info.error = u"Not a media file: no audio or video with a duration"_s;
    return info;
}

bool makeWebFlavor(const QString &source, const QString &target, bool withVideo, QString *error)
{
    const QString temp = target + u".part"_s;
    QStringList args {u"-i"_s, source};
    if (withVideo) {
        // Even dimensions (yuv420p needs them), at most 640 wide, Main profile for every player.
        args << u"-map"_s << u"0:v:0"_s << u"-map"_s << u"0:a:0?"_s << u"-vf"_s
             << u"scale=w='trunc(min(640,iw)/2)*2':h=-2"_s << u"-c:v"_s << u"libx264"_s
             << u"-preset"_s << u"veryfast"_s << u"-crf"_s << u"28"_s << u"-maxrate"_s << u"600k"_s
             << u"-bufsize"_s << u"1200k"_s << u"-profile:v"_s << u"main"_s << u"-pix_fmt"_s
             << u"yuv420p"_s;
    } else {
        args << u"-map"_s << u"0:a:0"_s << u"-vn"_s;
    }
    args << u"-c:a"_s << u"aac"_s << u"-b:a"_s << u"64k"_s << u"-movflags"_s << u"+faststart"_s
         << u"-f"_s << u"mp4"_s << temp;
    if (!ffmpeg(args, error)) {
        QFile::remove(temp);
        return false;
    }
    QFile::remove(target);
    return QFile::rename(temp, target);
}

QByteArray frameAt(const QString &source, double seconds)
{
    QByteArray jpeg;
    QString error;
    run(u"ffmpeg"_s,
        {u"-hide_banner"_s, u"-loglevel"_s, u"error"_s, u"-ss"_s, QString::number(seconds, 'f', 3),
            u"-i"_s, source, u"-frames:v"_s, u"1"_s, u"-q:v"_s, u"3"_s, u"-f"_s, u"image2pipe"_s,
            u"-vcodec"_s, u"mjpeg"_s, u"-"_s},
        &jpeg, &error);
    return jpeg;
}

bool ffmpeg(const QStringList &args, QString *error)
{
    return run(u"ffmpeg"_s,
        QStringList {u"-hide_banner"_s, u"-loglevel"_s, u"error"_s, u"-y"_s} + args, nullptr,
        error);
}

void stopAll()
{
    std::lock_guard lock(g_mutex);
    g_stopping = true;
    for (const qint64 pid : g_running)
        ::kill(pid_t(pid), SIGKILL);
}

} // namespace sandbox::ffmpeg
