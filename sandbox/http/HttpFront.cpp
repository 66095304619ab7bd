// SPDX-License-Identifier: GPL-3.0-or-later
#include "http/HttpFront.h"

#include "api/ApiError.h"
#include "delivery/DeliveryUtil.h"
#include "http/HttpUtil.h"
#include "http/Multipart.h"
#include "http/SocketReset.h"
#include "store/Store.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTemporaryFile>
#include <QThread>
#include <QUrl>

#include <chrono>
#include <httplib.h>
#include <thread>

using namespace Qt::StringLiterals;

namespace sandbox {

namespace http {

bool isLoopback(const std::string &addr)
{
    return addr == "127.0.0.1" || addr == "::1" || addr.rfind("127.", 0) == 0
        || addr == "::ffff:127.0.0.1";
}

QByteArray phpJson(const QJsonValue &v)
{
    QByteArray out = QJsonDocument(QJsonArray {v}).toJson(QJsonDocument::Compact);
    out = out.mid(1, out.size() - 2);
    out.replace("/", "\\/");
    return out;
}

} // namespace http

namespace {

QString qs(const std::string &s)
{
    return QString::fromStdString(s);
}

std::string ss(const QString &s)
{
    return s.toStdString();
}

/// One request body part streamed to a temp file, or a form field kept in memory.
struct Part {
    std::string name;
    std::string fileName;
    std::string contentType;
    std::string data; // non-file parts
    std::unique_ptr<QFile> file;
    qint64 size = 0;
};

/// Reads the body with the throttle/reset faults applied; returns false when the connection was
/// reset on purpose (nothing more must be written).
struct BodyReader {
    const httplib::Request &req;
    std::optional<Fault> fault;
    qint64 received = 0;
    bool reset = false;
    std::chrono::steady_clock::time_point start = std::chrono::steady_clock::now();

    bool account(size_t len)
    {
        received += qint64(len);
        if (!fault)
            return true;
        if (fault->kind == Fault::Kind::ResetAfterBytes && received >= fault->value) {
            reset = resetConnection(req.local_port, req.remote_port);
            return false;
        }
        if (fault->kind == Fault::Kind::Throttle) {
            const auto due = std::chrono::milliseconds(received * 1000 / fault->value);
            const auto elapsed = std::chrono::steady_clock::now() - start;
            if (due > elapsed)
                std::this_thread::sleep_for(due - elapsed);
        }
        return true;
    }
};

/// The parts of a body kept in memory (form fields, a non-multipart body), bounded so that one
/// request cannot take all memory; file parts go to disk and are not counted.
struct InMemoryBody {
    static constexpr size_t kMax = 16 * 1024 * 1024;
    size_t size = 0;
    bool tooLarge = false;

    bool append(std::string &into, const char *data, size_t len)
    {
        size += len;
        tooLarge = size > kMax;
        if (!tooLarge)
            into.append(data, len);
        return !tooLarge;
    }
};

void setStandardHeaders(httplib::Response &res, int httpSeq)
{
    res.set_header(
        "X-Kaltura-Session", ss(u"%1, %2"_s.arg(httpSeq).arg(QDateTime::currentSecsSinceEpoch())));
    res.set_header("Access-Control-Allow-Origin", "*");
    res.set_header("Access-Control-Expose-Headers",
        "Server, Content-Length, Content-Range, Date, X-Kaltura, X-Kaltura-Session, X-Me");
    res.set_header("Expires", "Sun, 19 Nov 2000 08:52:00 GMT");
    res.set_header(
        "Cache-Control", "no-store, no-cache, must-revalidate, post-check=0, pre-check=0");
    res.set_header("Pragma", "no-cache");
}

QStringList callNames(const QJsonObject &params)
{
    const QString service = params.value(u"service"_s).toString().toLower();
    if (service != u"multirequest"_s)
        return {service + u'.' + params.value(u"action"_s).toString()};
    QStringList names {u"multirequest"_s};
    for (auto it = params.begin(); it != params.end(); ++it) {
        if (it.value().isObject() && it.value().toObject().contains(u"service"_s)) {
            const QJsonObject item = it.value().toObject();
            names.append(item.value(u"service"_s).toString().toLower() + u'.'
                + item.value(u"action"_s).toString());
        }
    }
    return names;
}

} // namespace

HttpFront::HttpFront(Dispatcher &dispatcher, RequestLog &log, Faults &faults)
    : m_dispatcher(dispatcher)
    , m_log(log)
    , m_faults(faults)
    , m_server(std::make_unique<httplib::Server>())
{
    // A keep-alive connection holds a worker: leave room for parallel uploads plus browsing.
    m_server->new_task_queue = [] { return new httplib::ThreadPool(48); };
    m_server->set_payload_max_length(size_t(64) * 1024 * 1024 * 1024);
    m_server->set_keep_alive_max_count(1000);
    m_server->set_read_timeout(60);
    m_server->set_write_timeout(60);
    routeApi();
    routeControls();
}

HttpFront::~HttpFront() = default;

int HttpFront::bind(const QString &host, int port)
{
    if (port == 0)
        return m_server->bind_to_any_port(ss(host));
    return m_server->bind_to_port(ss(host), port) ? port : -1;
}

httplib::Server &HttpFront::server()
{
    return *m_server;
}

void HttpFront::run()
{
    m_server->listen_after_bind();
}

void HttpFront::stop()
{
    m_server->stop();
}

void HttpFront::routeApi()
{
    auto handler = [this](const httplib::Request &req, httplib::Response &res,
                       const httplib::ContentReader *reader) {
        const int httpSeq = ++m_httpSeq;
        // Path: /api_v3/service/X/action/Y/k/v…, /api_v3/index.php/service/…, or /api_v3/?service=…
        QString path = qs(req.path);
        path.remove(QRegularExpression(u"^/api_v3(/index\\.php)?"_s));
        QJsonObject pathParams = params::parsePathPairs(path);
        QJsonObject queryParams;
        for (const auto &[key, value] : req.params)
            params::setNested(queryParams, params::splitKey(qs(key)), qs(value));

        // Faults are chosen before the body is read (throttle and reset act on the body).
        QJsonObject early = params::merge(queryParams, pathParams);
        std::optional<Fault> fault = m_faults.take(callNames(early));

        BodyReader body {req, fault};
        InMemoryBody kept;
        QJsonObject bodyParams;
        QMap<QString, UploadedFile> files;
        std::vector<std::unique_ptr<Part>> parts;
        const std::string contentType = req.get_header_value("Content-Type");
        bool readOk = true;
        // A POST without Content-Length or Transfer-Encoding has no body to read.
        if (reader && (req.has_header("Content-Length") || req.has_header("Transfer-Encoding"))) {
            const std::string boundary = http::MultipartParser::boundaryOf(contentType);
            if (!boundary.empty()) {
                // httplib's own multipart parser refuses a body whose closing boundary lacks the
                // final CRLF (the official Node client sends it so; PHP accepts it). Read the raw
                // body instead (httplib decides by the Content-Type header) and parse it here.
                auto &headers = const_cast<httplib::Request &>(req).headers;
                headers.erase("Content-Type");
                headers.emplace("Content-Type", "application/x-minikmc-multipart");
                http::MultipartParser parser(
                    boundary,
                    [&](const http::PartHeader &h) {
                        // The previous part is complete: a body of many file parts must not
                        // hold a descriptor for each.
                        if (!parts.empty() && parts.back()->file)
                            parts.back()->file->close();
                        auto part = std::make_unique<Part>();
                        part->name = h.name;
                        part->fileName = h.fileName;
                        part->contentType = h.contentType;
                        if (!h.fileName.empty()) {
                            part->file = std::make_unique<QFile>(
                                Store::tempDir() + u"/part-"_s + Store::randomHex(8));
                            if (!part->file->open(QIODevice::WriteOnly))
                                return false;
                        }
                        parts.push_back(std::move(part));
                        return true;
                    },
                    [&](const char *data, size_t len) {
                        Part &p = *parts.back();
                        p.size += qint64(len);
                        if (p.file)
                            return p.file->write(data, qint64(len)) == qint64(len);
                        return kept.append(p.data, data, len);
                    });
                readOk = (*reader)([&](const char *data, size_t len) {
                    return body.account(len) && parser.feed(data, len);
                });
                readOk = readOk && parser.finish();
            } else {
                std::string raw;
                readOk = (*reader)([&](const char *data, size_t len) {
                    return body.account(len) && kept.append(raw, data, len);
                });
                const QByteArray bytes = QByteArray::fromStdString(raw);
                const QString ct = qs(contentType).toLower();
                const QByteArray trimmed = bytes.trimmed();
                if (ct.startsWith(u"application/json"_s) && trimmed.startsWith('{')
                    && trimmed.endsWith('}'))
                    bodyParams = QJsonDocument::fromJson(bytes).object();
                else if (ct.startsWith(u"application/x-www-form-urlencoded"_s))
                    bodyParams = params::parseForm(bytes);
            }
        }
        auto cleanup = [&] {
            for (auto &p : parts) {
                if (p->file)
                    p->file->remove();
            }
        };
        if (body.reset || !readOk) {
            cleanup();
            if (!body.reset) {
                res.status = kept.tooLarge ? 413 : 400;
                // The rest of the body is unread: it must not be taken for a next request.
                res.set_header("Connection", "close");
            }
            return;
        }
        for (auto &p : parts) {
            if (p->file) {
                p->file->close();
                files.insert(qs(p->name),
                    UploadedFile {
                        p->file->fileName(), p->size, qs(p->fileName), qs(p->contentType)});
            } else if (p->name == "json") {
                bodyParams = params::merge(bodyParams,
                    QJsonDocument::fromJson(QByteArray::fromStdString(p->data)).object());
            } else {
                params::setNested(bodyParams, params::splitKey(qs(p->name)), qs(p->data));
            }
        }
        // body < files < query < path (§1.1); file parts are not parameters themselves here.
        const QJsonObject params
            = params::merge(params::merge(bodyParams, queryParams), pathParams);
        if (!fault)
            fault = m_faults.take(callNames(params)); // names only known from the body
        if (fault && fault->kind == Fault::Kind::Delay)
            std::this_thread::sleep_for(std::chrono::milliseconds(fault->value));
        setStandardHeaders(res, httpSeq);
        if (fault && fault->kind == Fault::Kind::HttpStatus) {
            cleanup();
            res.status = int(fault->value);
            res.set_content(ss(u"<html><head><title>%1</title></head><body><h1>%1</h1>"
                               "<p>The sandbox was told to fail this call.</p></body></html>"_s.arg(
                                   fault->value)),
                "text/html");
            return;
        }

        QJsonValue result;
        {
            std::lock_guard lock(Store::apiLock());
            result = m_dispatcher.handle(params, files, httpSeq, m_serviceUrl);
        }
        cleanup();
        QByteArray out = http::phpJson(result);
        if (fault && fault->kind == Fault::Kind::Body) {
            if (fault->body == u"truncated"_s)
                out = out.left(qMax<qsizetype>(1, out.size() / 2));
            else if (fault->body == u"malformed"_s)
                out = "{\"objectType\":\"KalturaMediaEntry\",\"id\":" + out;
            else {
                res.set_content("<!DOCTYPE html><html><head><title>502 Bad Gateway</title></head>"
                                "<body><h1>Bad Gateway</h1></body></html>",
                    "text/html");
                return;
            }
        }
        // Uncompressed, as Apache serves api_v3 JSON (§11): cpp-httplib compresses a plain body
        // (brotli at its slowest quality when the client accepts br, ~1 s for a 500-entry page)
        // but never a content provider of known length.
        const auto json = std::make_shared<QByteArray>(out);
        res.set_content_provider(size_t(json->size()), "application/json",
            [json](size_t offset, size_t length, httplib::DataSink &sink) {
                return sink.write(json->constData() + offset, length);
            });
    };
    m_server->Post(R"(/api_v3(/.*)?)",
        [handler](const httplib::Request &req, httplib::Response &res,
            const httplib::ContentReader &reader) { handler(req, res, &reader); });
    m_server->Get(
        R"(/api_v3(/.*)?)", [handler](const httplib::Request &req, httplib::Response &res) {
            handler(req, res, nullptr);
        });
    m_server->Options(R"(/api_v3(/.*)?)", [](const httplib::Request &, httplib::Response &res) {
        res.set_header("Access-Control-Allow-Origin", "*");
        res.set_header("Access-Control-Allow-Headers",
            "Origin, X-Requested-With, Content-Type, Accept, Range, Cache-Control");
        res.set_header("Access-Control-Allow-Methods", "POST, GET, HEAD, OPTIONS");
        res.set_header("Access-Control-Max-Age", "86400");
    });
}

void HttpFront::routeControls()
{
    auto json = [](httplib::Response &res, const QJsonValue &v, int status = 200) {
        res.status = status;
        res.set_content(http::phpJson(v).toStdString(), "application/json");
    };
    auto loopbackOnly = [json](const httplib::Request &req, httplib::Response &res) {
        if (http::isLoopback(req.remote_addr))
            return true;
        json(res, QJsonObject {{u"error"_s, u"test controls answer loopback clients only"_s}}, 403);
        return false;
    };
    m_server->Post("/__sandbox/faults",
        [this, json, loopbackOnly](const httplib::Request &req, httplib::Response &res) {
            if (!loopbackOnly(req, res))
                return;
            QJsonParseError pe;
            const QJsonObject body
                = QJsonDocument::fromJson(QByteArray::fromStdString(req.body), &pe).object();
            if (pe.error != QJsonParseError::NoError) {
                json(res, QJsonObject {{u"error"_s, pe.errorString()}}, 400);
                return;
            }
            if (body.value(u"expireSessions"_s).toBool()) {
                std::lock_guard lock(Store::apiLock());
                QSqlQuery q(Store::db());
                q.prepare(u"UPDATE session SET expiry = ? WHERE expiry > ?"_s);
                const qint64 now = QDateTime::currentSecsSinceEpoch();
                q.addBindValue(now - 1);
                q.addBindValue(now - 1);
                execOrThrow(q);
            }
            if (const QJsonValue v = body.value(u"deliveryRequiresKs"_s); v.isBool())
                delivery::setKsRequired(v.toBool());
            // What an administrator does in the web console (api_v3 cannot: status is
            // read-only, KALTURA-API.md §5.1): the token then answers APP_TOKEN_NOT_ACTIVE.
            if (const QString id = body.value(u"disableAppToken"_s).toString(); !id.isEmpty()) {
                std::lock_guard lock(Store::apiLock());
                QSqlQuery q(Store::db());
                q.prepare(u"UPDATE app_token SET status = 1 WHERE id = ? AND status = 2"_s);
                q.addBindValue(id);
                execOrThrow(q);
                if (q.numRowsAffected() != 1) {
                    json(res, QJsonObject {{u"error"_s, u"no active app token %1"_s.arg(id)}}, 400);
                    return;
                }
            }
            QString error;
            if (!m_faults.add(body, &error)) {
                json(res, QJsonObject {{u"error"_s, error}}, 400);
                return;
            }
            json(res, QJsonObject {{u"ok"_s, true}});
        });
    m_server->Delete("/__sandbox/faults",
        [this, json, loopbackOnly](const httplib::Request &req, httplib::Response &res) {
            if (!loopbackOnly(req, res))
                return;
            m_faults.clear();
            json(res, QJsonObject {{u"ok"_s, true}});
        });
    m_server->Get("/__sandbox/requests",
        [this, json, loopbackOnly](const httplib::Request &req, httplib::Response &res) {
            if (loopbackOnly(req, res))
                json(res, m_log.entries());
        });
    m_server->Delete("/__sandbox/requests",
        [this, json, loopbackOnly](const httplib::Request &req, httplib::Response &res) {
            if (!loopbackOnly(req, res))
                return;
            m_log.clear();
            json(res, QJsonObject {{u"ok"_s, true}});
        });
}

} // namespace sandbox
