// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "auth/Accounts.h"
#include "auth/CredentialStore.h"
#include "auth/Session.h"

#include <QObject>

namespace minikmc::api {
class Client;
}

namespace minikmc::auth {

/// Puts accounts to work on a Client, for the GUI and the CLI alike: signs in a new account and
/// remembers it (settings + keychain), signs in a remembered one silently (its AppToken from the
/// keychain), turns a password sign-in into an AppToken for this desktop, and signs out (the
/// keychain item is deleted). Secrets stay in memory and in the keychain only.
class SignIn final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SignIn)
public:
    explicit SignIn(api::Client *client, QObject *parent = nullptr);

    Session *session() { return &m_session; }
    api::Client *client() const { return m_client; }
    /// The account signed in (the last one that succeeded).
    Account account() const { return m_account; }

    /// Signs in a new account. With remember, the account is kept for the next start (its
    /// AppToken in the keychain; password sign-ins are never remembered as such). A keychain
    /// that cannot be used leaves the session working for this run and says so.
    void signInNew(const Account &account, const Credentials &credentials, bool remember);
    /// Signs in a remembered account with its AppToken from the keychain.
    void signInStored(const QString &accountId);
    /// After a password sign-in: creates an AppToken for this desktop (appToken.add: the
    /// session's user, ADMIN sessions of a day, SHA256, described by machineName), signs in with
    /// it, forgets the password and remembers the account with the token.
    void createAppTokenForThisDesktop(const QString &machineName);
    /// Ends the session; with forget, the account and its keychain item are deleted.
    void signOut(bool forget);

    /// A sentence for an editor about why signing in failed.
    static QString describe(const api::Error &error);
    /// Empty when the address may be used for this account; otherwise why not (plain http:// to
    /// another machine is refused unless allowed for the account).
    static QString checkServiceUrl(const Account &account);

Q_SIGNALS:
    void signedIn(const minikmc::auth::Account &account);
    void signInFailed(const QString &message, const minikmc::api::Error &error);
    /// The account works but could not be remembered, or a remembered one could not be read.
    void keychainProblem(minikmc::auth::CredentialStore::Problem problem, const QString &message);
    void appTokenCreated(const minikmc::auth::Account &account);
    /// After a password sign-in no AppToken could be made (appToken.add needs an admin); the
    /// session works for this run only.
    void appTokenFailed(const QString &message, const minikmc::api::Error &error);
    /// The account and its AppToken are remembered (settings + keychain).
    void remembered(const minikmc::auth::Account &account);
    void signedOut();

private:
    void start(const Account &account, const Credentials &credentials, bool remember);
    void remember(const Account &account, const Credentials &credentials);
    /// Reports a failure on the next event-loop turn, never from inside the call that asked.
    void failLater(const QString &message, const api::Error &error = {});

    api::Client *m_client;
    Session m_session;
    CredentialStore m_store;
    Account m_account; ///< signed in
    Account m_pendingAccount; ///< being signed in
    Credentials m_pendingCredentials; ///< kept until the sign-in ends, to remember them
    bool m_remember = false;
    int m_generation = 0; ///< a newer sign-in makes older keychain reads moot
};

} // namespace minikmc::auth
