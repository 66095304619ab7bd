// SPDX-License-Identifier: GPL-3.0-or-later
// kaltura-sandbox end to end, across its parts: a real H.264 file goes in through the upload
// protocol (token + entry + attach in one multirequest, then chunks), ingest makes it READY with
// flavors and a thumbnail, and delivery serves it back byte-exact with HTTP Range; a file that is
// not media ends in ERROR_CONVERTING. Raw HTTP on 127.0.0.1.
#include "SandboxHttp.h"
#include "SandboxProcess.h"

#include <QCryptographicHash>
#include <QDeadlineTimer>
#include <QFile>
#include <QImage>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using minikmc::test::Answer;
using minikmc::test::SandboxHttp;
using minikmc::test::SandboxProcess;

class TestSandboxFlow : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    SandboxProcess m_sandbox;
    SandboxHttp m_http {m_sandbox};
    QString m_ks;

    static QByteArray sha256(const QByteArray &bytes)
    {
        return QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex();
    }

    /// Token + entry + attach in ONE multirequest (KALTURA-API.md §6.7); returns {tokenId,
    /// entryId}.
    QPair<QString, QString> createEntryWithToken(const QString &name, qint64 size, int mediaType)
    {
        const Answer a = m_http.multi(m_ks,
            {QJsonObject {{u"service"_s, u"uploadToken"_s}, {u"action"_s, u"add"_s},
                 {u"uploadToken"_s,
                     QJsonObject {{u"objectType"_s, u"KalturaUploadToken"_s}, {u"fileName"_s, name},
                         {u"fileSize"_s, double(size)}}}},
                QJsonObject {{u"service"_s, u"media"_s}, {u"action"_s, u"add"_s},
                    {u"entry"_s,
                        QJsonObject {{u"objectType"_s, u"KalturaMediaEntry"_s},
                            {u"mediaType"_s, mediaType}, {u"name"_s, name}}}},
                QJsonObject {{u"service"_s, u"media"_s}, {u"action"_s, u"addContent"_s},
                    {u"entryId"_s, u"{2:result:id}"_s},
                    {u"resource"_s,
                        QJsonObject {{u"objectType"_s, u"KalturaUploadedFileTokenResource"_s},
                            {u"token"_s, u"{1:result:id}"_s}}}}});
        const QJsonArray items = a.json.toArray();
        if (items.size() != 3)
            return {};
        return {items.at(0).toObject().value(u"id"_s).toString(),
            items.at(2).toObject().value(u"id"_s).toString()};
    }

    /// Sends a file in chunks: the first resume=false, the middle ones in reverse order (parked
    /// until contiguous), the final one last.
    bool uploadInChunks(const QString &tokenId, const QString &path, qint64 chunkSize)
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return false;
        const QByteArray bytes = file.readAll();
        QList<qint64> offsets;
        for (qint64 o = 0; o < bytes.size(); o += chunkSize)
            offsets << o;
        QList<qint64> order = offsets;
        if (order.size() > 2)
            std::reverse(order.begin() + 1, order.end() - 1);
        for (const qint64 offset : order) {
            const QString part = m_dir.filePath(u"part-%1"_s.arg(offset));
            QFile chunk(part);
            if (!chunk.open(QIODevice::WriteOnly))
                return false;
            chunk.write(bytes.mid(offset, chunkSize));
            chunk.close();
            const bool first = offset == 0;
            const bool last = offset == offsets.last();
            const Answer a = m_http.upload(u"uploadToken"_s, u"upload"_s,
                {{u"ks"_s, m_ks}, {u"uploadTokenId"_s, tokenId}, {u"resume"_s, !first},
                    {u"resumeAt"_s, double(offset)}, {u"finalChunk"_s, last}},
                {{u"fileData"_s, part}});
            if (!a.code().isEmpty()) {
                qWarning("chunk at %lld: %s", offset, a.body.constData());
                return false;
            }
        }
        return true;
    }

    QJsonObject waitForEntryStatus(const QString &entryId, int status, int seconds)
    {
        QJsonObject entry;
        const QDeadlineTimer deadline(seconds * 1000);
        while (!deadline.hasExpired()) {
            entry = m_http.call(u"media"_s, u"get"_s, {{u"ks"_s, m_ks}, {u"entryId"_s, entryId}})
                        .object();
            if (entry.value(u"status"_s).toInt() == status)
                break;
            QTest::qWait(250);
        }
        return entry;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(m_sandbox.start(m_dir.filePath(u"data"_s)), qPrintable(m_sandbox.error()));
        m_ks = m_http.startSession(2);
    }

    void videoGoesInAndComesBackOut()
    {
        // A 4 s 320x240 H.264/AAC clip.
        const QString video = m_dir.filePath(u"clip.mp4"_s);
        QProcess ffmpeg;
        ffmpeg.start(u"ffmpeg"_s,
            {u"-hide_banner"_s, u"-loglevel"_s, u"error"_s, u"-y"_s, u"-f"_s, u"lavfi"_s, u"-i"_s,
                u"testsrc=size=320x240:rate=25:duration=4"_s, u"-f"_s, u"lavfi"_s, u"-i"_s,
                u"sine=frequency=440:duration=4"_s, u"-c:v"_s, u"libx264"_s, u"-pix_fmt"_s,
                u"yuv420p"_s, u"-c:a"_s, u"aac"_s, u"-shortest"_s, video});
        QVERIFY(ffmpeg.waitForFinished(60000));
        QCOMPARE(ffmpeg.exitCode(), 0);
        QFile file(video);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();

        const auto [tokenId, entryId] = createEntryWithToken(u"clip.mp4"_s, bytes.size(), 1);
        QVERIFY(!tokenId.isEmpty() && !entryId.isEmpty());
        // Attached before any byte arrived: the entry waits in IMPORT.
        QCOMPARE(m_http.call(u"media"_s, u"get"_s, {{u"ks"_s, m_ks}, {u"entryId"_s, entryId}})
                     .object()
                     .value(u"status"_s)
                     .toInt(),
            0);
        QVERIFY(uploadInChunks(tokenId, video, 64 * 1024));
        const QJsonObject stored = m_http.get(u"/__sandbox/uploads/"_s + tokenId).object();
        QCOMPARE(stored.value(u"sha256"_s).toString().toLatin1(), sha256(bytes));

        const QJsonObject entry = waitForEntryStatus(entryId, 2, 90);
        QCOMPARE(entry.value(u"status"_s).toInt(), 2); // READY
        QCOMPARE(entry.value(u"duration"_s).toInt(), 4);
        QCOMPARE(entry.value(u"width"_s).toInt(), 320);
        // The token was consumed.
        QCOMPARE(
            m_http
                .call(u"uploadToken"_s, u"get"_s, {{u"ks"_s, m_ks}, {u"uploadTokenId"_s, tokenId}})
                .object()
                .value(u"status"_s)
                .toInt(),
            3);

        // Flavors: the source (byte-identical to the upload) and a web flavor.
        const QJsonArray flavors
            = m_http
                  .call(u"flavorAsset"_s, u"list"_s,
                      {{u"ks"_s, m_ks}, {u"filter"_s, QJsonObject {{u"entryIdEqual"_s, entryId}}}})
                  .object()
                  .value(u"objects"_s)
                  .toArray();
        QVERIFY(flavors.size() >= 2);
        QString sourceId;
        for (const QJsonValue &f : flavors) {
            QCOMPARE(f.toObject().value(u"status"_s).toInt(), 2);
            if (f.toObject().value(u"isOriginal"_s).toBool())
                sourceId = f.toObject().value(u"id"_s).toString();
        }
        QVERIFY(!sourceId.isEmpty());
        const QString url
            = m_http.call(u"flavorAsset"_s, u"getUrl"_s, {{u"ks"_s, m_ks}, {u"id"_s, sourceId}})
                  .json.toString();
        QVERIFY2(url.startsWith(m_sandbox.serviceUrl()), qPrintable(url));
        const QString path = url.mid(m_sandbox.serviceUrl().size());
        Answer a = m_http.get(path);
        QCOMPARE(a.status, 200);
        QCOMPARE(sha256(a.body), sha256(bytes));
        // A range from the middle, as a player seeking there asks for it.
        a = m_http.get(path, {{"Range", "bytes=1000-1999"}});
        QCOMPARE(a.status, 206);
        QCOMPARE(a.body, bytes.mid(1000, 1000));

        // playManifest leads to a playable file; the thumbnail API gives a real JPEG.
        const QString pid = QString::number(m_sandbox.partnerId());
        // (sp/{pid}00 is written out: in "%100" QString::arg would see the placeholder %10.)
        a = m_http.get(u"/p/"_s + pid + u"/sp/"_s + pid + u"00/playManifest/entryId/"_s + entryId
            + u"/format/url/protocol/http/a.mp4"_s);
        QCOMPARE(a.status, 200); // after the redirect to serveFlavor
        QVERIFY(a.body.size() > 1000);
        QCOMPARE(a.body.mid(4, 4), QByteArray("ftyp")); // an MP4
        a = m_http.get(
            u"/p/%1/thumbnail/entry_id/%2/width/160/height/120"_s.arg(m_sandbox.partnerId())
                .arg(entryId));
        const QImage thumb = QImage::fromData(a.body, "JPEG");
        QCOMPARE(thumb.size(), QSize(160, 120));
    }

    void fileThatIsNotMediaFailsToConvert()
    {
        const QString junk = m_dir.filePath(u"notes.mp4"_s);
        QFile file(junk);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(200 * 1024, 'x'));
        file.close();
        const auto [tokenId, entryId] = createEntryWithToken(u"notes.mp4"_s, 200 * 1024, 1);
        QVERIFY(uploadInChunks(tokenId, junk, 100 * 1024));
        const QJsonObject entry = waitForEntryStatus(entryId, -1, 60);
        QCOMPARE(entry.value(u"status"_s).toInt(), -1); // ERROR_CONVERTING
    }
};

QTEST_GUILESS_MAIN(TestSandboxFlow)
#include "tst_sandbox_flow.moc"
