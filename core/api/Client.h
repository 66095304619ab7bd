// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/Call.h"
#include "api/Error.h"
#include "api/RequestEncoder.h"
#include "api/RetryPolicy.h"
#include "api/ServiceUrl.h"

#include <QList>
#include <QNetworkRequest>
#include <QObject>
#include <QPointer>

#include <chrono>
#include <utility>

class QNetworkAccessManager;

namespace minikmc::api {

class MultiReply;
class MultiRequest;
class Reply;
class SessionRenewer;

/// The one door to api_v3: owns the QNetworkAccessManager, the normalised service URL, the
/// client tag, the API version, the partner id and the current KS, and turns Calls into Replies.
/// Every call is `POST {base}/api_v3/service/{service}/action/{action}` with a JSON body
/// (`Content-Type: application/json` exactly, KALTURA-API.md §1.2) carrying `format: 1` and
/// `ks`; calls with files are multipart with a `json` part (§1.7).
///
/// The KS is kept in memory only and registered with the log redactor. Each attempt of a call
/// reads the KS current at that moment, so a renewed session applies to retries too.
class Client final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Client)

public:
    explicit Client(QObject *parent = nullptr);
    ~Client() override;

    /// Normalises and sets the service URL; returns false (and a sentence in *error) when the
    /// input is not a usable address. Accepts https://host, https://host/ and https://host/api_v3.
    bool setServiceUrl(const QString &input, QString *error = nullptr);
    void setServiceUrl(const ServiceUrl &url);
    ServiceUrl serviceUrl() const { return m_serviceUrl; }

    void setKs(const QString &ks);
    QString ks() const { return m_ks; }
    bool hasKs() const { return !m_ks.isEmpty(); }

    /// The account's partner id (used for widget ids and delivery URLs; not sent with calls, as a
    /// `partnerId` parameter means impersonation to api_v3, §1.6).
    void setPartnerId(qint64 partnerId) { m_partnerId = partnerId; }
    qint64 partnerId() const { return m_partnerId; }

    void setClientTag(const QString &tag) { m_clientTag = tag; }
    QString clientTag() const { return m_clientTag; }
    void setApiVersion(const QString &version) { m_apiVersion = version; }
    QString apiVersion() const { return m_apiVersion; }

    /// Who renews the KS when the server rejects it (nullptr: nobody; calls then fail with the
    /// session error). Not owned.
    /// Replacing the renewer ends a renewal in progress (its calls fail as cancelled).
    void setSessionRenewer(SessionRenewer *renewer);
    bool hasSessionRenewer() const { return m_renewer != nullptr; }
    /// Starts a renewal unless one is running (also used ahead of expiry); calls that need the
    /// KS wait for it. False when there is no renewer.
    bool renewSession();
    bool isRenewingSession() const { return m_renewing; }
    /// Called by the renewer when it is done: calls waiting for the session are sent again with
    /// the current KS, or fail with error when it is set.
    void finishSessionRenewal(const minikmc::api::Error &error = {});

    /// Inactivity timeout of calls that do not set their own (default 60 s).
    void setDefaultTimeout(std::chrono::milliseconds timeout) { m_defaultTimeout = timeout; }
    std::chrono::milliseconds defaultTimeout() const { return m_defaultTimeout; }
    void setRetryPolicy(const RetryPolicy &policy) { m_retryPolicy = policy; }
    RetryPolicy retryPolicy() const { return m_retryPolicy; }

    QNetworkAccessManager *networkAccessManager() const { return m_nam; }

    /// Starts a generic call; the result is raw JSON.
    Reply *send(const Call &call);
    /// Starts a multirequest (one HTTP request, per-item results).
    MultiReply *send(const MultiRequest &request);
    /// Starts a typed call: `client->call<SessionGet>()`.
    template<class ReplyT, class... Args>
    ReplyT *call(Args &&...args)
    {
        auto *reply = new ReplyT(std::forward<Args>(args)...);
        start(reply);
        return reply;
    }

    /// Fails every call in flight with a Cancelled error (e.g. on sign-out); calls started from
    /// the failed() slots meanwhile fail too. Destroying the Client does the same, reported on
    /// the next event-loop turn.
    void cancelAll(const QString &reason);
    /// Calls started and not yet finished.
    int pendingCount() const;

    /// The request every api_v3 call starts from: Accept and User-Agent headers, no caching.
    QNetworkRequest networkRequest(const QUrl &url) const;
    CommonParams commonParams() const;

Q_SIGNALS:
    void sessionRenewalStarted();
    /// The renewal is over; error is None when a new KS is in place.
    void sessionRenewalFinished(const minikmc::api::Error &error);

private:
    void start(Reply *reply);
    void forget(Reply *reply);
    /// The reply is sent again when the running (or a new) renewal ends.
    void waitForSession(Reply *reply);
    friend class Reply;

    QNetworkAccessManager *m_nam;
    ServiceUrl m_serviceUrl;
    QString m_ks;
    qint64 m_partnerId = 0;
    QString m_clientTag;
    QString m_apiVersion;
    std::chrono::milliseconds m_defaultTimeout {60000};
    RetryPolicy m_retryPolicy;
    QList<QPointer<Reply>> m_pending;
    QString m_cancelReason; ///< non-empty while cancelAll() runs
    SessionRenewer *m_renewer = nullptr;
    bool m_renewing = false;
    QList<QPointer<Reply>> m_waitingForSession;
};

} // namespace minikmc::api
