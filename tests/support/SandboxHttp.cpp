// SPDX-License-Identifier: GPL-3.0-or-later
#include "SandboxHttp.h"

#include "SandboxProcess.h"

#include <QFile>
#include <QFileInfo>
#include <QHttpMultiPart>
#include <QJsonDocument>
#include <QSignalSpy>

using namespace Qt::StringLiterals;

namespace minikmc::test {

QString Answer::code() const
{
    const QJsonObject o = json.toObject();
    return o.value(u"objectType"_s) == u"KalturaAPIException"_s ? o.value(u"code"_s).toString()
                                                                : QString();
}

SandboxHttp::SandboxHttp(const SandboxProcess &sandbox)
    : m_sandbox(sandbox)
{
}

QString SandboxHttp::url(const QString &path) const
{
    return m_sandbox.serviceUrl() + path;
}

Answer SandboxHttp::wait(QNetworkReply *reply)
{
    QSignalSpy done(reply, &QNetworkReply::finished);
    if (!reply->isFinished())
        done.wait(60000);
    Answer a;
    a.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    a.error = reply->error();
    a.contentType = reply->header(QNetworkRequest::ContentTypeHeader).toByteArray();
    for (const auto &[name, value] : reply->rawHeaderPairs())
        a.headers.insert(name.toLower(), value);
    a.body = reply->readAll();
    // Wrapping in [] parses any JSON value (a bare string, number, true, null).
    const QJsonDocument doc = QJsonDocument::fromJson("[" + a.body + "]");
    a.json = doc.isArray() ? doc.array().first() : QJsonValue(QJsonValue::Undefined);
    reply->deleteLater();
    return a;
}

Answer SandboxHttp::get(const QString &path, const QList<QPair<QByteArray, QByteArray>> &headers)
{
    QNetworkRequest r {QUrl(url(path))};
    for (const auto &[name, value] : headers)
        r.setRawHeader(name, value);
    return wait(m_nam.get(r));
}

Answer SandboxHttp::postRaw(
    const QString &path, const QByteArray &contentType, const QByteArray &body)
{
    QNetworkRequest r {QUrl(url(path))};
    r.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
    return wait(m_nam.post(r, body));
}

Answer SandboxHttp::call(const QString &service, const QString &action, QJsonObject params)
{
    params.insert(u"format"_s, 1);
    return postRaw(u"/api_v3/service/%1/action/%2"_s.arg(service, action), "application/json",
        QJsonDocument(params).toJson(QJsonDocument::Compact));
}

Answer SandboxHttp::multi(const QString &ks, const QJsonArray &items)
{
    QJsonObject body {{u"format"_s, 1}, {u"ks"_s, ks}};
    for (qsizetype i = 0; i < items.size(); ++i)
        body.insert(QString::number(i + 1), items.at(i));
    return postRaw(u"/api_v3/service/multirequest"_s, "application/json",
        QJsonDocument(body).toJson(QJsonDocument::Compact));
}

Answer SandboxHttp::upload(const QString &service, const QString &action, QJsonObject params,
    const QList<QPair<QString, QString>> &files)
{
    return wait(startUpload(service, action, std::move(params), files));
}

QNetworkReply *SandboxHttp::startUpload(const QString &service, const QString &action,
    QJsonObject params, const QList<QPair<QString, QString>> &files)
{
    params.insert(u"format"_s, 1);
    auto *multi = new QHttpMultiPart(QHttpMultiPart::FormDataType);
    QHttpPart json;
    json.setHeader(
        QNetworkRequest::ContentDispositionHeader, QByteArray("form-data; name=\"json\""));
    json.setBody(QJsonDocument(params).toJson(QJsonDocument::Compact));
    multi->append(json);
    for (const auto &[field, path] : files) {
        auto *file = new QFile(path, multi);
        if (!file->open(QIODevice::ReadOnly))
            qWarning("SandboxHttp::upload: cannot open %s", qPrintable(path));
        QHttpPart part;
        part.setHeader(QNetworkRequest::ContentDispositionHeader,
            u"form-data; name=\"%1\"; filename=\"%2\""_s.arg(field, QFileInfo(path).fileName())
                .toUtf8());
        part.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/octet-stream"));
        part.setBodyDevice(file);
        multi->append(part);
    }
    QNetworkRequest r {QUrl(url(u"/api_v3/service/%1/action/%2"_s.arg(service, action)))};
    QNetworkReply *reply = m_nam.post(r, multi);
    multi->setParent(reply);
    return reply;
}

QString SandboxHttp::startSession(int type, const QString &userId)
{
    return call(u"session"_s, u"start"_s,
        {{u"secret"_s, m_sandbox.adminSecret()}, {u"type"_s, type},
            {u"partnerId"_s, double(m_sandbox.partnerId())}, {u"userId"_s, userId}})
        .json.toString();
}

QJsonArray SandboxHttp::requestLog()
{
    return get(u"/__sandbox/requests"_s).json.toArray();
}

void SandboxHttp::clearRequestLog()
{
    wait(m_nam.sendCustomRequest(QNetworkRequest {QUrl(url(u"/__sandbox/requests"_s))}, "DELETE"));
}

bool SandboxHttp::faults(const QJsonObject &body)
{
    return postRaw(u"/__sandbox/faults"_s, "application/json", QJsonDocument(body).toJson()).status
        == 200;
}

void SandboxHttp::clearFaults()
{
    wait(m_nam.sendCustomRequest(QNetworkRequest {QUrl(url(u"/__sandbox/faults"_s))}, "DELETE"));
}

qint64 SandboxHttp::entryCount(const QString &ks, const QJsonObject &filter)
{
    const QJsonValue count
        = call(u"baseEntry"_s, u"count"_s, {{u"ks"_s, ks}, {u"filter"_s, filter}}).json;
    return count.isDouble() ? qint64(count.toDouble()) : -1;
}

QJsonObject SandboxHttp::uploadedCopy(const QString &tokenId)
{
    return get(u"/__sandbox/uploads/"_s + tokenId).object();
}

QString SandboxHttp::firstEntryId(const QString &ks, const QJsonObject &filter)
{
    return call(u"baseEntry"_s, u"list"_s, {{u"ks"_s, ks}, {u"filter"_s, filter}})
        .object()
        .value(u"objects"_s)
        .toArray()
        .at(0)
        .toObject()
        .value(u"id"_s)
        .toString();
}

} // namespace minikmc::test
