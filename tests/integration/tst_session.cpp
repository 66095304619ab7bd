// SPDX-License-Identifier: GPL-3.0-or-later
// core/auth Session against the sandbox: AppToken sign-in with every hash type, password
// sign-in, the errors, and renewal — ahead of expiry, and once when the server rejects the KS
// in the middle of a series of calls, which are then replayed without the caller noticing.
#include "SandboxHttp.h"
#include "SandboxProcess.h"
#include "api/Client.h"
#include "api/MultiRequest.h"
#include "api/services/SessionService.h"
#include "auth/Session.h"
#include "auth/SignIn.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using minikmc::api::AppTokenHashType;
using minikmc::api::Client;
using minikmc::api::Error;
using minikmc::auth::Credentials;
using minikmc::auth::Session;
using minikmc::test::SandboxHttp;
using minikmc::test::SandboxProcess;

class TestSession : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    SandboxProcess m_sandbox;
    SandboxHttp m_http {m_sandbox};
    QString m_adminKs;

    /// A new AppToken made with the admin secret: {id, token}.
    QPair<QString, QString> addToken(
        const QString &hashType, int sessionDuration = 86400, qint64 expiry = 0)
    {
        const QJsonObject t
            = m_http
                  .call(u"appToken"_s, u"add"_s,
                      {{u"ks"_s, m_adminKs},
                          {u"appToken"_s,
                              QJsonObject {{u"objectType"_s, u"KalturaAppToken"_s},
                                  {u"hashType"_s, hashType}, {u"sessionType"_s, 2},
                                  {u"sessionUserId"_s, u"desk@example.com"_s},
                                  {u"sessionDuration"_s, sessionDuration},
                                  // 0 would mean "now" (§1.5): none then
                                  {u"expiry"_s,
                                      expiry ? QJsonValue(double(expiry)) : QJsonValue()}}}})
                  .object();
        return {t.value(u"id"_s).toString(), t.value(u"token"_s).toString()};
    }

    void configure(Client &client) { QVERIFY(client.setServiceUrl(m_sandbox.serviceUrl())); }

    /// A client signed in with a new AppToken of this hash type (error None on success).
    struct SignedIn {
        QString tokenId;
        std::unique_ptr<Client> client = std::make_unique<Client>();
        std::unique_ptr<Session> session; ///< destroyed before the client
        Error error;
    };

    SignedIn signInWithNewToken(const QString &hashType, int sessionDuration = 86400)
    {
        SignedIn s;
        const auto [id, token] = addToken(hashType, sessionDuration);
        s.tokenId = id;
        s.client->setServiceUrl(m_sandbox.serviceUrl());
        s.session = std::make_unique<Session>(s.client.get());
        s.error = signIn(*s.session,
            Credentials::forAppToken(m_sandbox.partnerId(), id, token,
                *minikmc::api::appTokenHashTypeFromString(hashType)));
        return s;
    }

    /// Signs in and waits; returns the error (None on success).
    Error signIn(Session &session, const Credentials &credentials)
    {
        QSignalSpy ok(&session, &Session::signedIn);
        QSignalSpy failed(&session, &Session::signInFailed);
        session.signIn(credentials);
        if (!QTest::qWaitFor([&] { return !ok.isEmpty() || !failed.isEmpty(); }, 20000))
            return Error::timeout(std::chrono::milliseconds(20000));
        return failed.isEmpty() ? Error() : failed.first().first().value<Error>();
    }

    /// Runs `count` session.get calls at once with the client's KS; returns how many succeeded.
    int runCalls(Client &client, int count)
    {
        int done = 0;
        int succeeded = 0;
        for (int i = 0; i < count; ++i) {
            auto *get = client.call<minikmc::api::SessionGet>();
            connect(get, &minikmc::api::Reply::finished, this, [&done, &succeeded, get] {
                ++done;
                succeeded += get->isSucceeded() ? 1 : 0;
            });
        }
        if (!QTest::qWaitFor([&] { return done == count; }, 30000))
            qWarning("runCalls: %d of %d calls finished", done, count);
        return succeeded;
    }

    int countCalls(const QString &service, const QString &action)
    {
        int n = 0;
        for (const QJsonValue &v : m_http.requestLog()) {
            const QJsonObject o = v.toObject();
            n += o.value(u"service"_s).toString() == service.toLower()
                && o.value(u"action"_s).toString() == action;
        }
        return n;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(m_sandbox.start(m_dir.filePath(u"data"_s)), qPrintable(m_sandbox.error()));
        m_adminKs = m_http.startSession(2);
    }

    void cleanup() { m_http.clearFaults(); }

    void signsInWithEveryHashType_data()
    {
        QTest::addColumn<QString>("hashType");
        for (const char *t : {"MD5", "SHA1", "SHA256", "SHA512"})
            QTest::newRow(t) << QString::fromLatin1(t);
    }

    void signsInWithEveryHashType()
    {
        QFETCH(QString, hashType);
        const auto [id, token] = addToken(hashType);
        Client client;
        configure(client);
        Session session(&client);
        const Error e = signIn(session,
            Credentials::forAppToken(m_sandbox.partnerId(), id, token,
                *minikmc::api::appTokenHashTypeFromString(hashType)));
        QVERIFY2(!e, qPrintable(e.toString()));
        QVERIFY(session.isSignedIn());
        QCOMPARE(session.info().userId, u"desk@example.com"_s);
        QCOMPARE(session.info().partnerId, m_sandbox.partnerId());
        QVERIFY(client.hasKs());
        // The renewal ahead of expiry is planned a little before the KS expires.
        QVERIFY(session.nextRenewal() < session.info().expiry);
        QVERIFY(session.nextRenewal() > QDateTime::currentDateTimeUtc().addSecs(80000));
        QCOMPARE(runCalls(client, 1), 1);
    }

    void refusedSignIns()
    {
        const auto [id, token] = addToken(u"SHA256"_s);
        Client client;
        configure(client);
        Session session(&client);
        // Wrong secret: INVALID_APP_TOKEN_HASH; wrong hash type likewise.
        Error e = signIn(session,
            Credentials::forAppToken(m_sandbox.partnerId(), id,
                QString(token).replace(0, 1, u"x"_s), AppTokenHashType::Sha256));
        QCOMPARE(e.code(), u"INVALID_APP_TOKEN_HASH"_s);
        e = signIn(session,
            Credentials::forAppToken(m_sandbox.partnerId(), id, token, AppTokenHashType::Sha1));
        QCOMPARE(e.code(), u"INVALID_APP_TOKEN_HASH"_s);
        e = signIn(session,
            Credentials::forAppToken(
                m_sandbox.partnerId(), u"0_missing1"_s, token, AppTokenHashType::Sha256));
        QCOMPARE(e.code(), u"APP_TOKEN_ID_NOT_FOUND"_s);
        // A wrong partner id: its default widget does not exist.
        e = signIn(session, Credentials::forAppToken(42, id, token, AppTokenHashType::Sha256));
        QCOMPARE(e.code(), u"INVALID_WIDGET_ID"_s);
        QVERIFY(!session.isSignedIn());
        QVERIFY(!client.hasKs());
    }

    void disabledAndExpiredTokens()
    {
        Client client;
        configure(client);
        Session session(&client);
        // Disabled by an administrator (the sandbox's control does what the console does).
        const auto [id, token] = addToken(u"SHA256"_s);
        QVERIFY(m_http.faults({{u"disableAppToken"_s, id}}));
        Error e = signIn(session,
            Credentials::forAppToken(m_sandbox.partnerId(), id, token, AppTokenHashType::Sha256));
        QCOMPARE(e.code(), u"APP_TOKEN_NOT_ACTIVE"_s);
        QVERIFY(minikmc::auth::SignIn::describe(e).contains(u"disabled"_s));
        // Expired a minute ago (a token expiry is a time; small values are relative, §1.5).
        const auto [oldId, oldToken] = addToken(u"SHA256"_s, 86400, -60);
        e = signIn(session,
            Credentials::forAppToken(
                m_sandbox.partnerId(), oldId, oldToken, AppTokenHashType::Sha256));
        QCOMPARE(e.code(), u"APP_TOKEN_EXPIRED"_s);
        QVERIFY(minikmc::auth::SignIn::describe(e).contains(u"expired"_s));
    }

    void passwordSignIn()
    {
        Client client;
        configure(client);
        Session session(&client);
        const QJsonObject r = m_sandbox.ready();
        Error e = signIn(session,
            Credentials::forPassword(m_sandbox.partnerId(), r.value(u"loginId"_s).toString(),
                r.value(u"password"_s).toString()));
        QVERIFY2(!e, qPrintable(e.toString()));
        QCOMPARE(session.info().userId, r.value(u"userId"_s).toString());
        QVERIFY(session.info().expiry > QDateTime::currentDateTimeUtc().addSecs(86000));
        e = signIn(session,
            Credentials::forPassword(
                m_sandbox.partnerId(), r.value(u"loginId"_s).toString(), u"wrong"_s));
        QCOMPARE(e.code(), u"USER_WRONG_PASSWORD"_s);
    }

    void expiredKsIsRenewedOnceAndCallsReplayed()
    {
        SignedIn signedIn = signInWithNewToken(u"SHA256"_s);
        QVERIFY2(!signedIn.error, qPrintable(signedIn.error.toString()));
        Client &client = *signedIn.client;
        Session &session = *signedIn.session;
        const QString firstKs = client.ks();
        QCOMPARE(runCalls(client, 3), 3);

        // The server expires every KS: the next burst of calls fails once with INVALID_KS
        // (EXPIRED), one renewal happens, and every call succeeds on its replay.
        QVERIFY(m_http.faults({{u"expireSessions"_s, true}}));
        m_adminKs = m_http.startSession(2); // the test's own KS expired too
        m_http.clearRequestLog();
        QSignalSpy renewed(&session, &Session::renewed);
        QCOMPARE(runCalls(client, 8), 8);
        QCOMPARE(renewed.size(), 1);
        QCOMPARE(session.renewalCount(), 1);
        QCOMPARE(countCalls(u"appToken"_s, u"startSession"_s), 1);
        QVERIFY(client.ks() != firstKs);
        // 8 refused + 8 replayed; none gave up.
        QCOMPARE(countCalls(u"session"_s, u"get"_s), 16);

        // Calls after the renewal go straight through.
        m_http.clearRequestLog();
        QCOMPARE(runCalls(client, 2), 2);
        QCOMPARE(countCalls(u"session"_s, u"get"_s), 2);
    }

    void renewalThatFailsFailsTheWaitingCalls()
    {
        SignedIn signedIn = signInWithNewToken(u"SHA1"_s);
        QVERIFY2(!signedIn.error, qPrintable(signedIn.error.toString()));
        Client &client = *signedIn.client;
        Session &session = *signedIn.session;
        const QString id = signedIn.tokenId;
        // The token is revoked (deleting it kills its sessions): renewal cannot work.
        m_http.call(u"appToken"_s, u"delete"_s, {{u"ks"_s, m_adminKs}, {u"id"_s, id}});
        QSignalSpy renewalFailed(&session, &Session::renewalFailed);
        QCOMPARE(runCalls(client, 3), 0);
        QCOMPARE(renewalFailed.size(), 1);
        QCOMPARE(renewalFailed.first().first().value<Error>().code(), u"APP_TOKEN_ID_NOT_FOUND"_s);
    }

    void renewsAheadOfExpiry()
    {
        // An 8 s session is renewed at half its lifetime (the usual margin of a minute would be
        // longer than the session): once, not back to back.
        QCOMPARE(minikmc::auth::renewalDelay(std::chrono::seconds(8)), std::chrono::seconds(5));
        QCOMPARE(minikmc::auth::renewalDelay(std::chrono::seconds(86400)),
            std::chrono::seconds(86400 - 600));
        QVERIFY(minikmc::auth::renewalDelay(std::chrono::seconds(100LL * 86400))
            <= std::chrono::seconds(std::numeric_limits<int>::max() / 1000));
        SignedIn signedIn = signInWithNewToken(u"SHA512"_s, 8);
        QVERIFY2(!signedIn.error, qPrintable(signedIn.error.toString()));
        Client &client = *signedIn.client;
        Session &session = *signedIn.session;
        const QString firstKs = client.ks();
        QSignalSpy renewed(&session, &Session::renewed);
        QVERIFY(renewed.wait(10000));
        QVERIFY(client.ks() != firstKs);
        QCOMPARE(runCalls(client, 1), 1);
        QTest::qWait(2000);
        QCOMPARE(renewed.size(), 1);
    }

    void renewalRefusedForGoodIsNotRetried()
    {
        SignedIn signedIn = signInWithNewToken(u"SHA256"_s);
        QVERIFY2(!signedIn.error, qPrintable(signedIn.error.toString()));
        Client &client = *signedIn.client;
        Session &session = *signedIn.session;
        const QString id = signedIn.tokenId;
        m_http.call(u"appToken"_s, u"delete"_s, {{u"ks"_s, m_adminKs}, {u"id"_s, id}});
        m_http.clearRequestLog();
        // Three calls one after the other: the first one's renewal fails for good; the others
        // fail at once with that error instead of signing in again (a password would count
        // against the account's login attempts), and none is replayed.
        for (int i = 0; i < 3; ++i)
            QCOMPARE(runCalls(client, 1), 0);
        QVERIFY(!session.isSignedIn());
        QCOMPARE(countCalls(u"appToken"_s, u"startSession"_s), 1);
        QCOMPARE(countCalls(u"session"_s, u"get"_s), 3);
    }

    void ownershipRefusalIsNotARenewal()
    {
        // A USER session may not update someone else's entry: INVALID_KS with ERR_CODE -4
        // (§4.4). A new KS would not help, so there is no renewal and nothing is replayed.
        const QString entryId
            = m_http
                  .call(u"media"_s, u"add"_s,
                      {{u"ks"_s, m_adminKs},
                          {u"entry"_s,
                              QJsonObject {{u"objectType"_s, u"KalturaMediaEntry"_s},
                                  {u"mediaType"_s, 1}, {u"name"_s, u"theirs"_s},
                                  {u"userId"_s, u"someone-else"_s}}}})
                  .object()
                  .value(u"id"_s)
                  .toString();
        QVERIFY(!entryId.isEmpty());
        const QJsonObject t
            = m_http
                  .call(u"appToken"_s, u"add"_s,
                      {{u"ks"_s, m_adminKs},
                          {u"appToken"_s,
                              QJsonObject {{u"objectType"_s, u"KalturaAppToken"_s},
                                  {u"sessionType"_s, 0}, {u"sessionUserId"_s, u"me"_s}}}})
                  .object();
        Client client;
        configure(client);
        Session session(&client);
        QVERIFY(!signIn(session,
            Credentials::forAppToken(m_sandbox.partnerId(), t.value(u"id"_s).toString(),
                t.value(u"token"_s).toString(), AppTokenHashType::Sha1)));
        m_http.clearRequestLog();
        const auto update = [&] {
            return minikmc::api::Call(u"media"_s, u"update"_s)
                .set(u"entryId"_s, entryId)
                .set(u"mediaEntry"_s,
                    minikmc::api::KalturaObject(u"KalturaMediaEntry"_s).set(u"name"_s, u"mine"_s));
        };
        auto *reply = client.send(update());
        QSignalSpy failed(reply, &minikmc::api::Reply::failed);
        QVERIFY(failed.wait(10000));
        QCOMPARE(failed.first().first().value<Error>().code(), u"INVALID_KS"_s);
        // In a multirequest, the item that worked is not run twice.
        minikmc::api::MultiRequest mr;
        mr.add(minikmc::api::Call(u"media"_s, u"add"_s)
                   .set(u"entry"_s,
                       minikmc::api::KalturaObject(u"KalturaMediaEntry"_s)
                           .set(u"mediaType"_s, 1)
                           .set(u"name"_s, u"new"_s)));
        mr.add(update());
        auto *multi = client.send(mr);
        QSignalSpy done(multi, &minikmc::api::Reply::finished);
        QVERIFY(done.wait(10000));
        QCOMPARE(session.renewalCount(), 0);
        QCOMPARE(countCalls(u"appToken"_s, u"startSession"_s), 0);
        QCOMPARE(countCalls(u"media"_s, u"add"_s), 1);
        QCOMPARE(countCalls(u"media"_s, u"update"_s), 2);
    }

    void signOutForgetsTheSession()
    {
        SignedIn signedIn = signInWithNewToken(u"SHA256"_s);
        QVERIFY2(!signedIn.error, qPrintable(signedIn.error.toString()));
        Client &client = *signedIn.client;
        Session &session = *signedIn.session;
        session.signOut();
        QVERIFY(!client.hasKs());
        QVERIFY(!session.isSignedIn());
        QVERIFY(!session.nextRenewal().isValid());
        // Without credentials a refused call cannot be renewed: it fails saying so.
        auto *get = client.call<minikmc::api::SessionGet>();
        QSignalSpy failed(get, &minikmc::api::Reply::failed);
        QVERIFY(failed.wait(10000));
        const Error e = failed.first().first().value<Error>();
        QCOMPARE(e.category(), Error::Category::Cancelled);
        QVERIFY2(e.toString().contains(u"not signed in"_s), qPrintable(e.toString()));
    }
};

QTEST_GUILESS_MAIN(TestSession)
#include "tst_session.moc"
