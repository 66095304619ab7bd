// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/Error.h"

#include "api/Logging.h"

using namespace Qt::StringLiterals;

namespace minikmc::api {

namespace {

constexpr qsizetype kSampleBytes = 512;
const QString kRedacted = u"‹redacted›"_s;

// INVALID_KS carries its reason in KSID (KALTURA-API.md §4.4); any other KSID is the rejected KS.
bool isKsReasonWord(const QString &value)
{
    static const QStringList words = {u"EXPIRED"_s, u"LOGOUT"_s, u"INVALID_PARTNER"_s,
        u"INVALID_USER"_s, u"EXCEEDED_ACTIONS_LIMIT"_s, u"EXCEEDED_RESTRICTED_IP"_s,
        u"EXCEEDED_RESTRICTED_URI"_s, u"INVALID_STR"_s, u"INVALID_TYPE"_s};
    return value.isEmpty() || words.contains(value);
}

} // namespace

QByteArray rawBodySample(const QByteArray &body)
{
    // Redact first (a secret crossing the cut would otherwise survive in part), then cut,
    // stepping back to the start of a UTF-8 sequence.
    QByteArray sample = log::redactText(QString::fromUtf8(body.left(kSampleBytes * 4))).toUtf8();
    if (sample.size() <= kSampleBytes)
        return sample;
    qsizetype end = kSampleBytes;
    while (end > 0 && (uchar(sample.at(end)) & 0xC0) == 0x80)
        --end;
    sample.truncate(end);
    return sample;
}

Error Error::network(QNetworkReply::NetworkError error, const QString &detail)
{
    Error e;
    e.m_category = Category::Network;
    e.m_networkError = error;
    e.m_message = detail;
    return e;
}

Error Error::http(int status, const QString &reason, const QByteArray &body)
{
    Error e;
    e.m_category = Category::Http;
    e.m_httpStatus = status;
    e.m_message = reason.isEmpty() ? tr("the server answered with status %1").arg(status) : reason;
    e.m_rawSample = rawBodySample(body);
    return e;
}

Error Error::withKalturaDetails(
    const QString &code, const QString &message, const QJsonObject &args) const
{
    Error e = *this;
    e.m_code = code;
    e.m_message = log::redactText(message);
    QJsonObject safeArgs;
    for (auto it = args.begin(); it != args.end(); ++it) {
        QString value = log::redactText(it.value().toString());
        if (code == u"INVALID_KS"_s && it.key() == u"KSID"_s && !isKsReasonWord(value)) {
            // A KS this process never registered (e.g. pasted by the user): hide it anyway.
            // The template is `Invalid KS "@KSID@", …`: replace the quoted value only.
            e.m_message.replace(u'"' + value + u'"', u'"' + kRedacted + u'"');
            value = kRedacted;
        }
        safeArgs.insert(it.key(), value);
    }
    e.m_args = safeArgs;
    return e;
}

Error Error::api(const QString &code, const QString &message, const QJsonObject &args)
{
    Error e;
    e.m_category = Category::Api;
    return e.withKalturaDetails(code, message, args);
}

Error Error::parse(const QString &detail, const QByteArray &body)
{
    Error e;
    e.m_category = Category::Parse;
    e.m_message = detail;
    e.m_rawSample = rawBodySample(body);
    return e;
}

Error Error::timeout(std::chrono::milliseconds idle)
{
    Error e;
    e.m_category = Category::Timeout;
    e.m_networkError = QNetworkReply::TimeoutError;
    const auto ms = idle.count();
    e.m_message = ms < 1000
        ? tr("No answer from the server for %1 ms").arg(ms)
        : tr("No answer from the server for %n second(s)", nullptr, int((ms + 500) / 1000));
    return e;
}

Error Error::cancelled(const QString &why)
{
    Error e;
    e.m_category = Category::Cancelled;
    e.m_networkError = QNetworkReply::OperationCanceledError;
    e.m_message = why;
    return e;
}

Error Error::localFile(const QString &why)
{
    Error e;
    e.m_category = Category::LocalFile;
    e.m_message = why;
    return e;
}

bool Error::isTransient() const
{
    switch (m_category) {
    case Category::Timeout:
        return true;
    case Category::Http:
        if (!m_code.isEmpty() && m_code != u"INTERNAL_SERVERL_ERROR"_s)
            return false;
        return m_httpStatus >= 500 || m_httpStatus == 408 || m_httpStatus == 429;
    case Category::Network:
        switch (m_networkError) {
        case QNetworkReply::SslHandshakeFailedError:
        case QNetworkReply::InsecureRedirectError:
        case QNetworkReply::ProtocolUnknownError:
        case QNetworkReply::ProtocolInvalidOperationError:
        case QNetworkReply::OperationCanceledError:
            return false;
        default:
            return true;
        }
    default:
        return false;
    }
}

bool Error::isUndelivered() const
{
    return m_category == Category::Network
        && (m_networkError == QNetworkReply::ConnectionRefusedError
            || m_networkError == QNetworkReply::HostNotFoundError);
}

bool Error::isSessionProblem() const
{
    if (m_category != Category::Api)
        return false;
    if (m_code == u"MISSING_KS"_s)
        return true;
    // INVALID_KS with ERR_CODE -4 (INVALID_TYPE) is an ownership refusal for a USER session on
    // someone else's object (KALTURA-API.md §4.4): a new KS would be refused just the same.
    return m_code == u"INVALID_KS"_s && m_args.value(u"ERR_CODE"_s).toString() != u"-4"_s;
}

QString Error::toString() const
{
    switch (m_category) {
    case Category::None:
        return tr("No error");
    case Category::Api:
        return u"%1: %2"_s.arg(m_code, m_message);
    case Category::Http:
        if (m_code.isEmpty())
            return tr("HTTP %1: %2").arg(m_httpStatus).arg(m_message);
        return tr("HTTP %1: %2: %3").arg(m_httpStatus).arg(m_code, m_message);
    case Category::Network:
        return tr("Network error: %1").arg(m_message);
    case Category::Parse:
        return tr("Unexpected answer from the server: %1").arg(m_message);
    case Category::Timeout:
    case Category::LocalFile:
        return m_message;
    case Category::Cancelled:
        return tr("Cancelled: %1").arg(m_message);
    }
    return m_message;
}

bool Error::operator==(const Error &other) const
{
    return m_category == other.m_category && m_code == other.m_code && m_message == other.m_message
        && m_args == other.m_args && m_httpStatus == other.m_httpStatus
        && m_networkError == other.m_networkError;
}

} // namespace minikmc::api
