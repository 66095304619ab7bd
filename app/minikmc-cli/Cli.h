// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/Error.h"

#include <QJsonObject>
#include <QString>
#include <QTextStream>

/// What every minikmc-cli command shares: exit codes and how results and errors are printed.
namespace minikmc::cli {

enum ExitCode { Ok = 0, ApiError = 1, Usage = 2 };

QTextStream &out();
QTextStream &err();
QJsonObject errorJson(const api::Error &e);
/// An error line on stderr, or `{"error":{…}}` on stdout with --json.
void printError(bool json, const QString &message, const api::Error &e = {});
/// A failed call: Kaltura's code and message in JSON, the one-line description as text.
void printError(bool json, const api::Error &e);
QString humanSize(qint64 bytes);

} // namespace minikmc::cli
