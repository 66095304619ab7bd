// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/SessionRenewer.h"
#include "api/services/AppTokenService.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

#include <chrono>

namespace minikmc::api {
class Client;
}

namespace minikmc::auth {

/// How an account signs in. The secrets live in memory only (and the AppToken in the keychain,
/// see CredentialStore); they are never logged.
struct Credentials {
    enum class Kind { AppToken, Password };
    Kind kind = Kind::AppToken;
    qint64 partnerId = 0;
    // AppToken sign-in (KALTURA-API.md §5.2).
    QString appTokenId;
    QString appToken; ///< the secret
    api::AppTokenHashType hashType = api::AppTokenHashType::Sha256;
    QString userId; ///< asked for when the token does not force a user; may be empty
    // Password sign-in (§5.3).
    QString loginId;
    QString password;

    static Credentials forAppToken(qint64 partnerId, const QString &id, const QString &token,
        api::AppTokenHashType hashType, const QString &userId = {});
    static Credentials forPassword(
        qint64 partnerId, const QString &loginId, const QString &password);
};

/// The signed-in session of one account on a Client. It signs in (AppToken: widget session →
/// hash → appToken.startSession; or user.loginByLoginId), keeps the KS in memory only, renews it
/// ahead of its expiry, and renews it once whenever the server rejects it — the Client then
/// replays the rejected calls, so callers never see a renewable expiry (api::SessionRenewer).
class Session final
    : public QObject
    , public api::SessionRenewer {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Session)
public:
    explicit Session(api::Client *client, QObject *parent = nullptr);
    ~Session() override;

    /// Signs in with these credentials; signedIn() or signInFailed() follows.
    void signIn(const Credentials &credentials);
    /// Forgets the KS and the credentials and stops every call in flight.
    void signOut();

    /// Signed in, and the session still renewable: false again after a renewal that failed for
    /// good (token revoked or disabled, password changed) — then the user must sign in again.
    bool isSignedIn() const { return m_signedIn; }
    api::SessionInfo info() const { return m_info; }
    Credentials::Kind kind() const { return m_credentials.kind; }
    /// Renewals done since sign-in.
    int renewalCount() const { return m_renewals; }
    /// When the next renewal ahead of expiry is due (invalid when none is planned).
    QDateTime nextRenewal() const { return m_nextRenewal; }

Q_SIGNALS:
    void signedIn(const minikmc::api::SessionInfo &info);
    void signInFailed(const minikmc::api::Error &error);
    void renewed(const minikmc::api::SessionInfo &info);
    /// The session could not be renewed. With isSignedIn() false the account needs the user
    /// (token revoked or disabled, password changed …) and nothing is tried again on its own;
    /// otherwise the failure was transient (network) and the renewal is tried again later.
    void renewalFailed(const minikmc::api::Error &error);

private:
    void renewSession() override;
    void start();
    void startWithAppToken();
    void startWithPassword();
    void describeKs(const QString &ks);
    void established(const QString &ks, const api::SessionInfo &info);
    void failed(const api::Error &error);
    void scheduleRenewal();

    QPointer<api::Client> m_client;
    Credentials m_credentials;
    api::SessionInfo m_info;
    bool m_signedIn = false;
    bool m_flowRunning = false; ///< a sign-in or renewal flow is under way
    api::Error m_needsUser; ///< set after a renewal failed for good: renewals answer with it
    int m_renewals = 0;
    int m_generation = 0; ///< replies of an older flow (before signOut) are ignored
    QTimer m_renewTimer;
    QDateTime m_nextRenewal;
};

/// How long before expiry a session is renewed: a tenth of its lifetime, at least one minute and
/// at most ten.
std::chrono::seconds renewalMargin(std::chrono::seconds lifetime);
/// When, after it starts, a session of this lifetime is renewed: `margin` before it expires, but
/// never before half its lifetime (short sessions must not renew back to back) nor within 5 s.
std::chrono::seconds renewalDelay(std::chrono::seconds lifetime);

} // namespace minikmc::auth
