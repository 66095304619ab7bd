// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/Call.h"

#include <QJsonObject>
#include <QList>

class QHttpMultiPart;
class QObject;

namespace minikmc::api {

/// The parameters every call carries (KALTURA-API.md §1.6). Only `format=1` is fixed; the rest
/// comes from the Client.
struct CommonParams {
    QString ks; ///< empty: not sent
    QString clientTag;
    QString apiVersion;
};

/// Builds api_v3 request bodies: the one place that knows the wire encoding.
namespace RequestEncoder {

/// The JSON body of a single call: its parameters plus format, apiVersion, clientTag and ks
/// (ks omitted when empty or when the call is marked setWithoutKs()).
QJsonObject jsonBody(const Call &call, const CommonParams &common);

/// The JSON body of a multirequest (§3, encoding B, keys "0", "1" … like the official clients):
/// each item holds its own service, action, parameters and format; the common parameters go at
/// the top level, from where the server copies them into every item. The KS is sent when at
/// least one item needs it.
QJsonObject multiRequestBody(const QList<Call> &calls, const CommonParams &common);

/// The compact UTF-8 bytes of a body.
QByteArray toBytes(const QJsonObject &body);

/// Multipart form data for calls with file parts: one part named `json` holding the whole JSON
/// body (as the Node and Python clients send it), then one part per file whose body device
/// streams the file range. For a multirequest, a file of item N is named `N:fieldName`.
/// Returns nullptr and sets *error when a file cannot be opened or the range lies outside it.
QHttpMultiPart *multipartBody(const QJsonObject &body, const QList<QPair<QString, FilePart>> &files,
    QObject *parent, QString *error);

/// The files of a single call or of a multirequest, with their final multipart field names.
QList<QPair<QString, FilePart>> filesOf(const Call &call);
QList<QPair<QString, FilePart>> filesOf(const QList<Call> &calls);

} // namespace RequestEncoder
} // namespace minikmc::api
