// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/Reply.h"

#include "api/Client.h"
#include "api/Logging.h"
#include "api/RequestEncoder.h"
#include "api/ResponseParser.h"

#include <QHttpMultiPart>
#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSslCertificate>
#include <QSslError>

using namespace Qt::StringLiterals;

namespace minikmc::api {

Reply::Reply(const Call &call)
    : m_calls {call}
{
    m_idleTimer.setSingleShot(true);
    m_retryTimer.setSingleShot(true);
    connect(&m_idleTimer, &QTimer::timeout, this, &Reply::onIdleTimeout);
    connect(&m_retryTimer, &QTimer::timeout, this, &Reply::sendAttempt);
}

Reply::Reply(const QList<Call> &multiRequestCalls)
    : Reply(multiRequestCalls.isEmpty() ? Call(u"multirequest"_s, QString())
                                        : multiRequestCalls.first())
{
    m_calls = multiRequestCalls;
    m_isMulti = true;
}

Reply::~Reply()
{
    dropNetworkReply();
    if (m_client)
        m_client->forget(this);
}

QString Reply::name() const
{
    if (m_isMulti)
        return u"multirequest[%1]"_s.arg(m_calls.size());
    return m_calls.first().name();
}

bool Reply::usesClientKs() const
{
    return std::any_of(
        m_calls.cbegin(), m_calls.cend(), [](const Call &c) { return !c.isWithoutKs(); });
}

bool Reply::needsNewSession(const Error &error, const QJsonValue &result) const
{
    if (error)
        return error.isSessionProblem();
    if (!m_isMulti || !result.isArray())
        return false;
    // An expired KS fails every item that needs it, each with its own INVALID_KS. Replaying is
    // safe only when all of those failed (nothing ran); otherwise the per-item errors stand.
    const QJsonArray items = result.toArray();
    bool anyNeedsKs = false;
    for (qsizetype i = 0; i < items.size() && i < m_calls.size(); ++i) {
        if (m_calls.at(i).isWithoutKs())
            continue;
        anyNeedsKs = true;
        if (!ResponseParser::apiErrorFrom(items.at(i)).isSessionProblem())
            return false;
    }
    return anyNeedsKs;
}

void Reply::resumeAfterSession()
{
    if (m_state != State::WaitingForSession)
        return;
    m_state = State::Sending;
    QMetaObject::invokeMethod(this, &Reply::sendAttempt, Qt::QueuedConnection);
}

bool Reply::isIdempotent() const
{
    for (const Call &c : m_calls) {
        if (!c.isIdempotent())
            return false;
    }
    return true;
}

void Reply::abort()
{
    if (m_state == State::Aborted)
        return;
    const bool finishing = m_state == State::Finished; // called from a finished() slot
    m_state = State::Aborted;
    if (finishing)
        return; // finish() sees the state, emits nothing more and deletes the reply
    m_idleTimer.stop();
    m_retryTimer.stop();
    dropNetworkReply();
    qCDebug(lcApi) << name() << "aborted by the caller";
    deleteLater();
}

void Reply::cancel(const QString &why)
{
    if (m_state == State::Finished || m_state == State::Aborted)
        return;
    dropNetworkReply();
    finish(Error::cancelled(why), {});
}

void Reply::cancelLater(const QString &why)
{
    // Detach now (no network, no timers, no client), report on the next event-loop turn: the
    // receivers that are being destroyed with the client are disconnected by then.
    m_cancelReason = why;
    m_client = nullptr;
    m_idleTimer.stop();
    m_retryTimer.stop();
    dropNetworkReply();
    QMetaObject::invokeMethod(this, &Reply::sendAttempt, Qt::QueuedConnection);
}

void Reply::start(Client *client)
{
    m_client = client;
    m_state = State::Sending;
    // Queued, so that callers can connect to the signals after send() returns, even when the
    // request fails synchronously (e.g. an unreadable file).
    QMetaObject::invokeMethod(this, &Reply::sendAttempt, Qt::QueuedConnection);
}

void Reply::sendAttempt()
{
    if (m_state == State::Finished || m_state == State::Aborted)
        return;
    if (!m_cancelReason.isEmpty()) {
        finish(Error::cancelled(m_cancelReason), {});
        return;
    }
    if (m_isMulti && m_calls.isEmpty()) {
        // Nothing to send: the server would answer an empty multirequest with []; skip the trip.
        handleOutcome({}, QJsonArray());
        return;
    }
    if (!m_client) {
        finish(Error::cancelled(tr("the connection to the server was closed")), {});
        return;
    }
    if (m_client->isRenewingSession() && usesClientKs()) {
        // Sending the old KS would only fail: wait for the new one.
        m_state = State::WaitingForSession;
        m_client->waitForSession(this);
        return;
    }
    if (!m_client->serviceUrl().isValid()) {
        finish(Error::network(QNetworkReply::ProtocolUnknownError, tr("no server address is set")),
            {});
        return;
    }
    ++m_attempt;
    m_state = State::Sending;
    m_timedOut = false;
    m_tlsProblems.clear();

    const CommonParams common = m_client->commonParams();
    m_sentKs = common.ks;
    const QUrl url = m_isMulti
        ? m_client->serviceUrl().multiRequestUrl()
        : m_client->serviceUrl().actionUrl(m_calls.first().service(), m_calls.first().action());
    const QJsonObject body = m_isMulti ? RequestEncoder::multiRequestBody(m_calls, common)
                                       : RequestEncoder::jsonBody(m_calls.first(), common);
    const auto files
        = m_isMulti ? RequestEncoder::filesOf(m_calls) : RequestEncoder::filesOf(m_calls.first());

    qCDebug(lcApi).noquote() << "→" << name() << "attempt" << m_attempt << log::redactedUrl(url);
    qCDebug(lcApiWire).noquote() << "  params"
                                 << RequestEncoder::toBytes(log::redactedParams(body));

    QNetworkRequest request = m_client->networkRequest(url);
    QNetworkAccessManager *nam = m_client->networkAccessManager();
    if (files.isEmpty()) {
        request.setHeader(
            QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        m_networkReply = nam->post(request, RequestEncoder::toBytes(body));
    } else {
        QString fileError;
        QHttpMultiPart *multi = RequestEncoder::multipartBody(body, files, nullptr, &fileError);
        if (!multi) {
            // A local problem (the file vanished or shrank): retrying cannot help.
            finish(Error::localFile(fileError), {});
            return;
        }
        m_networkReply = nam->post(request, multi);
        multi->setParent(m_networkReply);
    }

    QNetworkReply *nr = m_networkReply;
    connect(nr, &QNetworkReply::finished, this, &Reply::onNetworkReplyFinished);
    connect(nr, &QNetworkReply::uploadProgress, this, [this](qint64 sent, qint64 total) {
        m_idleTimer.start();
        if (sent == 0 && total <= 0)
            return; // QNAM's closing (0, 0) would make a progress bar jump back
        Q_EMIT uploadProgress(sent, total);
    });
    connect(nr, &QNetworkReply::downloadProgress, this, [this](qint64 received, qint64 total) {
        m_idleTimer.start();
        Q_EMIT downloadProgress(received, total);
    });
    connect(nr, &QNetworkReply::sslErrors, this, [this](const QList<QSslError> &errors) {
        // Never ignored: the handshake fails and the reasons are shown to the user.
        // The certificate is described so that the user can compare it with what their
        // administrator expects.
        QStringList reasons;
        QSslCertificate certificate;
        for (const QSslError &e : errors) {
            reasons.append(e.errorString());
            if (certificate.isNull())
                certificate = e.certificate();
        }
        m_tlsProblems = reasons.join(u"; "_s);
        if (!certificate.isNull())
            m_tlsProblems
                += tr(" (certificate for “%1”, issued by “%2”, valid %3 to %4, SHA-256 "
                      "fingerprint %5)")
                       .arg(certificate.subjectDisplayName(), certificate.issuerDisplayName(),
                           certificate.effectiveDate().toString(Qt::ISODate),
                           certificate.expiryDate().toString(Qt::ISODate),
                           QString::fromLatin1(
                               certificate.digest(QCryptographicHash::Sha256).toHex(':')));
    });

    // A multirequest waits as long as its most patient item.
    std::chrono::milliseconds timeout {0};
    for (const Call &c : std::as_const(m_calls))
        timeout = std::max(timeout, c.timeout());
    if (timeout.count() <= 0)
        timeout = m_client->defaultTimeout();
    m_idleTimer.setInterval(timeout);
    m_idleTimer.start();
}

void Reply::onIdleTimeout()
{
    if (!m_networkReply)
        return;
    m_timedOut = true;
    m_networkReply->abort(); // finished() follows synchronously or soon after
}

void Reply::onNetworkReplyFinished()
{
    QNetworkReply *nr = m_networkReply;
    if (!nr)
        return;
    m_idleTimer.stop();
    const int status = nr->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray body = nr->isOpen() ? nr->readAll() : QByteArray();
    const QNetworkReply::NetworkError netError = nr->error();
    const QString netErrorText = nr->errorString();
    dropNetworkReply();

    if (m_timedOut) {
        handleOutcome(Error::timeout(m_idleTimer.intervalAsDuration()), {});
        return;
    }
    // A transport failure (values below 200: connection, proxy) is a network error even when a
    // status line arrived: the body may have been cut short on the wire.
    const bool transportFailed = netError != QNetworkReply::NoError && netError < 200;
    if (status == 0 || transportFailed) {
        QString detail = netErrorText;
        if (!m_tlsProblems.isEmpty())
            detail = tr("the server's certificate was not accepted: %1").arg(m_tlsProblems);
        handleOutcome(
            Error::network(
                netError == QNetworkReply::NoError ? QNetworkReply::UnknownNetworkError : netError,
                detail),
            {});
        return;
    }
    const CallOutcome outcome = ResponseParser::parse(status, body);
    if (outcome.error) {
        handleOutcome(outcome.error, {});
        return;
    }
    handleOutcome({}, outcome.result);
}

void Reply::handleOutcome(const Error &error, const QJsonValue &result)
{
    // A rejected KS is renewed once and the call replayed: callers never see a renewable expiry.
    if (!m_sessionRenewed && m_client && m_client->hasSessionRenewer() && usesClientKs()
        && needsNewSession(error, result)) {
        m_sessionRenewed = true;
        m_state = State::WaitingForSession;
        if (m_client->ks() != m_sentKs && !m_client->isRenewingSession()) {
            // Another call already renewed the session since this one was sent.
            resumeAfterSession();
        } else {
            m_client->waitForSession(this);
            qCInfo(lcApi).noquote() << name() << "was refused the session; waiting for a new one";
            m_client->renewSession();
        }
        return;
    }
    if (error) {
        const RetryPolicy policy = m_client ? m_client->retryPolicy() : RetryPolicy();
        const bool mayRetry = error.isUndelivered() || (isIdempotent() && error.isTransient());
        if (mayRetry && m_attempt <= policy.maxRetries) {
            const auto delay = policy.delayFor(m_attempt);
            qCInfo(lcApi).noquote() << name() << "failed:" << error.toString() << "— retry"
                                    << m_attempt << "in" << delay.count() << "ms";
            m_state = State::WaitingToRetry;
            m_retryTimer.start(delay);
            Q_EMIT retrying(m_attempt, error, int(delay.count()));
            return;
        }
        finish(error, {});
        return;
    }
    const Error typed = interpretResult(result);
    finish(typed, typed ? QJsonValue() : result);
}

Error Reply::interpretResult(const QJsonValue &)
{
    return {};
}

void Reply::finish(const Error &error, const QJsonValue &result)
{
    m_state = State::Finished;
    m_idleTimer.stop();
    m_retryTimer.stop();
    m_error = error;
    m_result = result;
    if (error)
        qCInfo(lcApi).noquote() << name() << "failed:" << error.toString();
    else
        qCDebug(lcApi).noquote() << "←" << name() << "ok after" << m_attempt << "attempt(s)";
    if (m_client)
        m_client->forget(this);
    // A slot may abort() or even delete this reply from finished(); nothing may touch it then.
    const QPointer<Reply> self(this);
    Q_EMIT finished();
    if (!self)
        return;
    if (m_state == State::Finished) { // not aborted from a finished() slot
        if (error)
            Q_EMIT failed(error);
        else
            Q_EMIT succeeded();
    }
    if (self)
        deleteLater();
}

void Reply::dropNetworkReply()
{
    if (!m_networkReply)
        return;
    QNetworkReply *nr = m_networkReply;
    m_networkReply = nullptr;
    nr->disconnect(this);
    if (nr->isRunning())
        nr->abort();
    nr->deleteLater();
}

} // namespace minikmc::api
