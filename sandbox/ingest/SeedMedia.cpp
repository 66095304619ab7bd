// SPDX-License-Identifier: GPL-3.0-or-later
// --seed-media: five real entries (three videos of different sizes, colours and tones, one audio
// clip, one image), their sources made by ffmpeg's lavfi generators once and kept under
// DATA/files/seed-media, then ingested like uploads (web flavor, thumbnail) before the sandbox
// says it is ready.
#include "ingest/SeedMedia.h"

#include "ingest/Ffmpeg.h"
#include "ingest/Ingest.h"
#include "store/Assets.h"
#include "store/Entries.h"
#include "store/Store.h"

#include <QDir>
#include <QFile>

using namespace Qt::StringLiterals;

namespace sandbox {

namespace {

const QString kSeededKey = u"seedMedia"_s;

struct SeedClip {
    QString file; ///< name in the cache directory
    int mediaType; ///< 1 video, 5 audio, 2 image
    QString name;
    QString description;
    QString tags;
    QStringList ffmpegArgs; ///< inputs and encoding, before the output file
};

QStringList video(const QString &source, const QString &tone)
{
    return {u"-f"_s, u"lavfi"_s, u"-i"_s, source, u"-f"_s, u"lavfi"_s, u"-i"_s, tone, u"-c:v"_s,
        u"libx264"_s, u"-preset"_s, u"ultrafast"_s, u"-pix_fmt"_s, u"yuv420p"_s, u"-g"_s, u"25"_s,
        u"-c:a"_s, u"aac"_s, u"-b:a"_s, u"96k"_s, u"-shortest"_s};
}

QList<SeedClip> clips()
{
    return {
        {u"testsrc2.mp4"_s, 1, u"Test pattern (640x360)"_s,
            u"A moving test pattern with a 440 Hz tone."_s, u"seed,video,pattern"_s,
            video(
                u"testsrc2=size=640x360:rate=25:duration=12"_s, u"sine=frequency=440:duration=12"_s)
                << u"-movflags"_s << u"+faststart"_s},
        {u"smptebars.mp4"_s, 1, u"Colour bars (480x360)"_s,
            u"SMPTE colour bars with a 1 kHz tone."_s, u"seed,video,bars"_s,
            video(u"smptebars=size=480x360:rate=25:duration=10"_s,
                u"sine=frequency=1000:duration=10"_s)
                << u"-movflags"_s << u"+faststart"_s},
        // Matroska: a source that is not web-playable as it is (isWeb false).
        {u"mandelbrot.mkv"_s, 1, u"Mandelbrot zoom (320x240, MKV)"_s,
            u"A Mandelbrot zoom with a 330 Hz tone, uploaded as Matroska."_s,
            u"seed,video,fractal"_s,
            video(u"mandelbrot=size=320x240:rate=25"_s, u"sine=frequency=330:duration=8"_s)
                << u"-t"_s << u"8"_s},
        {u"tone.mp3"_s, 5, u"Tone (audio only)"_s, u"Eight seconds of a 523 Hz tone, as MP3."_s,
            u"seed,audio"_s,
            {u"-f"_s, u"lavfi"_s, u"-i"_s, u"sine=frequency=523:duration=8"_s, u"-c:a"_s,
                u"libmp3lame"_s, u"-b:a"_s, u"128k"_s}},
        {u"picture.png"_s, 2, u"Test card (image)"_s, u"A still image, 800x600 PNG."_s,
            u"seed,image"_s,
            {u"-f"_s, u"lavfi"_s, u"-i"_s, u"testsrc2=size=800x600:duration=1"_s, u"-frames:v"_s,
                u"1"_s}},
    };
}

/// Makes the clip's source in the cache directory unless it is there already.
bool ensureSource(const QString &cacheDir, const SeedClip &clip, QString *error)
{
    const QString path = cacheDir + u'/' + clip.file;
    if (QFile::exists(path))
        return true;
    const QString temp = cacheDir + u"/part-"_s + clip.file;
    if (!ffmpeg::ffmpeg(QStringList(clip.ffmpegArgs) << temp, error))
        return false;
    return QFile::rename(temp, path);
}

} // namespace

bool seed::media(QString *error)
{
    if (!Store::setting(kSeededKey).isEmpty())
        return true;
    const QString cacheDir = Store::filesDir() + u"/seed-media"_s;
    QDir().mkpath(cacheDir);
    const qint64 partnerId = Store::partner().id;
    QStringList ids;
    for (const SeedClip &clip : clips()) {
        if (!ensureSource(cacheDir, clip, error))
            return false;
        entries::NewEntry entry;
        entry.mediaType = clip.mediaType;
        entry.name = clip.name;
        entry.description = clip.description;
        entry.tags = clip.tags;
        entry.status = entries::NoContent;
        const QString id = entries::insert(partnerId, entry);
        // Ingest owns (and may move) what it is given: hand it a copy of the cached source.
        const QString source = assets::entryDir(id) + u"/source."_s + clip.file.section(u'.', -1);
        if (!QFile::copy(cacheDir + u'/' + clip.file, source)) {
            *error = u"cannot copy %1"_s.arg(clip.file);
            return false;
        }
        ingest::ingestNow(id, source);
        const auto ref = assets::entryRef(id);
        if (!ref || ref->status != entries::Ready) {
            *error = u"%1 did not become READY"_s.arg(clip.name);
            return false;
        }
        ids.append(id);
    }
    Store::setSetting(kSeededKey, ids.join(u','));
    return true;
}

} // namespace sandbox
