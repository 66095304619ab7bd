// SPDX-License-Identifier: GPL-3.0-or-later
#include "auth/SignIn.h"

#include "api/Client.h"
#include "api/ServiceUrl.h"

using namespace Qt::StringLiterals;

namespace minikmc::auth {

SignIn::SignIn(api::Client *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_session(client)
{
    connect(&m_session, &Session::signedIn, this, [this](const api::SessionInfo &info) {
        if (m_account.userId.isEmpty())
            m_account.userId = info.userId;
        if (m_account.displayName.isEmpty())
            m_account.displayName = info.userId;
        if (m_remember && m_session.kind() == Credentials::Kind::AppToken)
            remember(m_pendingCredentials);
        m_pendingCredentials = {};
        Q_EMIT signedIn(m_account);
    });
    connect(&m_session, &Session::signInFailed, this, [this](const api::Error &error) {
        m_pendingCredentials = {};
        Q_EMIT signInFailed(describe(error), error);
    });
    connect(&m_store, &CredentialStore::failed, this,
        [this](const QString &, CredentialStore::Problem problem, const QString &detail) {
            Q_EMIT keychainProblem(problem, CredentialStore::describe(problem, detail));
        });
}

QString SignIn::checkServiceUrl(const Account &account)
{
    const api::ServiceUrl url = api::ServiceUrl::fromUserInput(account.serviceUrl);
    if (url.isValid() && url.base().scheme() == u"http"_s && !url.isLoopback()
        && !account.allowInsecureHttp)
        return tr("“%1” is plain http:// to another machine: your session key would travel "
                  "unencrypted. Use https://, or allow plain http for this account explicitly.")
            .arg(account.serviceUrl);
    return {};
}

QString SignIn::describe(const api::Error &e)
{
    const QString code = e.code();
    if (code == u"INVALID_APP_TOKEN_HASH"_s)
        return tr("The AppToken was refused: the token (secret) or its hash type is wrong.");
    if (code == u"APP_TOKEN_ID_NOT_FOUND"_s)
        return tr("No AppToken with this id exists on this partner (it may have been deleted).");
    if (code == u"APP_TOKEN_NOT_ACTIVE"_s)
        return tr("This AppToken has been disabled by an administrator.");
    if (code == u"APP_TOKEN_EXPIRED"_s)
        return tr("This AppToken has expired. Ask an administrator for a new one.");
    if (code == u"INVALID_WIDGET_ID"_s || code == u"INVALID_PARTNER_ID"_s
        || code == u"START_SESSION_ERROR"_s)
        return tr("The partner id is wrong for this server.");
    if (code == u"USER_WRONG_PASSWORD"_s)
        return tr("The password is wrong.");
    if (code == u"USER_NOT_FOUND"_s || code == u"LOGIN_DATA_NOT_FOUND"_s)
        return tr("No user with this email exists on this partner.");
    if (code == u"LOGIN_RETRIES_EXCEEDED"_s || code == u"LOGIN_BLOCKED"_s
        || code == u"USER_IS_BLOCKED"_s)
        return tr("This user is blocked from signing in for now (too many attempts, or by an "
                  "administrator).");
    if (code == u"PASSWORD_EXPIRED"_s)
        return tr("The password has expired: set a new one in the Kaltura web console first.");
    switch (e.category()) {
    case api::Error::Category::Network:
        return e.message().contains(u"certificate"_s)
            ? tr("The server's certificate was not accepted, so nothing was sent: %1")
                  .arg(e.message())
            : tr("The server cannot be reached: %1").arg(e.message());
    case api::Error::Category::Timeout:
        return tr("The server did not answer in time.");
    case api::Error::Category::Http:
    case api::Error::Category::Parse:
        return tr("This address does not answer like a Kaltura server: %1").arg(e.toString());
    default:
        break;
    }
    return tr("Signing in failed: %1").arg(e.toString());
}

void SignIn::signInNew(const Account &account, const Credentials &credentials, bool remember)
{
    m_account = account;
    if (credentials.kind == Credentials::Kind::AppToken) {
        m_account.appTokenId = credentials.appTokenId;
        m_account.hashType = credentials.hashType;
        m_account.id = Account::makeId(account.partnerId, credentials.appTokenId);
    }
    m_remember = remember;
    start(credentials);
}

void SignIn::signInStored(const QString &accountId)
{
    const auto stored = AccountSettings::account(accountId);
    if (!stored) {
        Q_EMIT signInFailed(tr("This account is not remembered any more."), {});
        return;
    }
    m_account = *stored;
    m_remember = false;
    auto *store = new CredentialStore(this);
    connect(
        store, &CredentialStore::loaded, this, [this, store](const QString &, const QString &text) {
            store->deleteLater();
            const auto credentials = credentialsFromKeychain(m_account, text);
            if (!credentials) {
                Q_EMIT signInFailed(
                    tr("The keychain item of this account is damaged: sign in again."), {});
                return;
            }
            start(*credentials);
        });
    connect(store, &CredentialStore::failed, this,
        [this, store](const QString &, CredentialStore::Problem problem, const QString &detail) {
            store->deleteLater();
            Q_EMIT keychainProblem(problem, CredentialStore::describe(problem, detail));
            Q_EMIT signInFailed(CredentialStore::describe(problem, detail), {});
        });
    store->load(accountId);
}

void SignIn::start(const Credentials &credentials)
{
    const QString refused = checkServiceUrl(m_account);
    if (!refused.isEmpty()) {
        Q_EMIT signInFailed(refused, {});
        return;
    }
    QString urlError;
    if (!m_client->setServiceUrl(m_account.serviceUrl, &urlError)) {
        Q_EMIT signInFailed(urlError, {});
        return;
    }
    m_pendingCredentials = credentials;
    m_session.signIn(credentials);
}

void SignIn::remember(const Credentials &credentials)
{
    // The account is listed only once its secret is safely in the keychain.
    const Account account = m_account;
    auto *store = new CredentialStore(this);
    connect(store, &CredentialStore::stored, this, [this, store, account](const QString &) {
        store->deleteLater();
        AccountSettings::save(account);
        AccountSettings::setCurrentId(account.id);
        Q_EMIT remembered(account);
    });
    connect(store, &CredentialStore::failed, this,
        [this, store](const QString &, CredentialStore::Problem problem, const QString &detail) {
            store->deleteLater();
            Q_EMIT keychainProblem(problem, CredentialStore::describe(problem, detail));
        });
    store->store(account.id, keychainText(credentials));
}

void SignIn::createAppTokenForThisDesktop(const QString &machineName)
{
    api::AppTokenSpec spec;
    spec.sessionUserId = m_session.info().userId;
    spec.sessionType = int(m_session.info().sessionType);
    spec.sessionDuration = 86400;
    spec.hashType = api::AppTokenHashType::Sha256;
    spec.description = tr("mini-KMC on %1").arg(machineName);
    auto *add = m_client->call<api::AppTokenAdd>(spec);
    connect(add, &api::Reply::failed, this,
        [this](const api::Error &e) { Q_EMIT signInFailed(describe(e), e); });
    connect(add, &api::Reply::succeeded, this, [this, add] {
        const api::AppToken token = add->token();
        const Credentials credentials
            = Credentials::forAppToken(m_account.partnerId, token.id, token.token, token.hashType);
        m_account.appTokenId = token.id;
        m_account.hashType = token.hashType;
        m_account.id = Account::makeId(m_account.partnerId, token.id);
        // Sign in with the token (the password is forgotten by Session::signIn) and keep it.
        m_remember = true;
        start(credentials);
        Q_EMIT appTokenCreated(m_account);
    });
}

void SignIn::signOut(bool forget)
{
    m_session.signOut();
    if (forget && !m_account.id.isEmpty()) {
        AccountSettings::remove(m_account.id);
        m_store.remove(m_account.id);
    }
    m_account = {};
    Q_EMIT signedOut();
}

} // namespace minikmc::auth
