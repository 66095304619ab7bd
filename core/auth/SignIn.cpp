// SPDX-License-Identifier: GPL-3.0-or-later
#include "auth/SignIn.h"

#include "api/Client.h"
#include "api/Logging.h"
#include "api/ServiceUrl.h"

#include <utility>

using namespace Qt::StringLiterals;

namespace minikmc::auth {

SignIn::SignIn(api::Client *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_session(client)
{
    connect(&m_session, &Session::signedIn, this, [this](const api::SessionInfo &info) {
        m_account = std::exchange(m_pendingAccount, {});
        if (m_account.userId.isEmpty())
            m_account.userId = info.userId;
        if (m_account.displayName.isEmpty())
            m_account.displayName = info.userId;
        if (m_remember && m_session.kind() == Credentials::Kind::AppToken)
            remember(m_account, m_pendingCredentials);
        m_pendingCredentials = {};
        Q_EMIT signedIn(m_account);
    });
    connect(&m_session, &Session::signInFailed, this, [this](const api::Error &error) {
        m_pendingCredentials = {};
        m_pendingAccount = {};
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
        // By the error code, not the (translated) text.
        return e.networkError() == QNetworkReply::SslHandshakeFailedError
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

void SignIn::failLater(const QString &message, const api::Error &error)
{
    QMetaObject::invokeMethod(
        this, [this, message, error] { Q_EMIT signInFailed(message, error); },
        Qt::QueuedConnection);
}

void SignIn::signInNew(const Account &account, const Credentials &credentials, bool remember)
{
    ++m_generation;
    Account pending = account;
    if (credentials.kind == Credentials::Kind::AppToken) {
        pending.appTokenId = credentials.appTokenId;
        pending.hashType = credentials.hashType;
        pending.id = Account::makeId(account.partnerId, credentials.appTokenId);
    }
    start(pending, credentials, remember);
}

void SignIn::signInStored(const QString &accountId)
{
    const int generation = ++m_generation;
    const auto stored = AccountSettings::account(accountId);
    if (!stored) {
        failLater(tr("This account is not remembered any more."));
        return;
    }
    auto *store = new CredentialStore(this);
    connect(store, &CredentialStore::loaded, this,
        [this, store, generation, account = *stored](const QString &, const QString &text) {
            store->deleteLater();
            if (generation != m_generation)
                return; // another sign-in started meanwhile
            const auto credentials = credentialsFromKeychain(account, text);
            if (!credentials) {
                failLater(tr("The keychain item of this account is damaged: sign in again."));
                return;
            }
            start(account, *credentials, false);
        });
    connect(store, &CredentialStore::failed, this,
        [this, store, generation](
            const QString &, CredentialStore::Problem problem, const QString &detail) {
            store->deleteLater();
            if (generation != m_generation)
                return;
            Q_EMIT keychainProblem(problem, CredentialStore::describe(problem, detail));
            Q_EMIT signInFailed(CredentialStore::describe(problem, detail), {});
        });
    store->load(accountId);
}

void SignIn::start(const Account &account, const Credentials &credentials, bool remember)
{
    const QString refused = checkServiceUrl(account);
    if (!refused.isEmpty()) {
        failLater(refused);
        return;
    }
    QString urlError;
    if (!m_client->setServiceUrl(account.serviceUrl, &urlError)) {
        failLater(urlError);
        return;
    }
    m_pendingAccount = account;
    m_pendingCredentials = credentials;
    m_remember = remember;
    m_session.signIn(credentials);
}

void SignIn::remember(const Account &account, const Credentials &credentials)
{
    // The account is listed only once its secret is safely in the keychain.
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
    const int generation = m_generation;
    auto *add = m_client->call<api::AppTokenAdd>(spec);
    connect(add, &api::Reply::failed, this, [this, generation](const api::Error &e) {
        if (generation == m_generation)
            Q_EMIT appTokenFailed(describe(e), e);
    });
    connect(add, &api::Reply::succeeded, this, [this, add, generation] {
        if (generation != m_generation)
            return;
        const api::AppToken token = add->token();
        log::registerSecret(token.token);
        Account account = m_account;
        account.appTokenId = token.id;
        account.hashType = token.hashType;
        account.id = Account::makeId(account.partnerId, token.id);
        // Sign in with the token (the password is forgotten by Session::signIn) and keep it.
        ++m_generation;
        start(account,
            Credentials::forAppToken(account.partnerId, token.id, token.token, token.hashType),
            true);
        Q_EMIT appTokenCreated(account);
    });
}

void SignIn::signOut(bool forget)
{
    ++m_generation;
    m_pendingAccount = {};
    m_pendingCredentials = {};
    m_session.signOut();
    if (forget && !m_account.id.isEmpty()) {
        AccountSettings::remove(m_account.id);
        m_store.remove(m_account.id);
    }
    m_account = {};
    Q_EMIT signedOut();
}

} // namespace minikmc::auth
