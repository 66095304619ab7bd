// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/Error.h"

#include <QByteArray>
#include <QJsonValue>
#include <QList>

namespace minikmc::api {

/// The outcome of one call, or of one item of a multirequest: a result or an Error, never both.
struct CallOutcome {
    QJsonValue result;
    Error error;
};

/// Turns what came over the wire into results and Errors. Pure functions: no network, no state,
/// total on any input (fuzzed by tests/fuzz/fuzz_response).
namespace ResponseParser {

/// Parses a complete HTTP answer. An HTTP status outside 2xx is an Http error (with Kaltura's
/// code when the body still carries a KalturaAPIException); a 2xx body must be one JSON value
/// (object, array, string, number, boolean or null — api_v3 answers scalars bare, §2.1); a
/// KalturaAPIException result is an Api error. Anything else is a Parse error with a sample.
CallOutcome parse(int httpStatus, const QByteArray &body);

/// Splits a multirequest result into its items. The result must be an array of exactly
/// expectedCount elements; each element is its own result or its own Api error.
QList<CallOutcome> splitMultiRequest(
    const QJsonValue &result, qsizetype expectedCount, Error *error);

/// The Api error a value represents (objectType KalturaAPIException), or a None error.
Error apiErrorFrom(const QJsonValue &value);

/// Parses one JSON value of any type (Qt 6.4's QJsonDocument only takes objects and arrays).
bool parseJsonValue(const QByteArray &body, QJsonValue *value, QString *errorText);

} // namespace ResponseParser
} // namespace minikmc::api
