// SPDX-License-Identifier: GPL-3.0-or-later
// The delivery endpoints (KALTURA-API.md §9): playManifest (progressive "url"/"download",
// redirect or json), serveFlavor, download and raw with HTTP ranges, the thumbnail API, and
// thumbAsset.serve. Each takes Store::apiLock() only for its database reads.
#include "delivery/Delivery.h"

#include "control/Faults.h"
#include "delivery/DeliveryUtil.h"
#include "delivery/Urls.h"
#include "store/Entries.h"
#include "store/Store.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QScopeGuard>

#include <algorithm>
#include <chrono>
#include <httplib.h>
#include <thread>

using namespace Qt::StringLiterals;

namespace sandbox {

namespace delivery {

namespace {

constexpr int kMediaClip = 1;
constexpr int kVideo = 1;
constexpr int kAudio = 5;
constexpr int kImage = 2;

bool hasTag(const assets::Flavor &f, const QString &tag)
{
    return f.tags.split(u',', Qt::SkipEmptyParts).contains(tag);
}

/// playManifest's flavor choice: the ids or params ids asked for, else by tags (the "tags"
/// parameter, else mbr then web for progressive delivery), the highest bitrate first.
QList<assets::Flavor> chooseFlavors(const Request &r, const QList<assets::Flavor> &ready)
{
    QStringList ids = r.param(u"flavorIds"_s, u"fs"_s).split(u',', Qt::SkipEmptyParts);
    if (const QString one = r.param(u"flavorId"_s, u"fi"_s); !one.isEmpty())
        ids = {one};
    QStringList paramsIds = r.param(u"flavorParamIds"_s, u"fps"_s).split(u',', Qt::SkipEmptyParts);
    if (const QString one = r.param(u"flavorParamId"_s, u"fp"_s); !one.isEmpty())
        paramsIds = {one};
    QList<assets::Flavor> chosen;
    for (const assets::Flavor &f : ready) {
        if (ids.contains(f.id) || paramsIds.contains(QString::number(f.flavorParamsId)))
            chosen.append(f);
    }
    QStringList tagGroups = r.param(u"tags"_s, u"t"_s).split(u',', Qt::SkipEmptyParts);
    if (tagGroups.isEmpty())
        tagGroups = {u"mbr"_s, u"web"_s};
    for (const QString &tag : tagGroups) {
        if (!chosen.isEmpty())
            break;
        for (const assets::Flavor &f : ready) {
            if (hasTag(f, tag.trimmed()))
                chosen.append(f);
        }
    }
    std::stable_sort(chosen.begin(), chosen.end(),
        [](const assets::Flavor &a, const assets::Flavor &b) { return a.bitrate > b.bitrate; });
    return chosen;
}

QList<assets::Flavor> readyFlavors(const QString &entryId)
{
    std::lock_guard lock(Store::apiLock());
    QList<assets::Flavor> ready;
    for (const assets::Flavor &f : assets::flavorsOf(entryId)) {
        if (f.status == assets::Ready)
            ready.append(f);
    }
    return ready;
}

QString downloadName(const assets::EntryRef &entry, const assets::Flavor &f)
{
    QString name = entry.name.isEmpty() ? entry.id : entry.name;
    name.replace(QRegularExpression(u"[^A-Za-z0-9._ -]"_s), u"_"_s);
    return name + u'.' + f.fileExt;
}

void answerJson(httplib::Response &res, const assets::EntryRef &entry,
    const QList<assets::Flavor> &flavors, const QString &origin)
{
    QJsonArray list;
    for (const assets::Flavor &f : flavors) {
        list.append(QJsonObject {{u"url"_s, serveFlavorUrl(origin, f)}, {u"urlPrefix"_s, u""_s},
            {u"ext"_s, f.fileExt}, {u"bitrate"_s, f.bitrate}, {u"width"_s, f.width},
            {u"height"_s, f.height}});
    }
    const QJsonObject body {{u"entryId"_s, entry.id},
        {u"duration"_s, double(entry.msDuration) / 1000.0}, {u"baseUrl"_s, u""_s},
        {u"flavors"_s, list}};
    res.set_content(
        QJsonDocument(body).toJson(QJsonDocument::Compact).toStdString(), "application/json");
}

void playManifest(const Request &r, const httplib::Request &req, httplib::Response &res)
{
    if (!checkKs(r, res, true))
        return;
    const auto entry = requireEntry(r, r.param(u"entryId"_s, u"e"_s), res);
    if (!entry)
        return;
    const QString format = r.param(u"format"_s, u"f"_s);
    const QList<assets::Flavor> chosen = chooseFlavors(r, readyFlavors(entry->id));
    if (chosen.isEmpty())
        return dieError(res, FlavorNotFound);
    if (entry->type != kMediaClip || (entry->mediaType != kVideo && entry->mediaType != kAudio))
        return dieError(res, InvalidEntryType);
    const QString responseFormat = r.param(u"responseFormat"_s);
    const bool progressive = format == u"url"_s || format == u"download"_s;
    if (!progressive
        || (!responseFormat.isEmpty() && responseFormat != u"redirect"_s
            && responseFormat != u"json"_s))
        return dieError(res, BadQuery, u"This format is unsupported"_s);
    // Progressive delivery serves one file only.
    const assets::Flavor &best = chosen.first();
    if (responseFormat == u"json"_s)
        return answerJson(res, *entry, {best}, origin(req));
    const QString fileName = format == u"download"_s ? downloadName(*entry, best) : QString();
    res.set_redirect(serveFlavorUrl(origin(req), best, fileName).toStdString(), 302);
}

/// A flavor of the entry that can be served, or the error written and nullopt.
std::optional<assets::Flavor> servableFlavor(
    const Request &r, const QString &flavorId, const QString &entryId, httplib::Response &res)
{
    std::optional<assets::Flavor> f;
    {
        std::lock_guard lock(Store::apiLock());
        f = assets::flavor(flavorId);
    }
    if (!f || f->status == assets::Deleted || f->partnerId != r.partnerId
        || (!entryId.isEmpty() && f->entryId != entryId)) {
        dieError(res, FlavorNotFound);
        return std::nullopt;
    }
    return f;
}

void serveFlavor(const Request &r, const httplib::Request &req, httplib::Response &res)
{
    // Like the server's serveFlavor: no KS (getUrl hands out URLs without one).
    const auto f = servableFlavor(r, r.param(u"flavorId"_s), r.param(u"entryId"_s), res);
    if (!f)
        return;
    const QString fileName = r.param(u"fileName"_s);
    serveFile(req, res, f->filePath, mimeType(f->fileExt), fileName);
}

/// The entry's source flavor when ready, else its best ready flavor.
std::optional<assets::Flavor> originalOrBest(const QString &entryId)
{
    const QList<assets::Flavor> ready = readyFlavors(entryId);
    const auto original = std::find_if(
        ready.begin(), ready.end(), [](const assets::Flavor &f) { return f.isOriginal; });
    if (original != ready.end())
        return *original;
    return ready.isEmpty() ? std::nullopt : std::optional<assets::Flavor>(ready.first());
}

void download(const Request &r, const httplib::Request &req, httplib::Response &res)
{
    if (!checkKs(r, res))
        return;
    const auto entry = requireEntry(r, r.param(u"entry_id"_s), res);
    if (!entry)
        return;
    const QString flavorId = r.param(u"flavor"_s);
    const auto f = flavorId.isEmpty() ? originalOrBest(entry->id)
                                      : servableFlavor(r, flavorId, entry->id, res);
    if (!f || f->status != assets::Ready)
        return dieError(res, FlavorNotFound);
    serveFile(req, res, f->filePath, mimeType(f->fileExt), downloadName(*entry, *f));
}

/// raw/: the entry's source file (for images the image itself).
void raw(const Request &r, const httplib::Request &req, httplib::Response &res)
{
    if (!checkKs(r, res))
        return;
    const auto entry = requireEntry(r, r.param(u"entry_id"_s), res);
    if (!entry)
        return;
    QString name = r.param(u"file_name"_s);
    if (entry->mediaType == kImage) {
        const QString data = assets::entryDir(entry->id) + u"/data"_s;
        std::optional<assets::Thumb> thumb;
        {
            std::lock_guard lock(Store::apiLock());
            thumb = assets::defaultThumb(entry->id);
        }
        const QString ext = thumb ? thumb->fileExt : u"jpg"_s;
        return serveFile(
            req, res, data, mimeType(ext), name.isEmpty() ? entry->id + u'.' + ext : name);
    }
    const auto source = originalOrBest(entry->id);
    if (!source || !source->isOriginal)
        return dieError(res, FlavorNotFound);
    serveFile(req, res, source->filePath, mimeType(source->fileExt),
        name.isEmpty() ? downloadName(*entry, *source) : name);
}

} // namespace

} // namespace delivery

void delivery::addRoutes(httplib::Server &server, Faults &faults)
{
    server.Get(R"(/p/\d+(/sp/\d+)?/(playManifest|serveFlavor|download|raw|thumbnail)(/.*)?)",
        [&faults](const httplib::Request &req, httplib::Response &res) {
            const Request r = parse(req);
            const std::optional<Fault> fault = faults.take({r.action}, false);
            if (fault && fault->kind == Fault::Kind::HttpStatus) {
                res.status = int(fault->value);
                return;
            }
            if (fault && fault->kind == Fault::Kind::Delay)
                std::this_thread::sleep_for(std::chrono::milliseconds(fault->value));
            setResponseCut(
                fault && fault->kind == Fault::Kind::ResetAfterBytes ? fault->value : -1);
            const auto uncut = qScopeGuard([] { setResponseCut(-1); });
            if (r.action == u"playManifest"_s)
                playManifest(r, req, res);
            else if (r.action == u"serveFlavor"_s)
                serveFlavor(r, req, res);
            else if (r.action == u"download"_s)
                download(r, req, res);
            else if (r.action == u"raw"_s)
                raw(r, req, res);
            else
                thumbnail(r, req, res);
        });
    // thumbAsset.serve is an api_v3 action that answers a file, which the JSON dispatcher
    // cannot: it is taken before routing.
    server.set_pre_routing_handler([](const httplib::Request &req, httplib::Response &res) {
        return serveThumbAsset(req, res) ? httplib::Server::HandlerResponse::Handled
                                         : httplib::Server::HandlerResponse::Unhandled;
    });
}

} // namespace sandbox
