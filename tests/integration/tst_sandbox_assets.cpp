// SPDX-License-Identifier: GPL-3.0-or-later
// kaltura-sandbox, assets and delivery: what --seed-media ingests (flavors and thumbnails that
// match what ffprobe says of the files), flavorAsset.* and thumbAsset.* with their errors, and
// the delivery URLs (playManifest, serveFlavor with HTTP ranges, download, raw, the thumbnail
// API), plus ingest resuming after a restart and refusing a file that is not media. Entries are
// found (and, for the restart case, planted) in the sandbox's SQLite file: the entry services
// are not part of this area.
#include "SandboxHttp.h"
#include "SandboxProcess.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QJsonDocument>
#include <QProcess>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using minikmc::test::Answer;
using minikmc::test::SandboxHttp;
using minikmc::test::SandboxProcess;

namespace {

constexpr int kWebParams = 487041;

QByteArray sha256(const QByteArray &bytes)
{
    return QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex();
}

/// ffprobe's JSON for some bytes (written to a file first).
QJsonObject ffprobe(const QByteArray &bytes, const QString &dir)
{
    const QString path = dir + u"/probe.bin"_s;
    QFile f(path);
    f.open(QIODevice::WriteOnly);
    f.write(bytes);
    f.close();
    QProcess p;
    p.start(u"ffprobe"_s,
        {u"-v"_s, u"error"_s, u"-print_format"_s, u"json"_s, u"-show_format"_s, u"-show_streams"_s,
            path});
    p.waitForFinished(30000);
    return QJsonDocument::fromJson(p.readAllStandardOutput()).object();
}

QJsonObject stream(const QJsonObject &probe, const QString &type)
{
    for (const QJsonValue &s : probe.value(u"streams"_s).toArray()) {
        if (s.toObject().value(u"codec_type"_s) == type)
            return s.toObject();
    }
    return {};
}

} // namespace

class TestSandboxAssets : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    SandboxProcess m_sandbox;
    SandboxHttp m_http {m_sandbox};
    QString m_ks;
    QHash<QString, QString> m_entries; ///< "testsrc2", "smptebars", "mandelbrot", "tone", "picture"

    QString dataDir() const { return m_dir.filePath(u"data"_s); }

    QSqlQuery sql(const QString &statement, const QVariantList &values = {})
    {
        QSqlDatabase db = QSqlDatabase::contains(u"assets"_s)
            ? QSqlDatabase::database(u"assets"_s)
            : QSqlDatabase::addDatabase(u"QSQLITE"_s, u"assets"_s);
        db.setDatabaseName(dataDir() + u"/sandbox.sqlite"_s);
        db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=10000"_s);
        db.open();
        QSqlQuery q(db);
        q.prepare(statement);
        for (const QVariant &v : values)
            q.addBindValue(v);
        if (!q.exec())
            qWarning("sql failed: %s", qPrintable(statement));
        return q;
    }

    QVariant entryColumn(const QString &entryId, const QString &column)
    {
        QSqlQuery q = sql(u"SELECT %1 FROM entry WHERE id = ?"_s.arg(column), {entryId});
        return q.next() ? q.value(0) : QVariant();
    }

    Answer call(const QString &service, const QString &action, QJsonObject params = {})
    {
        params.insert(u"ks"_s, m_ks);
        return m_http.call(service, action, params);
    }

    QJsonArray assetsOf(const QString &service, const QString &entryId)
    {
        return call(service, u"list"_s, {{u"filter"_s, QJsonObject {{u"entryIdEqual"_s, entryId}}}})
            .object()
            .value(u"objects"_s)
            .toArray();
    }

    QJsonObject flavor(const QString &entryId, int paramsId)
    {
        for (const QJsonValue &f : assetsOf(u"flavorAsset"_s, entryId)) {
            if (f.toObject().value(u"flavorParamsId"_s).toInt() == paramsId)
                return f.toObject();
        }
        return {};
    }

    QString path(const QString &url) const { return url.mid(m_sandbox.serviceUrl().size()); }

    Answer getNoRedirect(const QString &url, const QList<QPair<QByteArray, QByteArray>> &h = {})
    {
        QNetworkRequest r {QUrl(url)};
        r.setAttribute(
            QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
        for (const auto &[name, value] : h)
            r.setRawHeader(name, value);
        return m_http.wait(m_http.nam().get(r));
    }

    QImage thumbnail(const QString &entryId, const QString &params)
    {
        const Answer a
            = m_http.get(u"/p/%1/sp/%2/thumbnail/entry_id/%3%4"_s.arg(m_sandbox.partnerId())
                             .arg(m_sandbox.partnerId() * 100)
                             .arg(entryId, params));
        if (a.status != 200 || a.contentType != "image/jpeg")
            return {};
        return QImage::fromData(a.body, "JPEG");
    }

    /// Polls an asset until its status is `status` (ingest works in the background).
    QJsonObject waitForStatus(
        const QString &service, const QString &idParam, const QString &id, int status)
    {
        QJsonObject asset;
        for (int i = 0; i < 150; ++i) {
            asset = call(service, u"get"_s, {{idParam, id}}).object();
            if (asset.value(u"status"_s).toInt() == status)
                break;
            QTest::qWait(100);
        }
        return asset;
    }

    /// A 40-second 640x360 clip: its web flavor takes ffmpeg a few seconds, long enough to act
    /// while it is made.
    QString longClip()
    {
        const QString path = m_dir.filePath(u"long.mp4"_s);
        if (!QFile::exists(path)) {
            QProcess p;
            p.start(u"ffmpeg"_s,
                {u"-v"_s, u"error"_s, u"-y"_s, u"-f"_s, u"lavfi"_s, u"-i"_s,
                    u"testsrc2=size=640x360:rate=25:duration=40"_s, u"-f"_s, u"lavfi"_s, u"-i"_s,
                    u"sine=frequency=440:duration=40"_s, u"-c:v"_s, u"libx264"_s, u"-preset"_s,
                    u"ultrafast"_s, u"-shortest"_s, path});
            p.waitForFinished(60000);
        }
        return path;
    }

    /// A FULL_UPLOAD token holding the file.
    QString completeToken(const QString &path)
    {
        const QString id = call(u"uploadToken"_s, u"add"_s).object().value(u"id"_s).toString();
        const Answer a = m_http.upload(u"uploadToken"_s, u"upload"_s,
            {{u"ks"_s, m_ks}, {u"uploadTokenId"_s, id}, {u"resume"_s, u"false"_s},
                {u"finalChunk"_s, u"true"_s}},
            {{u"fileData"_s, path}});
        if (a.object().value(u"status"_s).toInt() != 2)
            qWarning("completeToken: %s", a.body.constData());
        return id;
    }

    /// Returns once every ingest job queued so far has run: the worker takes jobs in order, so
    /// a capture queued now is done after them.
    bool waitForQueuedJobs()
    {
        const Answer a = call(u"thumbAsset"_s, u"generate"_s,
            {{u"entryId"_s, m_entries[u"smptebars"_s]},
                {u"thumbParams"_s, QJsonObject {{u"videoOffset"_s, 1}}}});
        const QString id = a.object().value(u"id"_s).toString();
        const bool done
            = waitForStatus(u"thumbAsset"_s, u"thumbAssetId"_s, id, 2).value(u"status"_s) == 2;
        call(u"thumbAsset"_s, u"delete"_s, {{u"thumbAssetId"_s, id}});
        return done;
    }

    /// A new video entry given the long clip (media.add, media.addContent); ingest starts.
    QString addLongClipEntry()
    {
        const QString entryId = call(u"media"_s, u"add"_s,
            {{u"entry"_s,
                QJsonObject {{u"objectType"_s, u"KalturaMediaEntry"_s}, {u"mediaType"_s, 1},
                    {u"name"_s, u"long clip"_s}}}})
                                    .object()
                                    .value(u"id"_s)
                                    .toString();
        const Answer added = call(u"media"_s, u"addContent"_s,
            {{u"entryId"_s, entryId},
                {u"resource"_s,
                    QJsonObject {{u"objectType"_s, u"KalturaUploadedFileTokenResource"_s},
                        {u"token"_s, completeToken(longClip())}}}});
        if (added.object().value(u"status"_s).toInt() != 0) // IMPORT
            qWarning("addContent: %s", added.body.constData());
        return entryId;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QElapsedTimer timer;
        timer.start();
        QVERIFY2(m_sandbox.start(dataDir(), {u"--seed-media"_s}), qPrintable(m_sandbox.error()));
        qInfo("--seed-media on a fresh data dir: %lld ms", timer.elapsed());
        m_ks = m_http.startSession(2);
        QSqlQuery q = sql(u"SELECT id, name FROM entry"_s);
        while (q.next()) {
            const QString name = q.value(1).toString();
            const QString key = name.contains(u"Test pattern"_s) ? u"testsrc2"_s
                : name.contains(u"Colour bars"_s)                ? u"smptebars"_s
                : name.contains(u"Mandelbrot"_s)                 ? u"mandelbrot"_s
                : name.contains(u"Tone"_s)                       ? u"tone"_s
                                                                 : u"picture"_s;
            m_entries.insert(key, q.value(0).toString());
        }
        QCOMPARE(m_entries.size(), 5);
    }

    void seededEntriesAreReadyWithTheirMediaFacts()
    {
        for (const QString &id : m_entries)
            QCOMPARE(entryColumn(id, u"status"_s).toInt(), 2); // READY
        QCOMPARE(entryColumn(m_entries[u"testsrc2"_s], u"width"_s).toInt(), 640);
        QCOMPARE(entryColumn(m_entries[u"smptebars"_s], u"height"_s).toInt(), 360);
        QVERIFY(
            qAbs(entryColumn(m_entries[u"testsrc2"_s], u"ms_duration"_s).toInt() - 12000) < 200);
        QVERIFY(qAbs(entryColumn(m_entries[u"tone"_s], u"ms_duration"_s).toInt() - 8000) < 200);
        QCOMPARE(entryColumn(m_entries[u"picture"_s], u"width"_s).toInt(), 800);
        // Media with a thumbnail got a new thumbnail version.
        QVERIFY(entryColumn(m_entries[u"testsrc2"_s], u"thumb_version"_s).toInt() >= 1);
    }

    void videoFlavorsMatchWhatFfprobeSays_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("container");
        QTest::addColumn<bool>("sourceIsWeb");
        QTest::addColumn<int>("width");
        QTest::newRow("mp4 source") << u"testsrc2"_s << u"mp4"_s << true << 640;
        QTest::newRow("4:3 source") << u"smptebars"_s << u"mp4"_s << true << 480;
        QTest::newRow("mkv source") << u"mandelbrot"_s << u"mkv"_s << false << 320;
    }

    void videoFlavorsMatchWhatFfprobeSays()
    {
        QFETCH(QString, key);
        QFETCH(QString, container);
        QFETCH(bool, sourceIsWeb);
        QFETCH(int, width);
        const QString entryId = m_entries[key];
        QCOMPARE(assetsOf(u"flavorAsset"_s, entryId).size(), 2);
        const QJsonObject source = flavor(entryId, 0);
        QCOMPARE(source.value(u"objectType"_s).toString(), u"KalturaFlavorAsset"_s);
        QVERIFY(source.value(u"isOriginal"_s).toBool());
        QCOMPARE(source.value(u"isWeb"_s).toBool(), sourceIsWeb);
        QCOMPARE(source.value(u"containerFormat"_s).toString(), container);
        QCOMPARE(source.value(u"width"_s).toInt(), width);
        QCOMPARE(source.value(u"status"_s).toInt(), 2);

        const QJsonObject web = flavor(entryId, kWebParams);
        QCOMPARE(web.value(u"status"_s).toInt(), 2);
        QVERIFY(!web.value(u"isOriginal"_s).toBool());
        QVERIFY(web.value(u"isWeb"_s).toBool());
        QVERIFY(web.value(u"tags"_s).toString().split(u',').contains(u"web"_s));
        const qint64 bytes = qint64(web.value(u"sizeInBytes"_s).toDouble());
        QCOMPARE(qint64(web.value(u"size"_s).toDouble()), bytes / 1024); // KB (§8.1)

        const QString url
            = call(u"flavorAsset"_s, u"getUrl"_s, {{u"id"_s, web.value(u"id"_s)}}).json.toString();
        const Answer file = m_http.get(path(url));
        QCOMPARE(file.status, 200);
        QCOMPARE(file.contentType, QByteArray("video/mp4"));
        QCOMPARE(qint64(file.body.size()), bytes);
        QFile stored(
            dataDir() + u"/files/entries/%1/%2.mp4"_s.arg(entryId, web.value(u"id"_s).toString()));
        QVERIFY(stored.open(QIODevice::ReadOnly));
        QCOMPARE(sha256(file.body), sha256(stored.readAll()));
        // moov before mdat: players can start before the whole file is there.
        QVERIFY(file.body.indexOf("moov") < file.body.indexOf("mdat"));

        const QJsonObject probe = ffprobe(file.body, m_dir.path());
        const QJsonObject video = stream(probe, u"video"_s);
        QCOMPARE(video.value(u"codec_name"_s).toString(), u"h264"_s);
        QCOMPARE(stream(probe, u"audio"_s).value(u"codec_name"_s).toString(), u"aac"_s);
        QCOMPARE(video.value(u"width"_s).toInt(), web.value(u"width"_s).toInt());
        QCOMPARE(video.value(u"height"_s).toInt(), web.value(u"height"_s).toInt());
        QVERIFY(probe.value(u"format"_s)
                    .toObject()
                    .value(u"format_name"_s)
                    .toString()
                    .contains(u"mp4"_s));

        // The default thumbnail is a real frame of the video's size.
        const QJsonArray thumbs = assetsOf(u"thumbAsset"_s, entryId);
        QCOMPARE(thumbs.size(), 1);
        const QJsonObject thumb = thumbs.first().toObject();
        QCOMPARE(thumb.value(u"tags"_s).toString(), u"default_thumb"_s);
        QCOMPARE(thumb.value(u"width"_s).toInt(), width);
        QCOMPARE(thumb.value(u"thumbParamsId"_s).toInt(), 0);
    }

    void audioEntryHasAnAacFlavorAndNoThumbnail()
    {
        const QString entryId = m_entries[u"tone"_s];
        const QJsonObject source = flavor(entryId, 0);
        QCOMPARE(source.value(u"containerFormat"_s).toString(), u"mp3"_s);
        QVERIFY(!source.value(u"isWeb"_s).toBool());
        const QJsonObject web = flavor(entryId, kWebParams);
        QCOMPARE(web.value(u"width"_s).toInt(), 0);
        const QString url
            = call(u"flavorAsset"_s, u"getUrl"_s, {{u"id"_s, web.value(u"id"_s)}}).json.toString();
        const QJsonObject probe = ffprobe(m_http.get(path(url)).body, m_dir.path());
        QVERIFY(stream(probe, u"video"_s).isEmpty());
        QCOMPARE(stream(probe, u"audio"_s).value(u"codec_name"_s).toString(), u"aac"_s);
        QCOMPARE(assetsOf(u"thumbAsset"_s, entryId).size(), 0);
    }

    void imageEntryIsItsOwnThumbnail()
    {
        const QString entryId = m_entries[u"picture"_s];
        QCOMPARE(assetsOf(u"flavorAsset"_s, entryId).size(), 0);
        const QJsonArray thumbs = assetsOf(u"thumbAsset"_s, entryId);
        QCOMPARE(thumbs.size(), 1);
        QCOMPARE(thumbs.first().toObject().value(u"width"_s).toInt(), 800);
        const Answer raw
            = m_http.get(u"/p/%1/raw/entry_id/%2"_s.arg(m_sandbox.partnerId()).arg(entryId));
        QCOMPARE(raw.status, 200);
        QCOMPARE(QImage::fromData(raw.body).size(), QSize(800, 600));
        QCOMPARE(thumbnail(entryId, u"/width/0/height/0"_s).size(), QSize(800, 600));
    }

    void listFiltersAndTheirErrors()
    {
        const QString entryId = m_entries[u"testsrc2"_s];
        Answer a = call(u"flavorAsset"_s, u"list"_s);
        QCOMPARE(a.code(), u"PROPERTY_VALIDATION_CANNOT_BE_NULL"_s);
        QCOMPARE(a.object().value(u"args"_s).toObject().value(u"PROP_NAME"_s).toString(),
            u"KalturaFlavorAssetFilter::entryIdEqual/KalturaFlavorAssetFilter::entryIdIn"_s);
        QCOMPARE(call(u"thumbAsset"_s, u"list"_s).code(), u"PROPERTY_VALIDATION_CANNOT_BE_NULL"_s);

        auto list = [&](QJsonObject filter, QJsonObject pager = {}) {
            filter.insert(u"entryIdEqual"_s, entryId);
            return call(u"flavorAsset"_s, u"list"_s, {{u"filter"_s, filter}, {u"pager"_s, pager}})
                .object();
        };
        QCOMPARE(list({{u"flavorParamsIdEqual"_s, 0}}).value(u"totalCount"_s).toInt(), 1);
        QCOMPARE(
            list({{u"tagsMultiLikeOr"_s, u"web,nothing"_s}}).value(u"totalCount"_s).toInt(), 1);
        QCOMPARE(list({{u"statusIn"_s, u"1,7"_s}}).value(u"totalCount"_s).toInt(), 0);
        const QJsonObject bySize = list({{u"orderBy"_s, u"-size"_s}});
        const QJsonArray objects = bySize.value(u"objects"_s).toArray();
        QVERIFY(objects.at(0).toObject().value(u"size"_s).toDouble()
            > objects.at(1).toObject().value(u"size"_s).toDouble());
        const QJsonObject paged = list({}, {{u"pageSize"_s, 1}, {u"pageIndex"_s, 2}});
        QCOMPARE(paged.value(u"totalCount"_s).toInt(), 2);
        QCOMPARE(paged.value(u"objects"_s).toArray().size(), 1);
        const QJsonObject both = call(u"flavorAsset"_s, u"list"_s,
            {{u"filter"_s,
                QJsonObject {{u"entryIdIn"_s, entryId + u',' + m_entries[u"smptebars"_s]}}}})
                                     .object();
        QCOMPARE(both.value(u"totalCount"_s).toInt(), 4);
        QCOMPARE(both.value(u"objectType"_s).toString(), u"KalturaFlavorAssetListResponse"_s);
    }

    void notFoundErrors()
    {
        Answer a = call(u"flavorAsset"_s, u"get"_s, {{u"id"_s, u"0_nosuch00"_s}});
        QCOMPARE(a.code(), u"FLAVOR_ASSET_ID_NOT_FOUND"_s);
        QCOMPARE(a.object().value(u"message"_s).toString(),
            u"Flavor asset id \"0_nosuch00\" not found"_s);
        a = call(u"thumbAsset"_s, u"get"_s, {{u"thumbAssetId"_s, u"0_nosuch00"_s}});
        QCOMPARE(a.object().value(u"message"_s).toString(),
            u"The Thumbnail asset id \"0_nosuch00\" not found"_s);
        QCOMPARE(
            call(u"flavorAsset"_s, u"getByEntryId"_s, {{u"entryId"_s, u"0_nosuch00"_s}}).code(),
            u"ENTRY_ID_NOT_FOUND"_s);
        const Answer byEntry
            = call(u"thumbAsset"_s, u"getByEntryId"_s, {{u"entryId"_s, m_entries[u"smptebars"_s]}});
        QCOMPARE(byEntry.json.toArray().size(), 1);
    }

    void serveFlavorHonoursRanges()
    {
        const QJsonObject web = flavor(m_entries[u"smptebars"_s], kWebParams);
        const QString url = path(
            call(u"flavorAsset"_s, u"getUrl"_s, {{u"id"_s, web.value(u"id"_s)}}).json.toString());
        QVERIFY(url.contains(u"/serveFlavor/entryId/"_s));
        const Answer full = m_http.get(url);
        QCOMPARE(full.headers.value("accept-ranges"), QByteArray("bytes"));
        const qsizetype size = full.body.size();

        Answer part = m_http.get(url, {{"Range", "bytes=100-1123"}});
        QCOMPARE(part.status, 206);
        QCOMPARE(part.body, full.body.mid(100, 1024));
        QCOMPARE(part.headers.value("content-range"),
            QByteArray("bytes 100-1123/") + QByteArray::number(size));
        part = m_http.get(url, {{"Range", "bytes=-500"}});
        QCOMPARE(part.status, 206);
        QCOMPARE(part.body, full.body.right(500));
        part = m_http.get(url, {{"Range", "bytes=1000-"}});
        QCOMPARE(part.body, full.body.mid(1000));
        part = m_http.get(url, {{"Range", "bytes=" + QByteArray::number(size + 10) + "-"}});
        QCOMPARE(part.status, 416);
        QCOMPARE(part.headers.value("content-range"), "bytes */" + QByteArray::number(size));
        // A flavor of another entry is not served under this entry.
        const QString other = url;
        QCOMPARE(
            m_http.get(QString(other).replace(m_entries[u"smptebars"_s], m_entries[u"testsrc2"_s]))
                .headers.value("x-kaltura"),
            QByteArray("error-6"));
    }

    void playManifestRedirectsToTheWebFlavor()
    {
        const QString entryId = m_entries[u"testsrc2"_s];
        const QJsonObject web = flavor(entryId, kWebParams);
        const QString expected
            = call(u"flavorAsset"_s, u"getUrl"_s, {{u"id"_s, web.value(u"id"_s)}}).json.toString();
        const QString base = m_sandbox.serviceUrl() + u"/p/%1"_s.arg(m_sandbox.partnerId());
        for (const QString &form :
            {u"/sp/{sp}/playManifest/entryId/{e}/format/url/protocol/http/a.mp4"_s,
                u"/playManifest/e/{e}/f/url"_s, u"/playManifest?entryId={e}&format=url"_s}) {
            const Answer a = getNoRedirect(base
                + QString(form)
                      .replace(u"{sp}"_s, QString::number(m_sandbox.partnerId() * 100))
                      .replace(u"{e}"_s, entryId));
            QCOMPARE(a.status, 302);
            QCOMPARE(QString::fromUtf8(a.headers.value("location")), expected);
        }
        // flavorParamIds/0 (the entry's downloadUrl) is the source.
        const Answer source = getNoRedirect(base
            + u"/playManifest/entryId/%1/format/download/protocol/http/flavorParamIds/0"_s.arg(
                entryId));
        QVERIFY(source.headers.value("location")
                    .contains(flavor(entryId, 0).value(u"id"_s).toString().toUtf8()));
        QVERIFY(source.headers.value("location").contains("/fileName/"));

        const Answer json = m_http.get(
            path(base) + u"/playManifest/entryId/%1/format/url/responseFormat/json"_s.arg(entryId));
        QCOMPARE(json.object().value(u"entryId"_s).toString(), entryId);
        QVERIFY(qAbs(json.object().value(u"duration"_s).toDouble() - 12) < 0.2);
        const QJsonObject item = json.object().value(u"flavors"_s).toArray().first().toObject();
        QCOMPARE(item.value(u"url"_s).toString(), expected);
        QCOMPARE(item.value(u"ext"_s).toString(), u"mp4"_s);
    }

    void deliveryErrorsCarryTheKalturaHeaders()
    {
        const QString base = u"/p/%1"_s.arg(m_sandbox.partnerId());
        Answer a = m_http.get(base + u"/playManifest/entryId/0_nosuch00/format/url"_s);
        QCOMPARE(a.status, 404);
        QCOMPARE(a.headers.value("x-kaltura"), QByteArray("error-1"));
        QCOMPARE(a.headers.value("x-kaltura-app"),
            QByteArray("exiting on error 1 - requested entry not found"));
        // An image has nothing to play.
        a = m_http.get(
            base + u"/playManifest/entryId/%1/format/url"_s.arg(m_entries[u"picture"_s]));
        QCOMPARE(a.headers.value("x-kaltura"), QByteArray("error-6"));
        const QString entry = m_entries[u"testsrc2"_s];
        a = m_http.get(base + u"/playManifest/entryId/%1/format/url/ks/notaks"_s.arg(entry));
        QCOMPARE(a.headers.value("x-kaltura"), QByteArray("error-7"));
        a = m_http.get(base + u"/playManifest/entryId/%1/format/url"_s.arg(entry),
            {{"X-Kaltura-Ks", "notaks"}});
        QCOMPARE(a.headers.value("x-kaltura"), QByteArray("error-7"));
        a = m_http.get(base + u"/playManifest/entryId/%1/format/applehttp"_s.arg(entry));
        QCOMPARE(a.headers.value("x-kaltura"), QByteArray("error-25"));
        // A valid KS plays too.
        a = getNoRedirect(m_sandbox.serviceUrl() + base
            + u"/playManifest/entryId/%1/format/url/ks/%2"_s.arg(entry, m_ks));
        QCOMPARE(a.status, 302);
    }

    void downloadAndRawServeTheFiles()
    {
        const QString entryId = m_entries[u"smptebars"_s];
        const QJsonObject web = flavor(entryId, kWebParams);
        const QString url
            = call(u"flavorAsset"_s, u"getDownloadUrl"_s, {{u"id"_s, web.value(u"id"_s)}})
                  .json.toString();
        QVERIFY(url.contains(u"/download/entry_id/%1/flavor/"_s.arg(entryId)));
        const Answer file = m_http.get(path(url));
        QCOMPARE(qint64(file.body.size()), qint64(web.value(u"sizeInBytes"_s).toDouble()));
        QVERIFY(file.headers.value("content-disposition").startsWith("attachment"));
        const Answer raw = m_http.get(u"/p/%1/sp/%2/raw/entry_id/%3"_s.arg(m_sandbox.partnerId())
                                          .arg(m_sandbox.partnerId() * 100)
                                          .arg(entryId));
        QCOMPARE(
            qint64(raw.body.size()), qint64(flavor(entryId, 0).value(u"sizeInBytes"_s).toDouble()));
    }

    void thumbnailApiShapesRealJpegs()
    {
        const QString entryId = m_entries[u"testsrc2"_s]; // 640x360
        QCOMPARE(thumbnail(entryId, {}).width(), 120); // 120x90 box, aspect kept
        QCOMPARE(thumbnail(entryId, u"/width/300"_s).size(), QSize(300, 169));
        QCOMPARE(thumbnail(entryId, u"/height/90"_s).size(), QSize(160, 90));
        for (const QString &type : {u"2"_s, u"3"_s, u"4"_s, u"5"_s})
            QCOMPARE(thumbnail(entryId, u"/width/200/height/200/type/"_s + type).size(),
                QSize(200, 200));
        const QImage padded = thumbnail(entryId, u"/width/200/height/200/type/2/bgcolor/ff0000"_s);
        const QColor corner = padded.pixelColor(2, 2);
        QVERIFY2(corner.red() > 200 && corner.green() < 60, qPrintable(corner.name()));
        // Frames from different seconds differ; the same request gives the same bytes.
        const QImage at1 = thumbnail(entryId, u"/width/320/vid_sec/1"_s);
        const QImage at8 = thumbnail(entryId, u"/width/320/vid_sec/8"_s);
        QCOMPARE(at1.size(), QSize(320, 180));
        QVERIFY(at1 != at8);
        QCOMPARE(thumbnail(entryId, u"/width/320/vid_sec/8"_s), at8);
        QVERIFY(!thumbnail(entryId, u"/vid_sec/999"_s).isNull());
        const Answer missing
            = m_http.get(u"/p/%1/thumbnail/entry_id/0_nosuch00"_s.arg(m_sandbox.partnerId()));
        QCOMPARE(missing.status, 404);
        QCOMPARE(missing.headers.value("x-kaltura"), QByteArray("error-1"));
    }

    void entriesWithoutAThumbnailGetTheirOwnPicture()
    {
        const QImage tone = thumbnail(m_entries[u"tone"_s], u"/width/160/height/90"_s);
        QCOMPARE(tone.size(), QSize(160, 90));
        QCOMPARE(thumbnail(m_entries[u"tone"_s], u"/width/160/height/90"_s), tone);
        // An entry without media (as --seed N makes them) gets a different one.
        sql(u"INSERT INTO entry (id, partner_id, type, media_type, name, status, created_at,"
            " updated_at) VALUES ('0_nomedia1', ?, 1, 1, 'no media', 7, 0, 0)"_s,
            {m_sandbox.partnerId()});
        const QImage none = thumbnail(u"0_nomedia1"_s, u"/width/160/height/90"_s);
        QCOMPARE(none.size(), QSize(160, 90));
        QVERIFY(none != tone);
    }

    void addFromImageSetAsDefaultAndDelete()
    {
        const QString entryId = m_entries[u"smptebars"_s];
        const QString png = m_dir.filePath(u"thumb.png"_s);
        QImage image(64, 48, QImage::Format_RGB32);
        image.fill(Qt::blue);
        QVERIFY(image.save(png));
        const Answer added = m_http.upload(u"thumbAsset"_s, u"addFromImage"_s,
            {{u"ks"_s, m_ks}, {u"entryId"_s, entryId}}, {{u"fileData"_s, png}});
        const QJsonObject thumb = added.object();
        QCOMPARE(thumb.value(u"status"_s).toInt(), 2);
        QCOMPARE(qint64(thumb.value(u"size"_s).toDouble()), QFileInfo(png).size()); // bytes
        QCOMPARE(thumb.value(u"width"_s).toInt(), 64);
        QCOMPARE(thumb.value(u"fileExt"_s).toString(), u"png"_s);
        QVERIFY(!thumb.value(u"tags"_s).toString().contains(u"default_thumb"_s)); // entry READY
        const QString id = thumb.value(u"id"_s).toString();

        const int version = entryColumn(entryId, u"thumb_version"_s).toInt();
        QCOMPARE(call(u"thumbAsset"_s, u"setAsDefault"_s, {{u"thumbAssetId"_s, id}}).json,
            QJsonValue(QJsonValue::Null));
        QCOMPARE(entryColumn(entryId, u"thumb_version"_s).toInt(), version + 1);
        QString oldDefault;
        for (const QJsonValue &t : assetsOf(u"thumbAsset"_s, entryId)) {
            const bool isDefault = t.toObject().value(u"tags"_s).toString() == u"default_thumb"_s;
            QCOMPARE(isDefault, t.toObject().value(u"id"_s).toString() == id);
            if (!isDefault)
                oldDefault = t.toObject().value(u"id"_s).toString();
        }
        QCOMPARE(thumbnail(entryId, u"/width/0/height/0"_s).size(), QSize(64, 48));

        // thumbAsset.getUrl → thumbAsset.serve gives the stored file.
        const QString url = call(u"thumbAsset"_s, u"getUrl"_s, {{u"id"_s, id}}).json.toString();
        QVERIFY(url.contains(u"/api_v3/service/thumbAsset/action/serve/"_s));
        QFile stored(png);
        stored.open(QIODevice::ReadOnly);
        QCOMPARE(m_http.get(path(url)).body, stored.readAll());

        Answer a = call(u"thumbAsset"_s, u"delete"_s, {{u"thumbAssetId"_s, id}});
        QCOMPARE(a.code(), u"THUMB_ASSET_IS_DEFAULT"_s);
        QCOMPARE(a.object().value(u"message"_s).toString(),
            u"Thumbnail asset \"%1\" is default and could not be deleted"_s.arg(id));
        QVERIFY(
            call(u"thumbAsset"_s, u"delete"_s, {{u"thumbAssetId"_s, oldDefault}}).json.isNull());
        QCOMPARE(call(u"thumbAsset"_s, u"get"_s, {{u"thumbAssetId"_s, oldDefault}}).code(),
            u"THUMB_ASSET_ID_NOT_FOUND"_s);

        QFile text(m_dir.filePath(u"notes.txt"_s));
        text.open(QIODevice::WriteOnly);
        text.write("not an image");
        text.close();
        a = m_http.upload(u"thumbAsset"_s, u"addFromImage"_s,
            {{u"ks"_s, m_ks}, {u"entryId"_s, entryId}}, {{u"fileData"_s, text.fileName()}});
        QCOMPARE(a.code(), u"FILE_CONTENT_NOT_SECURE"_s);
    }

    void generateCapturesAFrame()
    {
        const QString entryId = m_entries[u"testsrc2"_s];
        Answer a = call(u"thumbAsset"_s, u"generate"_s,
            {{u"entryId"_s, entryId},
                {u"thumbParams"_s,
                    QJsonObject {{u"objectType"_s, u"KalturaThumbParams"_s}, {u"videoOffset"_s, 5},
                        {u"width"_s, 160}, {u"height"_s, 90}}}});
        QCOMPARE(a.object().value(u"status"_s).toInt(), 0); // QUEUED
        const QJsonObject done = waitForStatus(
            u"thumbAsset"_s, u"thumbAssetId"_s, a.object().value(u"id"_s).toString(), 2);
        QCOMPARE(done.value(u"status"_s).toInt(), 2);
        QCOMPARE(done.value(u"width"_s).toInt(), 160);
        QCOMPARE(done.value(u"height"_s).toInt(), 90);

        // Past the end there is no frame: the thumbnail ends in ERROR and is not served.
        a = call(u"thumbAsset"_s, u"generate"_s,
            {{u"entryId"_s, entryId}, {u"thumbParams"_s, QJsonObject {{u"videoOffset"_s, 500}}}});
        const QString late = a.object().value(u"id"_s).toString();
        QCOMPARE(
            waitForStatus(u"thumbAsset"_s, u"thumbAssetId"_s, late, -1).value(u"status"_s).toInt(),
            -1);
        QCOMPARE(call(u"thumbAsset"_s, u"getUrl"_s, {{u"id"_s, late}}).code(),
            u"THUMB_ASSET_IS_NOT_READY"_s);

        a = call(u"thumbAsset"_s, u"generate"_s,
            {{u"entryId"_s, m_entries[u"tone"_s]}, {u"thumbParams"_s, QJsonObject {}}});
        QCOMPARE(a.code(), u"ENTRY_MEDIA_TYPE_NOT_SUPPORTED"_s);
        QCOMPARE(
            a.object().value(u"message"_s).toString(), u"Entry media type \"5\" not supported"_s);
    }

    void reconvertMakesTheFlavorAgain()
    {
        const QString entryId = m_entries[u"mandelbrot"_s];
        const QJsonObject source = flavor(entryId, 0);
        Answer a = call(u"flavorAsset"_s, u"reconvert"_s, {{u"id"_s, source.value(u"id"_s)}});
        QCOMPARE(a.code(), u"FLAVOR_ASSET_RECONVERT_ORIGINAL"_s);
        QCOMPARE(
            a.object().value(u"message"_s).toString(), u"Cannot reconvert original flavor asset"_s);
        const QJsonObject web = flavor(entryId, kWebParams);
        const QString id = web.value(u"id"_s).toString();
        QVERIFY(call(u"flavorAsset"_s, u"reconvert"_s, {{u"id"_s, id}}).json.isNull());
        const int status
            = call(u"flavorAsset"_s, u"get"_s, {{u"id"_s, id}}).object().value(u"status"_s).toInt();
        QVERIFY(status == 1 || status == 2); // CONVERTING, or already done
        const QJsonObject done = waitForStatus(u"flavorAsset"_s, u"id"_s, id, 2);
        QCOMPARE(done.value(u"status"_s).toInt(), 2);
        QCOMPARE(done.value(u"version"_s).toInt(), web.value(u"version"_s).toInt() + 1);
        QVERIFY(call(u"flavorAsset"_s, u"getUrl"_s, {{u"id"_s, id}})
                    .json.toString()
                    .contains(u"/v/2/"_s));

        // Deleted: gone from get and list, and nothing is left to play.
        QVERIFY(call(u"flavorAsset"_s, u"delete"_s, {{u"id"_s, id}}).json.isNull());
        QCOMPARE(call(u"flavorAsset"_s, u"get"_s, {{u"id"_s, id}}).code(),
            u"FLAVOR_ASSET_ID_NOT_FOUND"_s);
        QCOMPARE(assetsOf(u"flavorAsset"_s, entryId).size(), 1);
        const Answer play = m_http.get(
            u"/p/%1/playManifest/entryId/%2/format/url"_s.arg(m_sandbox.partnerId()).arg(entryId));
        QCOMPARE(play.headers.value("x-kaltura"), QByteArray("error-6"));
    }

    void deletedWhileIngestingStaysDeleted()
    {
        // An entry deleted while its upload is being converted.
        const QString entryId = addLongClipEntry();
        int status = 0;
        for (int i = 0; i < 500 && status == 0; ++i) {
            QTest::qWait(20);
            status = entryColumn(entryId, u"status"_s).toInt();
        }
        QCOMPARE(status, 1); // PRECONVERT: the web flavor is being made
        QVERIFY(call(u"media"_s, u"delete"_s, {{u"entryId"_s, entryId}}).json.isNull());
        QVERIFY(waitForQueuedJobs());
        QCOMPARE(
            call(u"media"_s, u"get"_s, {{u"entryId"_s, entryId}}).code(), u"ENTRY_ID_NOT_FOUND"_s);
        QCOMPARE(entryColumn(entryId, u"status"_s).toInt(), 3);

        // A flavor deleted while it is reconverted.
        const QString longEntry = addLongClipEntry();
        QCOMPARE(waitForStatus(u"media"_s, u"entryId"_s, longEntry, 2).value(u"status"_s), 2);
        const QString webId = flavor(longEntry, kWebParams).value(u"id"_s).toString();
        QVERIFY(call(u"flavorAsset"_s, u"reconvert"_s, {{u"id"_s, webId}}).json.isNull());
        QVERIFY(call(u"flavorAsset"_s, u"delete"_s, {{u"id"_s, webId}}).json.isNull());
        QVERIFY(waitForQueuedJobs());
        QCOMPARE(call(u"flavorAsset"_s, u"get"_s, {{u"id"_s, webId}}).code(),
            u"FLAVOR_ASSET_ID_NOT_FOUND"_s);
    }

    void replacedContentKeepsTheEntryReady()
    {
        const QString entryId = m_entries[u"smptebars"_s];
        const int version = flavor(entryId, kWebParams).value(u"version"_s).toInt();
        const Answer a = call(u"media"_s, u"updateContent"_s,
            {{u"entryId"_s, entryId},
                {u"resource"_s,
                    QJsonObject {{u"objectType"_s, u"KalturaUploadedFileTokenResource"_s},
                        {u"token"_s,
                            completeToken(dataDir() + u"/files/seed-media/testsrc2.mp4"_s)}}}});
        QCOMPARE(a.object().value(u"status"_s).toInt(), 2); // READY while the new content is made
        QSet<int> seen;
        for (int i = 0; i < 300 && flavor(entryId, kWebParams).value(u"version"_s) == version;
             ++i) {
            seen.insert(entryColumn(entryId, u"status"_s).toInt());
            QTest::qWait(20);
        }
        QCOMPARE(flavor(entryId, kWebParams).value(u"version"_s).toInt(), version + 1);
        seen.insert(entryColumn(entryId, u"status"_s).toInt());
        QCOMPARE(seen, QSet<int> {2});
        QCOMPARE(entryColumn(entryId, u"width"_s).toInt(), 640); // the new content's
    }

    void generateReadsFormNumbersAndBoundsTheSize()
    {
        const QByteArray entry = m_entries[u"testsrc2"_s].toUtf8();
        const auto generate = [&](const QByteArray &thumbParams) {
            const Answer a = m_http.postRaw(u"/api_v3/service/thumbAsset/action/generate"_s,
                "application/x-www-form-urlencoded",
                "format=1&ks=" + m_ks.toUtf8() + "&entryId=" + entry
                    + "&thumbParams:objectType=KalturaThumbParams" + thumbParams);
            return waitForStatus(
                u"thumbAsset"_s, u"thumbAssetId"_s, a.object().value(u"id"_s).toString(), 2);
        };
        QJsonObject done
            = generate("&thumbParams:width=160&thumbParams:height=90&thumbParams:videoOffset=5");
        QCOMPARE(done.value(u"status"_s).toInt(), 2);
        QCOMPARE(done.value(u"width"_s).toInt(), 160);
        QCOMPARE(done.value(u"height"_s).toInt(), 90);
        done = generate("&thumbParams:width=100000&thumbParams:height=100000");
        QCOMPARE(done.value(u"status"_s).toInt(), 2);
        QCOMPARE(done.value(u"width"_s).toInt(), 4096); // fits 4096x4096, keeping 16:9
        QCOMPARE(done.value(u"height"_s).toInt(), 2304);
    }

    void thumbnailApiBoundsTheSize()
    {
        const QString entryId = m_entries[u"testsrc2"_s];
        QImage image = thumbnail(entryId, u"/width/100000/height/100000/type/3"_s);
        QCOMPARE(image.size(), QSize(4096, 4096));
        image = thumbnail(entryId, u"/rel_width/200000/rel_height/200000/width/64/height/64"_s);
        QCOMPARE(image.size(), QSize(64, 64));
        image = thumbnail(entryId, u"/width/4096"_s); // the height follows the aspect ratio
        QCOMPARE(image.size(), QSize(4096, 2304));
    }

    void expiredKsIsRefused()
    {
        QVERIFY(m_http.faults({{u"expireSessions"_s, true}}));
        const QString entry = m_entries[u"testsrc2"_s];
        const QString base = u"/p/%1"_s.arg(m_sandbox.partnerId());
        Answer a = m_http.get(base + u"/thumbnail/entry_id/%1/ks/%2"_s.arg(entry, m_ks));
        QCOMPARE(a.headers.value("x-kaltura"), QByteArray("error-31"));
        a = m_http.get(base + u"/playManifest/entryId/%1/format/url/ks/%2"_s.arg(entry, m_ks));
        QCOMPARE(a.headers.value("x-kaltura"), QByteArray("error-7"));
        m_ks = m_http.startSession(2);
    }

    // Last: restarts the sandbox. Two ingests are planted as a killed sandbox leaves them (entry
    // in IMPORT, its source on disk, the pending mark): the next start finishes them.
    void ingestResumesAfterARestartAndRefusesNonMedia()
    {
        m_sandbox.stop();
        const QString video = m_dir.filePath(u"resumed.mp4"_s);
        QVERIFY(QFile::copy(dataDir() + u"/files/seed-media/smptebars.mp4"_s, video));
        const QString text = m_dir.filePath(u"notmedia.mp4"_s);
        QFile f(text);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("this is not a video at all");
        f.close();
        const QList<std::pair<QString, QString>> planted
            = {{u"0_resumed1"_s, video}, {u"0_notmedia"_s, text}};
        for (const auto &[id, source] : planted) {
            sql(u"INSERT INTO entry (id, partner_id, type, media_type, name, status, created_at,"
                " updated_at) VALUES (?, ?, 1, 1, ?, 0, 0, 0)"_s,
                {id, m_sandbox.partnerId(), id});
            sql(u"INSERT INTO settings (key, value) VALUES (?, ?)"_s,
                {u"ingest.pending."_s + id, source});
        }
        QSqlDatabase::database(u"assets"_s).close();
        QVERIFY2(m_sandbox.start(dataDir(), {u"--seed-media"_s}), qPrintable(m_sandbox.error()));
        m_ks = m_http.startSession(2);
        // --seed-media again adds nothing.
        QSqlQuery count = sql(u"SELECT COUNT(*) FROM entry WHERE name LIKE 'Test pattern%'"_s);
        QVERIFY(count.next());
        QCOMPARE(count.value(0).toInt(), 1);

        for (int i = 0; i < 150 && entryColumn(u"0_resumed1"_s, u"status"_s).toInt() != 2; ++i)
            QTest::qWait(100);
        QCOMPARE(entryColumn(u"0_resumed1"_s, u"status"_s).toInt(), 2);
        QCOMPARE(flavor(u"0_resumed1"_s, kWebParams).value(u"status"_s).toInt(), 2);
        QCOMPARE(assetsOf(u"thumbAsset"_s, u"0_resumed1"_s).size(), 1);

        for (int i = 0; i < 100 && entryColumn(u"0_notmedia"_s, u"status"_s).toInt() != -1; ++i)
            QTest::qWait(100);
        QCOMPARE(entryColumn(u"0_notmedia"_s, u"status"_s).toInt(), -1); // ERROR_CONVERTING
        const QJsonObject source = flavor(u"0_notmedia"_s, 0);
        QCOMPARE(source.value(u"status"_s).toInt(), -1);
        QVERIFY2(source.value(u"description"_s).toString().startsWith(u"Not a media file"_s),
            qPrintable(source.value(u"description"_s).toString()));
        QCOMPARE(call(u"flavorAsset"_s, u"getUrl"_s, {{u"id"_s, source.value(u"id"_s)}}).code(),
            u"FLAVOR_ASSET_IS_NOT_READY"_s);
    }
};

QTEST_GUILESS_MAIN(TestSandboxAssets)
#include "tst_sandbox_assets.moc"
