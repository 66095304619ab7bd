// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/Client.h"

#include "api/Logging.h"
#include "api/MultiRequest.h"
#include "api/Reply.h"
#include "api/SessionRenewer.h"

#include <QNetworkAccessManager>

using namespace Qt::StringLiterals;

namespace minikmc::api {

Client::Client(QObject *parent)
    : QObject(parent)
    , m_nam(new QNetworkAccessManager(this))
    , m_clientTag(u"minikmc:" MINIKMC_VERSION ""_s)
    , m_apiVersion(u"22.19.0"_s)
{
}

Client::~Client()
{
    const auto pending = m_pending;
    m_pending.clear();
    for (const QPointer<Reply> &reply : pending) {
        if (reply)
            reply->cancelLater(tr("the connection to the server was closed"));
    }
}

bool Client::setServiceUrl(const QString &input, QString *error)
{
    const ServiceUrl url = ServiceUrl::fromUserInput(input, error);
    if (!url.isValid())
        return false;
    m_serviceUrl = url;
    return true;
}

void Client::setServiceUrl(const ServiceUrl &url)
{
    m_serviceUrl = url;
}

void Client::setKs(const QString &ks)
{
    // Every KS stays registered with the redactor for the life of the process: calls sent with
    // an older one may still be answered (an INVALID_KS message can echo it).
    m_ks = ks;
    log::registerSecret(m_ks);
}

Reply *Client::send(const Call &call)
{
    auto *reply = new Reply(call);
    start(reply);
    return reply;
}

MultiReply *Client::send(const MultiRequest &request)
{
    auto *reply = new MultiReply(request);
    start(reply);
    return reply;
}

void Client::start(Reply *reply)
{
    if (!m_cancelReason.isEmpty())
        reply->m_cancelReason = m_cancelReason; // started from a slot during cancelAll()
    m_pending.append(reply);
    reply->start(this);
}

void Client::forget(Reply *reply)
{
    m_pending.removeIf([reply](const QPointer<Reply> &p) { return p.isNull() || p == reply; });
}

void Client::cancelAll(const QString &reason)
{
    // Slots of the failed() signals run synchronously here and may start new calls; those are
    // cancelled too (on their first turn), so nothing survives a sign-out.
    m_cancelReason = reason.isEmpty() ? tr("cancelled") : reason;
    const auto pending = m_pending;
    for (const QPointer<Reply> &reply : pending) {
        if (reply)
            reply->cancel(m_cancelReason);
    }
    m_cancelReason.clear();
}

void Client::setSessionRenewer(SessionRenewer *renewer)
{
    if (m_renewer != renewer && m_renewing)
        finishSessionRenewal(Error::cancelled(tr("the session renewal was abandoned")));
    m_renewer = renewer;
}

bool Client::renewSession()
{
    if (!m_renewer)
        return false;
    if (m_renewing)
        return true;
    m_renewing = true;
    qCInfo(lcApi) << "renewing the session";
    Q_EMIT sessionRenewalStarted();
    m_renewer->renewSession();
    return true;
}

void Client::finishSessionRenewal(const Error &error)
{
    if (!m_renewing)
        return;
    m_renewing = false;
    if (error)
        qCInfo(lcApi).noquote() << "session renewal failed:" << error.toString();
    const auto waiting = std::exchange(m_waitingForSession, {});
    for (const QPointer<Reply> &reply : waiting) {
        // Aborted or cancelled meanwhile: those have said (or must say) nothing more.
        if (!reply || reply->m_state != Reply::State::WaitingForSession)
            continue;
        if (error)
            reply->finish(error, {});
        else
            reply->resumeAfterSession();
    }
    Q_EMIT sessionRenewalFinished(error);
}

void Client::waitForSession(Reply *reply)
{
    m_waitingForSession.append(reply);
}

int Client::pendingCount() const
{
    return int(std::count_if(m_pending.cbegin(), m_pending.cend(),
        [](const QPointer<Reply> &p) { return !p.isNull(); }));
}

QNetworkRequest Client::networkRequest(const QUrl &url) const
{
    QNetworkRequest request(url);
    request.setRawHeader(QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json"));
    request.setHeader(QNetworkRequest::UserAgentHeader,
        QByteArrayLiteral("mini-KMC/" MINIKMC_VERSION " Qt/") + QByteArray(qVersion()));
    // The transfer timeout is ours (an inactivity timer per call), not QNAM's.
    request.setTransferTimeout(0);
    // api_v3 answers must never come from a cache.
    request.setAttribute(
        QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    request.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
    return request;
}

CommonParams Client::commonParams() const
{
    return CommonParams {m_ks, m_clientTag, m_apiVersion};
}

} // namespace minikmc::api
