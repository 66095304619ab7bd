// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/Call.h"
#include "api/Error.h"

#include <QJsonValue>
#include <QObject>
#include <QPointer>
#include <QTimer>

class QNetworkReply;

namespace minikmc::api {

class Client;

/// One api_v3 call in flight, from Client::send() or Client::call<T>().
///
/// Contract (after libQuotient's BaseJob):
///  - finished() is emitted exactly once, when the call is over; right after it exactly one of
///    succeeded() or failed(Error) is emitted. Then the object deletes itself (deleteLater), so
///    read results in a slot connected to those signals, never later.
///  - HTTP 200 is not success: the body is checked for a KalturaAPIException first.
///  - abort() is silent: after it no signal at all is emitted and the object deletes itself
///    (also when called from a slot connected to finished()). Never delete a Reply yourself.
///    Cancellation that the caller did not ask for (Client::cancelAll(), the Client being
///    destroyed) is a failure with Error::Category::Cancelled; when the Client is destroyed it
///    is reported on the next event-loop turn, so that receivers being destroyed with the
///    Client are not called.
///  - Transient failures are retried by the Reply itself (see RetryPolicy); retrying() is
///    emitted before each wait. uploadProgress/downloadProgress are forwarded per attempt.
///  - Connect with a context object (this, a model …), never rely on sender().
/// Typed subclasses (one per api_v3 action, see api/services/) convert the result in
/// interpretResult() and offer typed accessors.
class Reply : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Reply)

public:
    ~Reply() override;

    /// "service.action", or "multirequest[N]".
    QString name() const;
    bool isFinished() const { return m_state == State::Finished; }
    bool isSucceeded() const { return isFinished() && m_error.isOk(); }
    /// The failure; a None error while running or after success.
    Error error() const { return m_error; }
    /// The raw JSON result after success.
    QJsonValue result() const { return m_result; }
    /// HTTP attempts made so far (1 + retries).
    int attempts() const { return m_attempt; }

    /// Stops the call without any further signal.
    void abort();

Q_SIGNALS:
    void finished();
    void succeeded();
    void failed(const minikmc::api::Error &error);
    void uploadProgress(qint64 bytesSent, qint64 bytesTotal);
    void downloadProgress(qint64 bytesReceived, qint64 bytesTotal);
    /// A transient failure; the call is repeated after delayMs.
    void retrying(int retry, const minikmc::api::Error &error, int delayMs);

protected:
    explicit Reply(const Call &call);
    explicit Reply(const QList<Call> &multiRequestCalls);

    /// Converts the raw result into the subclass's typed result. Returning an error (usually a
    /// Parse error: the answer has the wrong shape) makes the call fail with it.
    virtual Error interpretResult(const QJsonValue &result);

    const QList<Call> &calls() const { return m_calls; }

private:
    friend class Client;
    enum class State { Idle, Sending, WaitingToRetry, WaitingForSession, Finished, Aborted };

    void start(Client *client);
    void sendAttempt();
    void onNetworkReplyFinished();
    void onIdleTimeout();
    void handleOutcome(const Error &error, const QJsonValue &result);
    void finish(const Error &error, const QJsonValue &result);
    void cancel(const QString &why);
    void cancelLater(const QString &why);
    void dropNetworkReply();
    bool isIdempotent() const;
    /// At least one call carries the client's KS (not Call::setWithoutKs()).
    bool usesClientKs() const;
    /// The failure (or, in a multirequest, an item's failure) says the KS is no longer valid.
    bool needsNewSession(const Error &error, const QJsonValue &result) const;
    void resumeAfterSession();

    QPointer<Client> m_client;
    QList<Call> m_calls;
    bool m_isMulti = false;
    State m_state = State::Idle;
    QNetworkReply *m_networkReply = nullptr;
    QTimer m_idleTimer;
    QTimer m_retryTimer;
    bool m_timedOut = false;
    QString m_tlsProblems;
    QString m_cancelReason; ///< set: the next sendAttempt() fails with Cancelled instead
    int m_attempt = 0;
    QString m_sentKs; ///< the KS of the last attempt
    bool m_sessionRenewed = false; ///< replayed once after a renewal already
    Error m_error;
    QJsonValue m_result;
};

} // namespace minikmc::api
