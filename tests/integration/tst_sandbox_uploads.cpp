// SPDX-License-Identifier: GPL-3.0-or-later
// kaltura-sandbox, upload tokens (KALTURA-API.md §6): the chunked, parallel, resumable protocol,
// the fault controls on uploads, persistence across a restart, and tokens attached to entries.
// Files are random bytes written to a temporary directory; what the sandbox assembled is
// compared through GET /__sandbox/uploads/<tokenId>.
#include "SandboxHttp.h"
#include "SandboxProcess.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using minikmc::test::Answer;
using minikmc::test::SandboxHttp;
using minikmc::test::SandboxProcess;

namespace {

constexpr qint64 kChunk = 1024 * 1024;
// A short final-chunk wait keeps the "never matches" case fast; the real server waits 45 s.
const QStringList kSandboxArgs = {u"--final-chunk-wait"_s, u"3"_s};

QByteArray randomBytes(qint64 size)
{
    QByteArray bytes(size, Qt::Uninitialized);
    QRandomGenerator::global()->fillRange(reinterpret_cast<quint32 *>(bytes.data()), size / 4);
    return bytes;
}

QString sha256(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

} // namespace

class TestSandboxUploads : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    SandboxProcess m_sandbox;
    SandboxHttp m_http {m_sandbox};
    QString m_adminKs;
    int m_files = 0;

    /// Writes bytes to a new file named name (its extension matters to the server).
    QString file(const QByteArray &bytes, const QString &name = u"part.bin"_s)
    {
        const QString dir = m_dir.filePath(QString::number(++m_files));
        QDir().mkpath(dir);
        QFile f(dir + u'/' + name);
        if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
            qFatal("cannot write %s", qPrintable(f.fileName()));
        return f.fileName();
    }

    QJsonObject addToken(const QJsonObject &token = {}, const QString &ks = {})
    {
        const Answer a = m_http.call(u"uploadToken"_s, u"add"_s,
            {{u"ks"_s, ks.isEmpty() ? m_adminKs : ks}, {u"uploadToken"_s, token}});
        return a.object();
    }

    QJsonObject chunkParams(const QString &tokenId, std::optional<bool> resume,
        std::optional<bool> finalChunk, std::optional<qint64> resumeAt, const QString &ks)
    {
        QJsonObject p {{u"ks"_s, ks.isEmpty() ? m_adminKs : ks}, {u"uploadTokenId"_s, tokenId}};
        if (resume)
            p.insert(u"resume"_s, *resume ? u"true"_s : u"false"_s);
        if (finalChunk)
            p.insert(u"finalChunk"_s, *finalChunk ? u"true"_s : u"false"_s);
        if (resumeAt)
            p.insert(u"resumeAt"_s, double(*resumeAt));
        return p;
    }

    /// One uploadToken.upload; unset flags are left to the server's defaults.
    Answer chunk(const QString &tokenId, const QString &path, std::optional<bool> resume,
        std::optional<bool> finalChunk, std::optional<qint64> resumeAt, const QString &ks = {})
    {
        return m_http.upload(u"uploadToken"_s, u"upload"_s,
            chunkParams(tokenId, resume, finalChunk, resumeAt, ks), {{u"fileData"_s, path}});
    }

    QNetworkReply *startChunk(
        const QString &tokenId, const QString &path, bool finalChunk, qint64 resumeAt)
    {
        return m_http.startUpload(u"uploadToken"_s, u"upload"_s,
            chunkParams(tokenId, true, finalChunk, resumeAt, {}), {{u"fileData"_s, path}});
    }

    /// The bytes split into files of kChunk bytes.
    QStringList chunkFiles(const QByteArray &bytes)
    {
        QStringList paths;
        for (qint64 at = 0; at < bytes.size(); at += kChunk)
            paths.append(file(bytes.mid(at, kChunk)));
        return paths;
    }

    QJsonObject received(const QString &tokenId)
    {
        return m_http.get(u"/__sandbox/uploads/"_s + tokenId).object();
    }

    QJsonObject getToken(const QString &id, const QString &ks = {})
    {
        return m_http
            .call(u"uploadToken"_s, u"get"_s,
                {{u"ks"_s, ks.isEmpty() ? m_adminKs : ks}, {u"uploadTokenId"_s, id}})
            .object();
    }

    QJsonObject addEntry(int mediaType = 1, const QString &ks = {})
    {
        return m_http
            .call(u"media"_s, u"add"_s,
                {{u"ks"_s, ks.isEmpty() ? m_adminKs : ks},
                    {u"entry"_s,
                        QJsonObject {{u"objectType"_s, u"KalturaMediaEntry"_s},
                            {u"mediaType"_s, mediaType}, {u"name"_s, u"upload test"_s}}}})
            .object();
    }

    Answer addContent(const QString &entryId, const QString &tokenId, const QString &ks = {})
    {
        return m_http.call(u"media"_s, u"addContent"_s,
            {{u"ks"_s, ks.isEmpty() ? m_adminKs : ks}, {u"entryId"_s, entryId},
                {u"resource"_s,
                    QJsonObject {{u"objectType"_s, u"KalturaUploadedFileTokenResource"_s},
                        {u"token"_s, tokenId}}}});
    }

    /// A token holding the whole of bytes (one single-shot part).
    QString completeToken(const QByteArray &bytes, const QString &name = u"movie.mp4"_s)
    {
        const QString id = addToken().value(u"id"_s).toString();
        const Answer a = chunk(id, file(bytes, name), false, true, std::nullopt);
        if (a.object().value(u"status"_s).toInt() != 2)
            qWarning("completeToken: %s", a.body.constData());
        return id;
    }

    void verifyBytes(const QString &tokenId, const QByteArray &bytes, int status)
    {
        const QJsonObject r = received(tokenId);
        QCOMPARE(r.value(u"status"_s).toInt(), status);
        QCOMPARE(qint64(r.value(u"size"_s).toDouble()), qint64(bytes.size()));
        QCOMPARE(r.value(u"sha256"_s).toString(), sha256(bytes));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(m_sandbox.start(m_dir.filePath(u"data"_s), kSandboxArgs),
            qPrintable(m_sandbox.error()));
        m_adminKs = m_http.startSession(2);
        QVERIFY(!m_adminKs.isEmpty());
    }

    void cleanup() { m_http.clearFaults(); }

    void addAndGet()
    {
        const QJsonObject t = addToken({{u"fileName"_s, u"a.mp4"_s}, {u"fileSize"_s, 10}});
        QCOMPARE(t.value(u"objectType"_s).toString(), u"KalturaUploadToken"_s);
        QVERIFY(QRegularExpression(u"^0_[0-9a-f]{32}$"_s)
                    .match(t.value(u"id"_s).toString())
                    .hasMatch());
        QCOMPARE(t.value(u"status"_s).toInt(), 0);
        QCOMPARE(t.value(u"fileName"_s).toString(), u"a.mp4"_s);
        QCOMPARE(t.value(u"fileSize"_s).toDouble(), 10.0);
        QVERIFY(!t.contains(u"uploadedFileSize"_s)); // null until a part arrives
        QCOMPARE(getToken(t.value(u"id"_s).toString()), t);
        const Answer missing = m_http.call(
            u"uploadToken"_s, u"get"_s, {{u"ks"_s, m_adminKs}, {u"uploadTokenId"_s, u"0_nope"_s}});
        QCOMPARE(missing.code(), u"UPLOAD_TOKEN_NOT_FOUND"_s);
        QCOMPARE(missing.object().value(u"message"_s).toString(), u"Upload token not found"_s);
        QCOMPARE(m_http.get(u"/__sandbox/uploads/0_nope"_s).status, 404);
        const Answer readonly = m_http.call(u"uploadToken"_s, u"add"_s,
            {{u"ks"_s, m_adminKs}, {u"uploadToken"_s, QJsonObject {{u"status"_s, 2}}}});
        QCOMPARE(readonly.code(), u"PROPERTY_VALIDATION_NOT_UPDATABLE"_s);
    }

    void singleShotTakesFileNameAndFinalisesByDefault()
    {
        const QByteArray bytes = randomBytes(3 * kChunk + 123);
        const QString id = addToken().value(u"id"_s).toString();
        // finalChunk omitted: the server default (true) finalises.
        const QJsonObject t
            = chunk(id, file(bytes, u"holiday.mov"_s), false, std::nullopt, std::nullopt).object();
        QCOMPARE(t.value(u"status"_s).toInt(), 2);
        QCOMPARE(qint64(t.value(u"uploadedFileSize"_s).toDouble()), qint64(bytes.size()));
        QCOMPARE(t.value(u"fileName"_s).toString(), u"holiday.mov"_s);
        verifyBytes(id, bytes, 2);
        // After FULL_UPLOAD no more parts are taken.
        const Answer again = chunk(id, file(bytes), true, false, 0);
        QCOMPARE(again.code(), u"UPLOAD_TOKEN_INVALID_STATUS_FOR_UPLOAD"_s);
        QCOMPARE(again.object().value(u"message"_s).toString(),
            u"Upload token is in an invalid status for uploading a file, maybe the file was already uploaded"_s);
    }

    void threeSequentialChunks()
    {
        const QByteArray bytes = randomBytes(3 * kChunk - 1000);
        const QStringList parts = chunkFiles(bytes);
        const QString id = addToken({{u"fileName"_s, u"seq.mp4"_s}}).value(u"id"_s).toString();
        QJsonObject t = chunk(id, parts[0], false, false, 0).object();
        QCOMPARE(t.value(u"status"_s).toInt(), 1);
        QCOMPARE(qint64(t.value(u"uploadedFileSize"_s).toDouble()), kChunk);
        t = chunk(id, parts[1], true, false, kChunk).object();
        QCOMPARE(qint64(t.value(u"uploadedFileSize"_s).toDouble()), 2 * kChunk);
        t = chunk(id, parts[2], true, true, 2 * kChunk).object();
        QCOMPARE(t.value(u"status"_s).toInt(), 2);
        QCOMPARE(qint64(t.value(u"uploadedFileSize"_s).toDouble()), qint64(bytes.size()));
        verifyBytes(id, bytes, 2);
    }

    void outOfOrderAndParallelChunks()
    {
        const QByteArray bytes = randomBytes(5 * kChunk);
        const QStringList parts = chunkFiles(bytes);
        const QString id = addToken().value(u"id"_s).toString();
        QCOMPARE(chunk(id, parts[0], false, false, 0).object().value(u"uploadedFileSize"_s),
            QJsonValue(double(kChunk)));
        // The last middle chunk first: parked, the contiguous size does not move.
        QJsonObject t = chunk(id, parts[3], true, false, 3 * kChunk).object();
        QCOMPARE(t.value(u"status"_s).toInt(), 1);
        QCOMPARE(qint64(t.value(u"uploadedFileSize"_s).toDouble()), kChunk);
        // The first middle chunk touches the end: written; chunk 3 waits for chunk 2.
        t = chunk(id, parts[1], true, false, kChunk).object();
        QCOMPARE(qint64(t.value(u"uploadedFileSize"_s).toDouble()), 2 * kChunk);
        // Chunk 2 and the final chunk in parallel.
        QNetworkReply *middle = startChunk(id, parts[2], false, 2 * kChunk);
        QNetworkReply *last = startChunk(id, parts[4], true, 4 * kChunk);
        const Answer m = m_http.wait(middle);
        const Answer l = m_http.wait(last);
        QCOMPARE(m.code(), QString());
        QCOMPARE(l.object().value(u"status"_s).toInt(), 2);
        QCOMPARE(qint64(l.object().value(u"uploadedFileSize"_s).toDouble()), 5 * kChunk);
        verifyBytes(id, bytes, 2);
    }

    void finalChunkWaitsForAMiddleChunk()
    {
        const QByteArray bytes = randomBytes(3 * kChunk + 17);
        const QStringList parts = chunkFiles(bytes);
        const QString id = addToken().value(u"id"_s).toString();
        chunk(id, parts[0], false, false, 0);
        QNetworkReply *last = startChunk(id, parts[3], true, 3 * kChunk);
        QTest::qWait(500); // the final chunk is waiting now
        const Answer m = m_http.wait(startChunk(id, parts[1], false, kChunk));
        QCOMPARE(m.code(), QString());
        const Answer m2 = m_http.wait(startChunk(id, parts[2], false, 2 * kChunk));
        QCOMPARE(m2.code(), QString());
        const Answer l = m_http.wait(last);
        QCOMPARE(l.object().value(u"status"_s).toInt(), 2);
        verifyBytes(id, bytes, 2);
    }

    void finalChunkThatNeverMatchesMayBeRetried()
    {
        const QByteArray bytes = randomBytes(3 * kChunk);
        const QStringList parts = chunkFiles(bytes);
        const QString id = addToken().value(u"id"_s).toString();
        chunk(id, parts[0], false, false, 0);
        QElapsedTimer timer;
        timer.start();
        const Answer a = chunk(id, parts[2], true, true, 2 * kChunk); // chunk 1 never came
        QCOMPARE(a.code(), u"UPLOAD_TOKEN_CANNOT_MATCH_EXPECTED_SIZE"_s);
        QCOMPARE(
            a.object().value(u"message"_s).toString(), u"Failed to match expected file size"_s);
        QVERIFY(timer.elapsed() >= 1900); // it waited (3 tries, 1 s apart)
        QCOMPARE(getToken(id).value(u"status"_s).toInt(), 1);
        QCOMPARE(chunk(id, parts[1], true, false, kChunk).code(), QString());
        const QJsonObject t = chunk(id, parts[2], true, true, 2 * kChunk).object();
        QCOMPARE(t.value(u"status"_s).toInt(), 2);
        verifyBytes(id, bytes, 2);
    }

    void resumeFalseRestarts()
    {
        const QByteArray first = randomBytes(3 * kChunk);
        const QStringList parts = chunkFiles(first);
        const QString id = addToken().value(u"id"_s).toString();
        chunk(id, parts[0], false, false, 0);
        chunk(id, parts[2], true, false, 2 * kChunk); // parked, then abandoned
        const QByteArray second = randomBytes(2 * kChunk);
        const QStringList again = chunkFiles(second);
        QJsonObject t = chunk(id, again[0], false, false, 0).object();
        QCOMPARE(qint64(t.value(u"uploadedFileSize"_s).toDouble()), kChunk);
        t = chunk(id, again[1], true, true, kChunk).object();
        QCOMPARE(t.value(u"status"_s).toInt(), 2);
        verifyBytes(id, second, 2);
    }

    void resumeWithoutAFirstPart()
    {
        const QString id = addToken().value(u"id"_s).toString();
        const Answer a = chunk(id, file(randomBytes(1000)), true, false, 0);
        QCOMPARE(a.code(), u"UPLOAD_TOKEN_CANNOT_RESUME"_s);
        QCOMPARE(a.object().value(u"message"_s).toString(),
            u"Cannot resume the upload, original file was not found"_s);
    }

    void resentChunkAndEmptyMiddlePart()
    {
        const QByteArray bytes = randomBytes(3 * kChunk);
        const QStringList parts = chunkFiles(bytes);
        const QString id = addToken().value(u"id"_s).toString();
        chunk(id, parts[0], false, false, 0);
        chunk(id, parts[1], true, false, kChunk);
        // The same chunk again (a client retry) changes nothing.
        QJsonObject t = chunk(id, parts[1], true, false, kChunk).object();
        QCOMPARE(qint64(t.value(u"uploadedFileSize"_s).toDouble()), 2 * kChunk);
        // A 0-byte non-final part at an offset is dismissed.
        t = chunk(id, file({}), true, false, 5 * kChunk).object();
        QCOMPARE(t.value(u"status"_s).toInt(), 1);
        QCOMPARE(qint64(t.value(u"uploadedFileSize"_s).toDouble()), 2 * kChunk);
        t = chunk(id, parts[2], true, true, 2 * kChunk).object();
        QCOMPARE(t.value(u"status"_s).toInt(), 2);
        verifyBytes(id, bytes, 2);
    }

    void singleShotWithoutAFileIsFatal()
    {
        const QString id = addToken().value(u"id"_s).toString();
        // A part without a filename arrives as a plain field.
        const Answer a = m_http.call(u"uploadToken"_s, u"upload"_s,
            {{u"ks"_s, m_adminKs}, {u"uploadTokenId"_s, id}, {u"fileData"_s, u"abc"_s}});
        QCOMPARE(a.code(), u"UPLOAD_ERROR"_s);
        QCOMPARE(getToken(id).value(u"status"_s).toInt(), 5); // DELETED: a new token is needed
        const Answer none = m_http.call(
            u"uploadToken"_s, u"upload"_s, {{u"ks"_s, m_adminKs}, {u"uploadTokenId"_s, id}});
        QCOMPARE(none.code(), u"MISSING_MANDATORY_PARAMETER"_s);
    }

    void autoFinalize()
    {
        const Answer missing = m_http.call(u"uploadToken"_s, u"add"_s,
            {{u"ks"_s, m_adminKs}, {u"uploadToken"_s, QJsonObject {{u"autoFinalize"_s, 1}}}});
        QCOMPARE(missing.code(), u"UPLOAD_TOKEN_MISSING_FILE_SIZE"_s);
        QCOMPARE(missing.object().value(u"message"_s).toString(),
            u"FileSize is mandatory when enabling autoFinalize"_s);

        const QByteArray bytes = randomBytes(3 * kChunk);
        const QStringList parts = chunkFiles(bytes);
        const QJsonObject token
            = addToken({{u"autoFinalize"_s, 1}, {u"fileSize"_s, double(bytes.size())}});
        QCOMPARE(token.value(u"autoFinalize"_s), QJsonValue(true));
        const QString id = token.value(u"id"_s).toString();
        chunk(id, parts[0], false, false, 0);
        QCOMPARE(
            chunk(id, parts[2], true, false, 2 * kChunk).object().value(u"status"_s).toInt(), 1);
        // No part says finalChunk: the one that completes the byte count finalises.
        const QJsonObject t = chunk(id, parts[1], true, false, kChunk).object();
        QCOMPARE(t.value(u"status"_s).toInt(), 2);
        verifyBytes(id, bytes, 2);

        // A first part of the announced size is complete at once.
        const QByteArray whole = randomBytes(kChunk);
        const QString one = addToken({{u"autoFinalize"_s, 1}, {u"fileSize"_s, double(kChunk)}})
                                .value(u"id"_s)
                                .toString();
        QCOMPARE(chunk(one, file(whole), false, false, 0).object().value(u"status"_s).toInt(), 2);
    }

    void listFilters()
    {
        const QString name = u"list-%1.mp4"_s.arg(QRandomGenerator::global()->generate());
        const QString pending = addToken({{u"fileName"_s, name}}).value(u"id"_s).toString();
        const QString partial
            = addToken({{u"fileName"_s, name}, {u"fileSize"_s, 5}}).value(u"id"_s).toString();
        chunk(partial, file(randomBytes(1000)), false, false, 0);
        const QString deleted = addToken({{u"fileName"_s, name}}).value(u"id"_s).toString();
        QCOMPARE(m_http
                     .call(u"uploadToken"_s, u"delete"_s,
                         {{u"ks"_s, m_adminKs}, {u"uploadTokenId"_s, deleted}})
                     .json,
            QJsonValue(QJsonValue::Null));
        const auto list = [&](const QJsonObject &filter, const QJsonObject &pager = {}) {
            return m_http
                .call(u"uploadToken"_s, u"list"_s,
                    {{u"ks"_s, m_adminKs}, {u"filter"_s, filter}, {u"pager"_s, pager}})
                .object();
        };
        const auto ids = [](const QJsonObject &response) {
            QStringList out;
            for (const QJsonValue &v : response.value(u"objects"_s).toArray())
                out.append(v.toObject().value(u"id"_s).toString());
            return out;
        };
        // fileNameEqual alone: live tokens only (the DELETED one is left out).
        QJsonObject r = list({{u"objectType"_s, u"KalturaUploadTokenFilter"_s},
            {u"fileNameEqual"_s, name}, {u"orderBy"_s, u"+createdAt"_s}});
        QCOMPARE(r.value(u"objectType"_s).toString(), u"KalturaUploadTokenListResponse"_s);
        QCOMPARE(ids(r), QStringList({pending, partial}));
        QCOMPARE(r.value(u"totalCount"_s).toInt(), 2);
        QCOMPARE(
            ids(list({{u"fileNameEqual"_s, name}, {u"statusEqual"_s, 1}})), QStringList({partial}));
        QCOMPARE(ids(list({{u"fileNameEqual"_s, name}, {u"statusIn"_s, u"0,5"_s},
                     {u"orderBy"_s, u"-createdAt"_s}})),
            QStringList({deleted, pending}));
        QCOMPARE(
            ids(list({{u"idIn"_s, pending + u',' + deleted}, {u"orderBy"_s, u"+createdAt"_s}})),
            QStringList({pending, deleted}));
        QCOMPARE(
            ids(list({{u"idEqual"_s, partial}, {u"fileSizeEqual"_s, 5}})), QStringList({partial}));
        r = list({{u"fileNameEqual"_s, name}, {u"orderBy"_s, u"+createdAt"_s}},
            {{u"pageSize"_s, 1}, {u"pageIndex"_s, 2}});
        QCOMPARE(ids(r), QStringList({partial}));
        QCOMPARE(r.value(u"totalCount"_s).toInt(), 2);
        QCOMPARE(list({{u"fileNameEqual"_s, name}, {u"userIdEqual"_s, u"nobody"_s}})
                     .value(u"totalCount"_s)
                     .toInt(),
            0);
    }

    void userSessionsSeeTheirOwnTokens()
    {
        const QString alice = m_http.startSession(0, u"alice"_s);
        const QString bob = m_http.startSession(0, u"bob"_s);
        const QJsonObject token = addToken({}, alice);
        const QString id = token.value(u"id"_s).toString();
        QCOMPARE(token.value(u"userId"_s).toString(), u"alice"_s);
        QCOMPARE(getToken(id, alice).value(u"id"_s).toString(), id);
        QCOMPARE(m_http.call(u"uploadToken"_s, u"get"_s, {{u"ks"_s, bob}, {u"uploadTokenId"_s, id}})
                     .code(),
            u"UPLOAD_TOKEN_NOT_FOUND"_s);
        QCOMPARE(chunk(id, file(randomBytes(100)), false, true, std::nullopt, bob).code(),
            u"UPLOAD_TOKEN_NOT_FOUND"_s);
        QCOMPARE(
            m_http.call(u"uploadToken"_s, u"delete"_s, {{u"ks"_s, bob}, {u"uploadTokenId"_s, id}})
                .code(),
            u"UPLOAD_TOKEN_NOT_FOUND"_s);
        const auto count = [&](const QString &ks) {
            return m_http
                .call(u"uploadToken"_s, u"list"_s,
                    {{u"ks"_s, ks}, {u"filter"_s, QJsonObject {{u"idEqual"_s, id}}}})
                .object()
                .value(u"totalCount"_s)
                .toInt();
        };
        QCOMPARE(count(alice), 1);
        QCOMPARE(count(bob), 0);
        QCOMPARE(count(m_adminKs), 1); // an admin session sees every token
        QCOMPARE(chunk(id, file(randomBytes(100)), false, true, std::nullopt, alice)
                     .object()
                     .value(u"status"_s)
                     .toInt(),
            2);
    }

    void resetMidChunkThenResend()
    {
        const QByteArray bytes = randomBytes(2 * kChunk);
        const QStringList parts = chunkFiles(bytes);
        const QString id = addToken().value(u"id"_s).toString();
        chunk(id, parts[0], false, false, 0);
        // No "times": Qt retries a request whose connection dropped, the rule must outlast that.
        QVERIFY(m_http.faults({{u"rules"_s,
            QJsonArray {QJsonObject {
                {u"match"_s, u"uploadToken.upload"_s}, {u"resetAfterBytes"_s, kChunk / 2}}}}}));
        const Answer cut = chunk(id, parts[1], true, true, kChunk);
        QVERIFY2(cut.error != QNetworkReply::NoError, cut.body.constData());
        m_http.clearFaults();
        QCOMPARE(getToken(id).value(u"uploadedFileSize"_s).toDouble(), double(kChunk));
        const QJsonObject t = chunk(id, parts[1], true, true, kChunk).object();
        QCOMPARE(t.value(u"status"_s).toInt(), 2);
        verifyBytes(id, bytes, 2);
    }

    void throttledChunk()
    {
        const QByteArray bytes = randomBytes(256 * 1024);
        const QString id = addToken().value(u"id"_s).toString();
        QVERIFY(m_http.faults({{u"rules"_s,
            QJsonArray {QJsonObject {{u"match"_s, u"uploadToken.upload"_s}, {u"times"_s, 1},
                {u"throttleBytesPerSecond"_s, 512 * 1024}}}}}));
        QElapsedTimer timer;
        timer.start();
        QCOMPARE(
            chunk(id, file(bytes), false, true, std::nullopt).object().value(u"status"_s).toInt(),
            2);
        QVERIFY2(timer.elapsed() >= 450, qPrintable(QString::number(timer.elapsed())));
        verifyBytes(id, bytes, 2);
    }

    void stateSurvivesARestart()
    {
        SandboxProcess other;
        SandboxHttp http(other);
        const QString data = m_dir.filePath(u"restart"_s);
        QVERIFY2(other.start(data, kSandboxArgs), qPrintable(other.error()));
        const QString ks = http.startSession(2);
        const QByteArray bytes = randomBytes(3 * kChunk);
        const QStringList parts = chunkFiles(bytes);
        const QString id = http.call(u"uploadToken"_s, u"add"_s, {{u"ks"_s, ks}})
                               .object()
                               .value(u"id"_s)
                               .toString();
        const auto send = [&](const QString &path, bool resume, bool final, qint64 at) {
            return http.upload(u"uploadToken"_s, u"upload"_s,
                {{u"ks"_s, ks}, {u"uploadTokenId"_s, id}, {u"resume"_s, resume},
                    {u"finalChunk"_s, final}, {u"resumeAt"_s, double(at)}},
                {{u"fileData"_s, path}});
        };
        send(parts[0], false, false, 0);
        send(parts[2], true, false, 2 * kChunk); // parked across the restart
        other.stop();
        QVERIFY2(other.start(data, kSandboxArgs), qPrintable(other.error()));
        const QJsonObject t
            = http.call(u"uploadToken"_s, u"get"_s, {{u"ks"_s, ks}, {u"uploadTokenId"_s, id}})
                  .object();
        QCOMPARE(t.value(u"status"_s).toInt(), 1);
        const qint64 resumeAt = qint64(t.value(u"uploadedFileSize"_s).toDouble());
        QCOMPARE(resumeAt, kChunk);
        QCOMPARE(qint64(send(parts[1], true, false, resumeAt)
                            .object()
                            .value(u"uploadedFileSize"_s)
                            .toDouble()),
            2 * kChunk);
        // An empty final part at the end: the chunk parked before the restart completes the file.
        QCOMPARE(send(file({}), true, true, 3 * kChunk).object().value(u"status"_s).toInt(), 2);
        const QJsonObject r = http.get(u"/__sandbox/uploads/"_s + id).object();
        QCOMPARE(r.value(u"sha256"_s).toString(), sha256(bytes));
    }

    void addContentWithACompleteToken()
    {
        const QByteArray bytes = randomBytes(kChunk + 5);
        const QString token = completeToken(bytes);
        const QString entryId = addEntry().value(u"id"_s).toString();
        const Answer a = addContent(entryId, token);
        QCOMPARE(a.object().value(u"id"_s).toString(), entryId);
        QCOMPARE(a.object().value(u"status"_s).toInt(), 0); // IMPORT: ingest takes it on
        QCOMPARE(getToken(token).value(u"status"_s).toInt(), 3); // CLOSED: consumed
        verifyBytes(token, bytes, 3); // still answered after the entry consumed it
        QCOMPARE(addContent(entryId, completeToken(bytes)).code(), u"ENTRY_ALREADY_WITH_CONTENT"_s);
        // A token can be used once.
        QCOMPARE(m_http
                     .call(u"baseEntry"_s, u"addFromUploadedFile"_s,
                         {{u"ks"_s, m_adminKs}, {u"uploadTokenId"_s, token},
                             {u"entry"_s, QJsonObject {{u"objectType"_s, u"KalturaBaseEntry"_s}}}})
                     .code(),
            u"UPLOAD_TOKEN_INVALID_STATUS_FOR_ADD_ENTRY"_s);
        const QString fresh = addEntry().value(u"id"_s).toString();
        QCOMPARE(addContent(fresh, u"0_missing"_s).code(), u"UPLOAD_TOKEN_NOT_FOUND"_s);
        QCOMPARE(addContent(u"0_zzzzzzzz"_s, token).code(), u"ENTRY_ID_NOT_FOUND"_s);
    }

    void addContentBeforeTheBytesArrive()
    {
        const QByteArray bytes = randomBytes(2 * kChunk);
        const QStringList parts = chunkFiles(bytes);
        const QString token = addToken({{u"fileName"_s, u"clip.mp4"_s}}).value(u"id"_s).toString();
        const QString entryId = addEntry().value(u"id"_s).toString();
        // KMC-ng's form: updateContent with the source in an asset-params container.
        const QJsonObject resource {{u"objectType"_s, u"KalturaAssetsParamsResourceContainers"_s},
            {u"resources"_s,
                QJsonArray {
                    QJsonObject {{u"objectType"_s, u"KalturaAssetParamsResourceContainer"_s},
                        {u"assetParamsId"_s, 0},
                        {u"resource"_s,
                            QJsonObject {{u"objectType"_s, u"KalturaUploadedFileTokenResource"_s},
                                {u"token"_s, token}}}}}}};
        const Answer a = m_http.call(u"media"_s, u"updateContent"_s,
            {{u"ks"_s, m_adminKs}, {u"entryId"_s, entryId}, {u"resource"_s, resource}});
        QCOMPARE(a.object().value(u"status"_s).toInt(), 0);
        QJsonObject t = getToken(token);
        QCOMPARE(t.value(u"attachedObjectType"_s).toString(), u"flavorAsset"_s);
        QVERIFY(!t.value(u"attachedObjectId"_s).toString().isEmpty());
        // While the bytes are on their way, a second replacement is refused.
        QCOMPARE(m_http
                     .call(u"media"_s, u"updateContent"_s,
                         {{u"ks"_s, m_adminKs}, {u"entryId"_s, entryId}, {u"resource"_s, resource}})
                     .code(),
            u"ENTRY_REPLACEMENT_ALREADY_EXISTS"_s);
        chunk(token, parts[0], false, false, 0);
        t = chunk(token, parts[1], true, true, kChunk).object();
        QCOMPARE(t.value(u"status"_s).toInt(), 3); // handed to the entry as it completed
        verifyBytes(token, bytes, 3);
    }

    void deletingAnAttachedUnfinishedToken()
    {
        const QString token = addToken().value(u"id"_s).toString();
        const QString entryId = addEntry().value(u"id"_s).toString();
        QCOMPARE(addContent(entryId, token).object().value(u"status"_s).toInt(), 0);
        m_http.call(
            u"uploadToken"_s, u"delete"_s, {{u"ks"_s, m_adminKs}, {u"uploadTokenId"_s, token}});
        QCOMPARE(getToken(token).value(u"status"_s).toInt(), 5);
        // The entry waits for content again and takes a new token.
        const Answer entry
            = m_http.call(u"media"_s, u"get"_s, {{u"ks"_s, m_adminKs}, {u"entryId"_s, entryId}});
        QCOMPARE(entry.object().value(u"status"_s).toInt(), 7);
        QCOMPARE(addContent(entryId, completeToken(randomBytes(1000))).object().value(u"status"_s),
            QJsonValue(0));
    }

    void ownerCheckForUserSessions()
    {
        const QString alice = m_http.startSession(0, u"alice"_s);
        const QString bob = m_http.startSession(0, u"bob"_s);
        const QString entryId = addEntry(1, alice).value(u"id"_s).toString();
        const Answer a = addContent(entryId, addToken({}, bob).value(u"id"_s).toString(), bob);
        QCOMPARE(a.code(), u"INVALID_KS"_s);
        QCOMPARE(a.object().value(u"message"_s).toString(),
            u"Invalid KS \"\", Error \"-4,INVALID_TYPE\""_s);
        QCOMPARE(addContent(entryId, addToken({}, alice).value(u"id"_s).toString(), alice)
                     .object()
                     .value(u"status"_s),
            QJsonValue(0));
    }

    void addFromUploadedFile()
    {
        const QString image = completeToken(randomBytes(2000), u"photo.jpg"_s);
        const Answer a = m_http.call(u"baseEntry"_s, u"addFromUploadedFile"_s,
            {{u"ks"_s, m_adminKs}, {u"uploadTokenId"_s, image},
                {u"entry"_s, QJsonObject {{u"objectType"_s, u"KalturaBaseEntry"_s}}}});
        QCOMPARE(a.object().value(u"objectType"_s).toString(), u"KalturaMediaEntry"_s);
        QCOMPARE(a.object().value(u"mediaType"_s).toInt(), 2); // from the extension
        QVERIFY(QRegularExpression(u"^%1_[0-9]+$"_s.arg(m_sandbox.partnerId()))
                    .match(a.object().value(u"name"_s).toString())
                    .hasMatch());
        QCOMPARE(getToken(image).value(u"status"_s).toInt(), 3);

        // No telling extension: the content says MP3 (an ID3 header).
        const QString audio = completeToken("ID3\x03" + randomBytes(4000), u"blob"_s);
        QCOMPARE(m_http
                     .call(u"baseEntry"_s, u"addFromUploadedFile"_s,
                         {{u"ks"_s, m_adminKs}, {u"uploadTokenId"_s, audio},
                             {u"entry"_s, QJsonObject {{u"name"_s, u"song"_s}}}})
                     .object()
                     .value(u"mediaType"_s)
                     .toInt(),
            5);

        const QString video = completeToken(randomBytes(3000));
        const QJsonObject m
            = m_http
                  .call(u"media"_s, u"addFromUploadedFile"_s,
                      {{u"ks"_s, m_adminKs}, {u"uploadTokenId"_s, video},
                          {u"mediaEntry"_s,
                              QJsonObject {{u"mediaType"_s, 1}, {u"name"_s, u"from token"_s}}}})
                  .object();
        QCOMPARE(m.value(u"name"_s).toString(), u"from token"_s);
        QCOMPARE(m.value(u"status"_s).toInt(), 0);

        const QString unfinished = addToken().value(u"id"_s).toString();
        const Answer early = m_http.call(u"baseEntry"_s, u"addFromUploadedFile"_s,
            {{u"ks"_s, m_adminKs}, {u"uploadTokenId"_s, unfinished}, {u"entry"_s, QJsonObject {}}});
        QCOMPARE(early.code(), u"UPLOAD_TOKEN_INVALID_STATUS_FOR_ADD_ENTRY"_s);
        QCOMPARE(early.object().value(u"message"_s).toString(),
            u"Upload token is in an invalid status for adding entry, maybe the a file was not uploaded or the token was used"_s);
        QCOMPARE(m_http
                     .call(u"baseEntry"_s, u"addFromUploadedFile"_s,
                         {{u"ks"_s, m_adminKs}, {u"uploadTokenId"_s, u"0_missing"_s},
                             {u"entry"_s, QJsonObject {}}})
                     .code(),
            u"UPLOADED_FILE_NOT_FOUND_BY_TOKEN"_s);
    }

    void oneMultirequestThenTheChunks()
    {
        const QJsonArray items {
            QJsonObject {{u"service"_s, u"uploadToken"_s}, {u"action"_s, u"add"_s},
                {u"uploadToken"_s, QJsonObject {{u"fileName"_s, u"mr.mp4"_s}}}},
            QJsonObject {{u"service"_s, u"media"_s}, {u"action"_s, u"add"_s},
                {u"entry"_s,
                    QJsonObject {{u"objectType"_s, u"KalturaMediaEntry"_s}, {u"mediaType"_s, 1},
                        {u"name"_s, u"X"_s}}}},
            QJsonObject {{u"service"_s, u"media"_s}, {u"action"_s, u"addContent"_s},
                {u"entryId"_s, u"{2:result:id}"_s},
                {u"resource"_s,
                    QJsonObject {{u"objectType"_s, u"KalturaUploadedFileTokenResource"_s},
                        {u"token"_s, u"{1:result:id}"_s}}}},
        };
        const QJsonArray results = m_http.multi(m_adminKs, items).json.toArray();
        QCOMPARE(results.size(), 3);
        const QString token = results[0].toObject().value(u"id"_s).toString();
        const QString entryId = results[1].toObject().value(u"id"_s).toString();
        QCOMPARE(results[2].toObject().value(u"id"_s).toString(), entryId);
        QCOMPARE(results[2].toObject().value(u"status"_s).toInt(), 0);
        QCOMPARE(getToken(token).value(u"status"_s).toInt(), 0);

        const QByteArray bytes = randomBytes(3 * kChunk);
        const QStringList parts = chunkFiles(bytes);
        chunk(token, parts[0], false, false, 0);
        const Answer m = m_http.wait(startChunk(token, parts[1], false, kChunk));
        QCOMPARE(m.object().value(u"status"_s).toInt(), 1);
        QCOMPARE(
            chunk(token, parts[2], true, true, 2 * kChunk).object().value(u"status"_s).toInt(), 3);
        verifyBytes(token, bytes, 3);
    }
};

QTEST_GUILESS_MAIN(TestSandboxUploads)
#include "tst_sandbox_uploads.moc"
