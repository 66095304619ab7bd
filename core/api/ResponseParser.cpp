// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/ResponseParser.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

using namespace Qt::StringLiterals;

namespace minikmc::api::ResponseParser {

namespace {

QString argText(const QJsonValue &v)
{
    if (v.isString())
        return v.toString();
    if (v.isDouble())
        return QString::number(v.toDouble(), 'g', 17);
    if (v.isBool())
        return v.toBool() ? u"1"_s : u"0"_s;
    return QString::fromUtf8(QJsonDocument(QJsonArray {v}).toJson(QJsonDocument::Compact));
}

} // namespace

bool parseJsonValue(const QByteArray &body, QJsonValue *value, QString *errorText)
{
    // Wrapping the body in [ ] lets QJsonDocument read a bare scalar; exactly one element must
    // come out, so "1,2" or "1][2" cannot sneak through as something else.
    QByteArray wrapped;
    wrapped.reserve(body.size() + 2);
    wrapped.append('[').append(body).append(']');
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(wrapped, &error);
    if (error.error != QJsonParseError::NoError) {
        if (errorText)
            *errorText = error.errorString();
        return false;
    }
    const QJsonArray array = doc.array();
    if (array.size() != 1) {
        if (errorText)
            *errorText = array.isEmpty() ? u"empty body"_s : u"more than one JSON value"_s;
        return false;
    }
    *value = array.first();
    return true;
}

Error apiErrorFrom(const QJsonValue &value)
{
    if (!value.isObject())
        return {};
    const QJsonObject o = value.toObject();
    if (o.value(u"objectType"_s).toString() != u"KalturaAPIException"_s)
        return {};
    QString code = o.value(u"code"_s).toString();
    if (code.isEmpty())
        code = u"UNKNOWN_ERROR"_s;
    // args: NAME → value map; an empty PHP map serialises as [] (§2.1). Values may be numbers.
    QJsonObject args;
    const QJsonValue rawArgs = o.value(u"args"_s);
    if (rawArgs.isObject()) {
        const QJsonObject a = rawArgs.toObject();
        for (auto it = a.begin(); it != a.end(); ++it)
            args.insert(it.key(), argText(it.value()));
    }
    return Error::api(code, o.value(u"message"_s).toString(), args);
}

CallOutcome parse(int httpStatus, const QByteArray &body)
{
    CallOutcome out;
    QJsonValue value;
    QString parseError;
    const bool isJson = parseJsonValue(body, &value, &parseError);

    if (httpStatus < 200 || httpStatus > 299) {
        Error http = Error::http(httpStatus, QString(), body);
        if (isJson) {
            const Error api = apiErrorFrom(value);
            if (!api.isOk())
                http = http.withKalturaDetails(api.code(), api.message(), api.args());
        }
        out.error = http;
        return out;
    }
    if (!isJson) {
        const QByteArray trimmed = body.trimmed().left(64).toLower();
        QString detail;
        if (body.trimmed().isEmpty())
            detail = u"the answer was empty"_s;
        else if (trimmed.startsWith("<!doctype html") || trimmed.startsWith("<html"))
            detail = u"an HTML page instead of JSON"_s;
        else if (trimmed.startsWith("<?xml") || trimmed.startsWith("<xml"))
            detail = u"XML instead of JSON"_s;
        else
            detail = u"not valid JSON (%1)"_s.arg(parseError);
        out.error = Error::parse(detail, body);
        return out;
    }
    const Error api = apiErrorFrom(value);
    if (!api.isOk()) {
        out.error = api;
        return out;
    }
    out.result = value;
    return out;
}

QList<CallOutcome> splitMultiRequest(
    const QJsonValue &result, qsizetype expectedCount, Error *error)
{
    QList<CallOutcome> items;
    if (!result.isArray()) {
        *error = Error::parse(u"a multirequest answer must be an array"_s,
            QJsonDocument(QJsonArray {result}).toJson(QJsonDocument::Compact));
        return items;
    }
    const QJsonArray array = result.toArray();
    if (array.size() != expectedCount) {
        *error = Error::parse(u"a multirequest of %1 calls answered %2 results"_s.arg(expectedCount)
                                  .arg(array.size()),
            QJsonDocument(array).toJson(QJsonDocument::Compact));
        return items;
    }
    items.reserve(array.size());
    for (const QJsonValue &v : array) {
        CallOutcome item;
        item.error = apiErrorFrom(v);
        if (item.error.isOk())
            item.result = v;
        items.append(item);
    }
    *error = Error();
    return items;
}

} // namespace minikmc::api::ResponseParser
