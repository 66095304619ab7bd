// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QNetworkReply>
#include <QString>

#include <chrono>

namespace minikmc::api {

/// What went wrong with one api_v3 call (or one item of a multirequest), in layers, after
/// libQuotient's BaseJob::Status: the category says which layer failed; Kaltura's own `code`,
/// `message` and `args` are kept for API errors (and for HTTP errors whose body still carried a
/// KalturaAPIException). A default-constructed Error means "no error" (isOk()).
class Error {
    Q_DECLARE_TR_FUNCTIONS(minikmc::api::Error)

public:
    enum class Category {
        None, ///< no error
        Network, ///< no HTTP answer: refused, reset, DNS, TLS …
        Http, ///< an HTTP answer with a non-2xx status
        Api, ///< a KalturaAPIException in the body (usually with HTTP 200)
        Parse, ///< a 2xx answer whose body is not the JSON we expect (HTML, XML, truncated …)
        Timeout, ///< no bytes moved for the call's timeout
        Cancelled, ///< cancelled by something other than the caller's own abort()
        LocalFile, ///< a local file to send could not be read (missing, unreadable, shrunk)
    };

    Error() = default;

    static Error network(QNetworkReply::NetworkError error, const QString &detail);
    static Error http(int status, const QString &reason, const QByteArray &body);
    static Error api(const QString &code, const QString &message, const QJsonObject &args = {});
    static Error parse(const QString &detail, const QByteArray &body);
    static Error timeout(std::chrono::milliseconds idle);
    static Error cancelled(const QString &why);
    static Error localFile(const QString &why);

    /// A copy carrying Kaltura's code, message and args, for an HTTP error whose body still held a
    /// KalturaAPIException (KALTURA-API.md WIRE capture 25: HTTP 500 + INTERNAL_SERVERL_ERROR).
    Error withKalturaDetails(
        const QString &code, const QString &message, const QJsonObject &args) const;

    Category category() const { return m_category; }
    bool isOk() const { return m_category == Category::None; }
    explicit operator bool() const { return !isOk(); } ///< true when there IS an error

    /// Kaltura's error code (e.g. "ENTRY_ID_NOT_FOUND"), empty unless the server sent one.
    QString code() const { return m_code; }
    /// Kaltura's message, or a technical description for the other categories. Secrets the
    /// process knows, and an INVALID_KS's echoed KS, are redacted.
    QString message() const { return m_message; }
    /// Kaltura's named arguments (`args` maps NAME → value); empty when none.
    QJsonObject args() const { return m_args; }
    int httpStatus() const { return m_httpStatus; }
    QNetworkReply::NetworkError networkError() const { return m_networkError; }
    /// Up to 512 bytes of the raw body, secrets redacted, for a "details" disclosure.
    QByteArray rawSample() const { return m_rawSample; }

    /// True when repeating the same call may succeed: network trouble other than TLS, timeouts,
    /// HTTP 5xx/408/429 without a Kaltura error code (or with INTERNAL_SERVERL_ERROR). API
    /// errors are never transient: the server ran the action and said no; repeating it blindly
    /// is wrong (KALTURA-API.md §11), also when a deployment maps them to an HTTP 5xx.
    bool isTransient() const;
    /// True when the request certainly never reached the server (connection refused, host not
    /// found), so even a non-idempotent call can be repeated safely.
    bool isUndelivered() const;
    /// INVALID_KS in the forms that a new session cures (expired, logged out, bad signature; not
    /// the ownership refusal with ERR_CODE -4) or MISSING_KS.
    bool isSessionProblem() const;

    /// One line for logs and status bars, e.g. "ENTRY_ID_NOT_FOUND: Entry id "0_x" not found".
    QString toString() const;

    bool operator==(const Error &other) const;
    bool operator!=(const Error &other) const { return !(*this == other); }

private:
    Category m_category = Category::None;
    QString m_code;
    QString m_message;
    QJsonObject m_args;
    int m_httpStatus = 0;
    QNetworkReply::NetworkError m_networkError = QNetworkReply::NoError;
    QByteArray m_rawSample;
};

/// At most 512 bytes of a body, secrets redacted first, cut on a UTF-8 character boundary.
QByteArray rawBodySample(const QByteArray &body);

} // namespace minikmc::api

Q_DECLARE_METATYPE(minikmc::api::Error)
