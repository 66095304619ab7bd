// SPDX-License-Identifier: GPL-3.0-or-later
#include "auth/Session.h"

#include "api/Client.h"
#include "api/Logging.h"

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace minikmc::auth {

namespace {

// The lifetime user.loginByLoginId gives by default (KALTURA-API.md §5.3); used when the session
// cannot describe itself (session.get is refused to a USER KS, §4.1).
constexpr qint64 kDefaultLifetime = 86400;
// A renewal ahead of expiry that failed on the network is tried again this much later.
constexpr auto kRetryRenewalAfter = 30s;
// QTimer takes int milliseconds.
constexpr auto kLongestTimer = std::chrono::seconds(std::numeric_limits<int>::max() / 1000);

} // namespace

Credentials Credentials::forAppToken(qint64 partnerId, const QString &id, const QString &token,
    api::AppTokenHashType hashType, const QString &userId)
{
    Credentials c;
    c.kind = Kind::AppToken;
    c.partnerId = partnerId;
    c.appTokenId = id;
    c.appToken = token;
    c.hashType = hashType;
    c.userId = userId;
    return c;
}

Credentials Credentials::forPassword(
    qint64 partnerId, const QString &loginId, const QString &password)
{
    Credentials c;
    c.kind = Kind::Password;
    c.partnerId = partnerId;
    c.loginId = loginId;
    c.password = password;
    return c;
}

std::chrono::seconds renewalMargin(std::chrono::seconds lifetime)
{
    return std::clamp(lifetime / 10, std::chrono::seconds(60s), std::chrono::seconds(600s));
}

std::chrono::seconds renewalDelay(std::chrono::seconds lifetime)
{
    const auto delay
        = std::max({lifetime - renewalMargin(lifetime), lifetime / 2, std::chrono::seconds(5s)});
    return std::min(delay, kLongestTimer);
}

Session::Session(api::Client *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{
    m_renewTimer.setSingleShot(true);
    m_renewTimer.setTimerType(Qt::VeryCoarseTimer);
    connect(&m_renewTimer, &QTimer::timeout, this, [this] {
        if (m_client)
            m_client->renewSession();
    });
    m_client->setSessionRenewer(this);
}

Session::~Session()
{
    // Ends a renewal in progress too: calls waiting for it fail instead of waiting forever.
    if (m_client)
        m_client->setSessionRenewer(nullptr);
}

void Session::signIn(const Credentials &credentials)
{
    signOut();
    m_credentials = credentials;
    // The secrets are removed from every log line from now on.
    log::registerSecret(credentials.appToken);
    log::registerSecret(credentials.password);
    m_client->setPartnerId(credentials.partnerId);
    start();
}

void Session::signOut()
{
    ++m_generation;
    m_renewTimer.stop();
    m_nextRenewal = {};
    const bool wasSignedIn = m_signedIn;
    m_signedIn = false;
    m_flowRunning = false;
    m_needsUser = {};
    m_credentials = {};
    m_info = {};
    m_renewals = 0;
    if (!m_client)
        return;
    if (m_client->isRenewingSession())
        m_client->finishSessionRenewal(api::Error::cancelled(tr("signed out")));
    m_client->setKs({});
    if (wasSignedIn)
        m_client->cancelAll(tr("signed out"));
}

void Session::renewSession()
{
    if (m_flowRunning)
        return; // the flow under way (e.g. the first sign-in) ends the renewal when it is done
    if (m_needsUser) {
        // A renewal that failed for good is not tried again behind the user's back: with a
        // password that could lock the account (LOGIN_RETRIES_EXCEEDED, §5.3).
        m_client->finishSessionRenewal(m_needsUser);
        return;
    }
    if (m_credentials.kind == Credentials::Kind::AppToken ? m_credentials.appTokenId.isEmpty()
                                                          : m_credentials.loginId.isEmpty()) {
        m_client->finishSessionRenewal(
            api::Error::cancelled(tr("not signed in: there is nothing to renew the session with")));
        return;
    }
    start();
}

void Session::start()
{
    m_flowRunning = true;
    if (m_credentials.kind == Credentials::Kind::AppToken)
        startWithAppToken();
    else
        startWithPassword();
}

void Session::startWithAppToken()
{
    const int generation = m_generation;
    auto *widget
        = m_client->call<api::SessionStartWidgetSession>(u"_%1"_s.arg(m_credentials.partnerId));
    connect(widget, &api::Reply::failed, this, [this, generation](const api::Error &e) {
        if (generation == m_generation)
            failed(e);
    });
    connect(widget, &api::Reply::succeeded, this, [this, widget, generation] {
        if (generation != m_generation)
            return;
        const QString widgetKs = widget->ks();
        log::registerSecret(widgetKs);
        const QString hash
            = api::appTokenHash(m_credentials.hashType, widgetKs, m_credentials.appToken);
        auto *start = m_client->call<api::AppTokenStartSession>(
            m_credentials.appTokenId, hash, widgetKs, m_credentials.userId);
        connect(start, &api::Reply::failed, this, [this, generation](const api::Error &e) {
            if (generation == m_generation)
                failed(e);
        });
        connect(start, &api::Reply::succeeded, this, [this, start, generation] {
            if (generation == m_generation)
                established(start->ks(), start->info());
        });
    });
}

void Session::startWithPassword()
{
    const int generation = m_generation;
    auto *login = m_client->call<api::UserLoginByLoginId>(
        m_credentials.loginId, m_credentials.password, m_credentials.partnerId);
    connect(login, &api::Reply::failed, this, [this, generation](const api::Error &e) {
        if (generation == m_generation)
            failed(e);
    });
    connect(login, &api::Reply::succeeded, this, [this, login, generation] {
        if (generation == m_generation)
            describeKs(login->ks());
    });
}

void Session::describeKs(const QString &ks)
{
    // The KS is opaque: ask the server for its expiry. A USER KS may not read sessions; then
    // the lifetime asked for is the best estimate (§4.3).
    log::registerSecret(ks);
    const int generation = m_generation;
    const QDateTime asked = QDateTime::currentDateTimeUtc();
    auto *get = m_client->call<api::SessionGet>(QString(), ks);
    connect(get, &api::Reply::finished, this, [this, get, ks, asked, generation] {
        if (generation != m_generation)
            return;
        if (get->isSucceeded()) {
            established(ks, get->info());
            return;
        }
        if (get->error().category() != api::Error::Category::Api) {
            failed(get->error());
            return;
        }
        api::SessionInfo estimate;
        estimate.partnerId = m_credentials.partnerId;
        estimate.userId = m_credentials.loginId;
        estimate.expiry = asked.addSecs(kDefaultLifetime);
        established(ks, estimate);
    });
}

void Session::established(const QString &ks, const api::SessionInfo &info)
{
    m_flowRunning = false;
    m_client->setKs(ks);
    m_info = info;
    const bool renewal = m_signedIn;
    m_signedIn = true;
    scheduleRenewal();
    if (m_client->isRenewingSession())
        m_client->finishSessionRenewal();
    if (renewal) {
        ++m_renewals;
        qCInfo(lcApi).noquote() << "session renewed; it now expires at"
                                << info.expiry.toString(Qt::ISODate);
        Q_EMIT renewed(info);
    } else {
        qCInfo(lcApi).noquote() << "signed in to partner" << info.partnerId << "as" << info.userId;
        Q_EMIT signedIn(info);
    }
}

void Session::failed(const api::Error &error)
{
    m_flowRunning = false;
    if (!m_signedIn) {
        // The first sign-in: calls that were refused meanwhile fail with its error.
        if (m_client->isRenewingSession())
            m_client->finishSessionRenewal(error);
        Q_EMIT signInFailed(error);
        return;
    }
    const bool stillValid = QDateTime::currentDateTimeUtc().addSecs(10) < m_info.expiry;
    if (error.isTransient() || error.isUndelivered()) {
        // The network, not the account: calls go on with the current KS while it lasts, and the
        // renewal is tried again a little later.
        m_client->finishSessionRenewal(stillValid ? api::Error() : error);
        m_nextRenewal = QDateTime::currentDateTimeUtc().addSecs(kRetryRenewalAfter.count());
        m_renewTimer.start(kRetryRenewalAfter);
    } else {
        m_needsUser = error;
        m_signedIn = false;
        m_renewTimer.stop();
        m_nextRenewal = {};
        m_client->finishSessionRenewal(error);
    }
    Q_EMIT renewalFailed(error);
}

void Session::scheduleRenewal()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const auto lifetime = std::chrono::seconds(qMax<qint64>(0, now.secsTo(m_info.expiry)));
    const auto due = renewalDelay(lifetime);
    m_nextRenewal = now.addSecs(due.count());
    m_renewTimer.start(due);
}

} // namespace minikmc::auth
