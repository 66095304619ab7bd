// SPDX-License-Identifier: GPL-3.0-or-later
#include "delivery/DeliveryUtil.h"

#include "api/ApiError.h"
#include "api/Dispatcher.h"
#include "api/Params.h"
#include "store/Entries.h"
#include "store/Store.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>

#include <atomic>
#include <httplib.h>
#include <memory>

using namespace Qt::StringLiterals;

namespace sandbox::delivery {

namespace {

QString describe(ExternalError code)
{
    // KExternalErrors' descriptions.
    switch (code) {
    case EntryNotFound:
        return u"requested entry not found"_s;
    case AccessControlRestricted:
        return u"entry restricted due to access-control"_s;
    case FileNotFound:
        return u"required file was not found"_s;
    case FlavorNotFound:
        return u"requested flavor was not found"_s;
    case InvalidKs:
        return u"ks is not valid"_s;
    case InvalidEntryType:
        return u"requested entry type is invalid for the requested format"_s;
    case BadQuery:
        return u"wrong query attributes"_s;
    case KsExpired:
        return u"The given KS has expired"_s;
    }
    return {};
}

/// Keeps a byte range inside the file (httplib trusts the client's end), false when the range
/// cannot be satisfied at all.
bool clampRange(std::pair<ssize_t, ssize_t> &range, qint64 size)
{
    auto &[first, last] = range;
    if (first < 0) // suffix: the last `last` bytes
        return last > 0 && size > 0;
    if (first >= size || (last >= 0 && last < first))
        return false;
    if (last < 0 || last >= size)
        last = ssize_t(size - 1);
    return true;
}

} // namespace

QString Request::param(const QString &name, const QString &alias) const
{
    if (params.contains(name))
        return params.value(name).toString();
    return alias.isEmpty() ? QString() : params.value(alias).toString();
}

Request parse(const httplib::Request &req)
{
    static const QRegularExpression prefix(u"^/p/(\\d+)(?:/sp/\\d+)?/([A-Za-z]+)"_s);
    const QString path = QString::fromStdString(req.path);
    const auto m = prefix.match(path);
    Request r;
    r.partnerId = m.captured(1).toLongLong();
    r.action = m.captured(2);
    for (const auto &[key, value] : req.params)
        r.params.insert(QString::fromStdString(key), QString::fromStdString(value));
    const QJsonObject pairs = params::parsePathPairs(path.mid(m.capturedEnd(0)));
    for (auto it = pairs.begin(); it != pairs.end(); ++it)
        r.params.insert(it.key(), it.value());
    r.ks = r.param(u"ks"_s);
    if (r.ks.isEmpty())
        r.ks = QString::fromStdString(req.get_header_value("X-Kaltura-Ks"));
    return r;
}

void dieError(httplib::Response &res, ExternalError code, const QString &message)
{
    QString description = describe(code);
    if (!message.isEmpty())
        description += u", "_s + message;
    res.status = 404;
    res.set_header("X-Kaltura-App",
        u"exiting on error %1 - %2"_s.arg(int(code)).arg(description).toStdString());
    res.set_header("X-Kaltura", "error-" + std::to_string(int(code)));
    res.set_content("", "text/html");
}

namespace {
std::atomic<bool> ksRequired {false};
} // namespace

void setKsRequired(bool required)
{
    ksRequired = required;
}

bool isKsRequired()
{
    return ksRequired;
}

bool checkKs(const Request &r, httplib::Response &res, bool expiredIsInvalid)
{
    if (r.ks.isEmpty()) {
        if (!ksRequired)
            return true;
        dieError(res, AccessControlRestricted);
        return false;
    }
    try {
        std::lock_guard lock(Store::apiLock());
        if (Dispatcher::resolveKs(r.ks).partnerId == r.partnerId)
            return true;
    } catch (const ApiError &e) {
        const bool expired
            = e.toJson().value(u"args"_s).toObject().value(u"KSID"_s) == u"EXPIRED"_s;
        if (expired && !expiredIsInvalid) {
            dieError(res, KsExpired, u"This URL is expired"_s);
            return false;
        }
    }
    dieError(res, InvalidKs);
    return false;
}

std::optional<assets::EntryRef> requireEntry(
    const Request &r, const QString &entryId, httplib::Response &res)
{
    std::optional<assets::EntryRef> entry;
    {
        std::lock_guard lock(Store::apiLock());
        entry = assets::entryRef(entryId);
    }
    if (!entry || entry->status == entries::Deleted || entry->partnerId != r.partnerId) {
        dieError(res, EntryNotFound);
        return std::nullopt;
    }
    return entry;
}

QString origin(const httplib::Request &req)
{
    return u"http://"_s + QString::fromStdString(req.get_header_value("Host"));
}

namespace {
thread_local qint64 responseCut = -1;
} // namespace

void setResponseCut(qint64 bytes)
{
    responseCut = bytes;
}

void serveFile(const httplib::Request &req, httplib::Response &res, const QString &path,
    const QString &contentType, const QString &attachmentName)
{
    // Bytes this response may still send before a fault cuts it (-1: no cut).
    auto budget = std::make_shared<qint64>(responseCut);
    auto file = std::make_shared<QFile>(path);
    if (!file->open(QIODevice::ReadOnly)) {
        dieError(res, FileNotFound);
        return;
    }
    const qint64 size = file->size();
    // httplib computes Content-Range and the lengths from req.ranges as the client sent them;
    // they are clamped to the file here (the request object is httplib's own, not const).
    auto &ranges = const_cast<httplib::Request &>(req).ranges;
    for (auto &range : ranges) {
        if (!clampRange(range, size)) {
            ranges.clear();
            res.status = 416;
            res.set_header("Content-Range", "bytes */" + std::to_string(size));
            return;
        }
    }
    res.set_header("Accept-Ranges", "bytes");
    if (!attachmentName.isEmpty()) {
        res.set_header("Content-Disposition",
            u"attachment; filename=\"%1\""_s.arg(attachmentName).toStdString());
    }
    res.set_content_provider(size_t(size), contentType.toStdString(),
        [file, budget](size_t offset, size_t length, httplib::DataSink &sink) {
            // Streamed in pieces: a large flavor is never held in memory.
            constexpr qint64 kChunk = 256 * 1024;
            if (!file->seek(qint64(offset)))
                return false;
            qint64 want = qMin<qint64>(qint64(length), kChunk);
            const bool cut = *budget >= 0 && want >= *budget;
            if (cut)
                want = *budget;
            const QByteArray chunk = file->read(want);
            if (*budget >= 0)
                *budget -= chunk.size();
            const bool written
                = chunk.isEmpty() || sink.write(chunk.constData(), size_t(chunk.size()));
            return written && !cut; // false: httplib drops the connection mid-body
        });
}

QString mimeType(const QString &fileExt)
{
    static const QHash<QString, QString> types
        = {{u"mp4"_s, u"video/mp4"_s}, {u"m4v"_s, u"video/mp4"_s}, {u"mov"_s, u"video/quicktime"_s},
            {u"mkv"_s, u"video/x-matroska"_s}, {u"webm"_s, u"video/webm"_s},
            {u"avi"_s, u"video/x-msvideo"_s}, {u"flv"_s, u"video/x-flv"_s},
            {u"mpegts"_s, u"video/mp2t"_s}, {u"mp3"_s, u"audio/mpeg"_s}, {u"wav"_s, u"audio/wav"_s},
            {u"ogg"_s, u"audio/ogg"_s}, {u"jpg"_s, u"image/jpeg"_s}, {u"jpeg"_s, u"image/jpeg"_s},
            {u"png"_s, u"image/png"_s}, {u"gif"_s, u"image/gif"_s}, {u"bmp"_s, u"image/bmp"_s}};
    return types.value(fileExt.toLower(), u"application/octet-stream"_s);
}

} // namespace sandbox::delivery
