// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QLoggingCategory>
#include <QString>
#include <QUrl>

Q_DECLARE_LOGGING_CATEGORY(lcApi) // minikmc.api: every api_v3 call, retry and failure
Q_DECLARE_LOGGING_CATEGORY(lcApiWire) // minikmc.api.wire: redacted request parameters and bodies

namespace minikmc::log {

/// Secrets never reach a log line. Two mechanisms make that hold by construction:
///  1. Structured data is redacted by key before it is formatted (redactedParams, redactedUrl):
///     every parameter named like a secret (ks, secret, password, token, tokenHash, privileges …)
///     is replaced by a short marker.
///  2. Every secret value the process handles (the current KS, an AppToken secret …) is registered
///     with registerSecret(); the message handler installed by installMessageHandler() replaces any
///     occurrence of a registered value in any message, whichever category or call site wrote it.

/// True for parameter names whose values are secrets (case-insensitive).
bool isSecretKey(QStringView key);

/// A copy of params with every secret value (at any depth) replaced by "‹redacted›".
QJsonObject redactedParams(const QJsonObject &params);

/// The URL with `/ks/<value>` path pairs and secret query items replaced.
QString redactedUrl(const QUrl &url);

/// Replaces every registered secret in text. Thread-safe.
QString redactText(QString text);

/// Registers a secret value (ignored when shorter than 6 characters to avoid masking common words).
void registerSecret(const QString &value);
/// Forgets a secret value, e.g. after a KS was replaced.
void unregisterSecret(const QString &value);

/// Installs a Qt message handler that redacts registered secrets from every message before passing
/// it on to the previous handler. Idempotent.
void installMessageHandler();

} // namespace minikmc::log
