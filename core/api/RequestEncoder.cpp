// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/RequestEncoder.h"

#include "api/FileRangeDevice.h"

#include <QFileInfo>
#include <QHttpMultiPart>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace minikmc::api::RequestEncoder {

namespace {

void addCommon(QJsonObject &body, const CommonParams &common, bool withKs)
{
    body.insert(u"format"_s, 1);
    if (!common.apiVersion.isEmpty())
        body.insert(u"apiVersion"_s, common.apiVersion);
    if (!common.clientTag.isEmpty())
        body.insert(u"clientTag"_s, common.clientTag);
    if (withKs && !common.ks.isEmpty())
        body.insert(u"ks"_s, common.ks);
}

QByteArray quoted(const QString &text)
{
    // RFC 7578 §4.2: the filename is a quoted-string; escape the two characters that would end it.
    QString escaped = text;
    escaped.replace(u'\\', u"\\\\"_s).replace(u'"', u"\\\""_s);
    escaped.remove(u'\r').remove(u'\n');
    return '"' + escaped.toUtf8() + '"';
}

} // namespace

QJsonObject jsonBody(const Call &call, const CommonParams &common)
{
    QJsonObject body = call.params();
    addCommon(body, common, !call.isWithoutKs());
    return body;
}

QJsonObject multiRequestBody(const QList<Call> &calls, const CommonParams &common)
{
    QJsonObject body;
    bool anyNeedsKs = false;
    for (qsizetype i = 0; i < calls.size(); ++i) {
        const Call &call = calls.at(i);
        QJsonObject item = call.params();
        item.insert(u"service"_s, call.service().toLower());
        item.insert(u"action"_s, call.action());
        item.insert(u"format"_s, 1);
        anyNeedsKs = anyNeedsKs || !call.isWithoutKs();
        body.insert(QString::number(i), item);
    }
    addCommon(body, common, anyNeedsKs);
    return body;
}

QByteArray toBytes(const QJsonObject &body)
{
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

QList<QPair<QString, FilePart>> filesOf(const Call &call)
{
    QList<QPair<QString, FilePart>> out;
    for (const FilePart &f : call.files())
        out.append({f.fieldName, f});
    return out;
}

QList<QPair<QString, FilePart>> filesOf(const QList<Call> &calls)
{
    QList<QPair<QString, FilePart>> out;
    for (qsizetype i = 0; i < calls.size(); ++i) {
        for (const FilePart &f : calls.at(i).files())
            out.append({QString::number(i) + u':' + f.fieldName, f});
    }
    return out;
}

QHttpMultiPart *multipartBody(const QJsonObject &body, const QList<QPair<QString, FilePart>> &files,
    QObject *parent, QString *error)
{
    auto *multi = new QHttpMultiPart(QHttpMultiPart::FormDataType, parent);

    QHttpPart json;
    json.setHeader(
        QNetworkRequest::ContentDispositionHeader, QByteArrayLiteral("form-data; name=\"json\""));
    json.setBody(toBytes(body));
    multi->append(json);

    for (const auto &[name, file] : files) {
        auto *device = new FileRangeDevice(file.filePath, file.offset, file.length, multi);
        if (!device->open(QIODevice::ReadOnly)) {
            if (error)
                *error = device->errorString();
            delete multi;
            return nullptr;
        }
        const QString fileName
            = file.fileName.isEmpty() ? QFileInfo(file.filePath).fileName() : file.fileName;
        QHttpPart part;
        part.setHeader(QNetworkRequest::ContentDispositionHeader,
            QByteArrayLiteral("form-data; name=") + quoted(name) + QByteArrayLiteral("; filename=")
                + quoted(fileName));
        part.setHeader(QNetworkRequest::ContentTypeHeader, file.contentType);
        part.setBodyDevice(device);
        multi->append(part);
    }
    return multi;
}

} // namespace minikmc::api::RequestEncoder
