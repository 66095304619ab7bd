// SPDX-License-Identifier: GPL-3.0-or-later
// Accounts end to end, with the real keychain (gnome-keyring in scripts/test's private D-Bus
// session) and the sandbox: remember an AppToken and sign in again without any input; password
// sign-in traded for an AppToken of this desktop; sign-out that forgets; plain http:// refused;
// no keychain at all (a clear error, session-only still works); and no secret anywhere on disk.
#include "SandboxHttp.h"
#include "SandboxProcess.h"
#include "api/Client.h"
#include "auth/SignIn.h"

#include <QDirIterator>
#include <QHostInfo>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using minikmc::api::AppTokenHashType;
using minikmc::api::Client;
using minikmc::auth::Account;
using minikmc::auth::AccountSettings;
using minikmc::auth::Credentials;
using minikmc::auth::CredentialStore;
using minikmc::auth::SignIn;
using minikmc::test::SandboxHttp;
using minikmc::test::SandboxProcess;

class TestSignIn : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    SandboxProcess m_sandbox;
    SandboxHttp m_http {m_sandbox};
    QStringList m_secrets; ///< every secret the test saw: none may be found on disk

    Account account() const
    {
        Account a;
        a.serviceUrl = m_sandbox.serviceUrl();
        a.partnerId = m_sandbox.partnerId();
        return a;
    }

    Credentials demoToken() const
    {
        const QJsonObject r = m_sandbox.ready();
        return Credentials::forAppToken(m_sandbox.partnerId(), r.value(u"appTokenId"_s).toString(),
            r.value(u"appToken"_s).toString(), AppTokenHashType::Sha256);
    }

    /// Waits for one of the signals; true when `success` came.
    template<class Success>
    bool waitFor(SignIn &signIn, Success success)
    {
        QSignalSpy ok(&signIn, success);
        QSignalSpy failed(&signIn, &SignIn::signInFailed);
        QSignalSpy keychain(&signIn, &SignIn::keychainProblem);
        const bool done = QTest::qWaitFor(
            [&] { return !ok.isEmpty() || !failed.isEmpty() || !keychain.isEmpty(); }, 20000);
        if (!failed.isEmpty())
            qWarning() << "sign-in failed:" << failed.first().first().toString();
        if (!keychain.isEmpty())
            qWarning() << "keychain:" << keychain.first().at(1).toString();
        return done && !ok.isEmpty();
    }

    void remember(const Client &client) { m_secrets << client.ks(); }

    QProcess *cli(const QStringList &args, const QProcessEnvironment &env)
    {
        auto *p = new QProcess(this);
        p->setProcessEnvironment(env);
        p->start(QStringLiteral(MINIKMC_CLI_BINARY), args);
        p->waitForFinished(30000);
        return p;
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (qEnvironmentVariable("MINIKMC_TEST_SANDBOXED") != u"1"_s)
            QSKIP("run through scripts/test (private HOME, D-Bus session and keyring)");
        QVERIFY(m_dir.isValid());
        QVERIFY2(m_sandbox.start(m_dir.filePath(u"data"_s)), qPrintable(m_sandbox.error()));
        m_secrets << m_sandbox.ready().value(u"appToken"_s).toString()
                  << m_sandbox.ready().value(u"password"_s).toString();
    }

    void rememberedAccountNeedsNoInputNextTime()
    {
        QString accountId;
        {
            Client client;
            SignIn signIn(&client);
            signIn.signInNew(account(), demoToken(), true);
            QVERIFY(waitFor(signIn, &SignIn::remembered));
            accountId = signIn.account().id;
            remember(client);
        }
        QCOMPARE(AccountSettings::currentId(), accountId);
        QCOMPARE(AccountSettings::current()->serviceUrl, m_sandbox.serviceUrl());
        // "Restart": a new client signs in with the keychain's AppToken alone.
        Client client;
        SignIn signIn(&client);
        signIn.signInStored(accountId);
        QVERIFY(waitFor(signIn, &SignIn::signedIn));
        QCOMPARE(signIn.session()->info().userId, m_sandbox.ready().value(u"userId"_s).toString());
        remember(client);
    }

    void passwordBecomesAnAppTokenForThisDesktop()
    {
        QString accountId;
        {
            Client client;
            SignIn signIn(&client);
            const QJsonObject r = m_sandbox.ready();
            signIn.signInNew(account(),
                Credentials::forPassword(m_sandbox.partnerId(), r.value(u"loginId"_s).toString(),
                    r.value(u"password"_s).toString()),
                true);
            QVERIFY(waitFor(signIn, &SignIn::signedIn));
            signIn.createAppTokenForThisDesktop(u"test-machine"_s);
            QVERIFY(waitFor(signIn, &SignIn::remembered));
            accountId = signIn.account().id;
            remember(client);
        }
        // The token exists on the server for the signed-in user, described for this machine.
        const QString adminKs = m_http.startSession(2);
        const QJsonArray tokens = m_http.call(u"appToken"_s, u"list"_s, {{u"ks"_s, adminKs}})
                                      .object()
                                      .value(u"objects"_s)
                                      .toArray();
        const QString tokenId = AccountSettings::account(accountId)->appTokenId;
        bool found = false;
        for (const QJsonValue &t : tokens) {
            const QJsonObject o = t.toObject();
            if (o.value(u"id"_s).toString() != tokenId)
                continue;
            found = true;
            QCOMPARE(o.value(u"hashType"_s).toString(), u"SHA256"_s);
            QVERIFY(o.value(u"description"_s).toString().contains(u"test-machine"_s));
            QCOMPARE(o.value(u"sessionUserId"_s).toString(),
                m_sandbox.ready().value(u"userId"_s).toString());
            m_secrets << o.value(u"token"_s).toString();
        }
        QVERIFY(found);
        // Next start: no password needed.
        Client client;
        SignIn signIn(&client);
        signIn.signInStored(accountId);
        QVERIFY(waitFor(signIn, &SignIn::signedIn));
        remember(client);
    }

    void signOutAndForget()
    {
        Client client;
        SignIn signIn(&client);
        signIn.signInNew(account(), demoToken(), true);
        QVERIFY(waitFor(signIn, &SignIn::remembered));
        const QString id = signIn.account().id;
        signIn.signOut(true);
        QVERIFY(!client.hasKs());
        QVERIFY(!AccountSettings::account(id));
        CredentialStore store;
        QSignalSpy failed(&store, &CredentialStore::failed);
        QSignalSpy loaded(&store, &CredentialStore::loaded);
        store.load(id);
        QVERIFY(QTest::qWaitFor([&] { return !failed.isEmpty() || !loaded.isEmpty(); }, 10000));
        QVERIFY(loaded.isEmpty());
        QCOMPARE(failed.first().at(1).value<CredentialStore::Problem>(),
            CredentialStore::Problem::NotFound);
    }

    void plainHttpToAnotherMachineIsRefused()
    {
        Client client;
        SignIn signIn(&client);
        Account remote = account();
        remote.serviceUrl = u"http://kaltura.example.invalid"_s;
        QSignalSpy failed(&signIn, &SignIn::signInFailed);
        signIn.signInNew(remote, demoToken(), false);
        QVERIFY(failed.isEmpty()); // reported on the next turn of the event loop, never inside
        QVERIFY(failed.wait(2000)); // refused before anything is sent
        QVERIFY(failed.first().first().toString().contains(u"http://"_s));
        // Allowed for this account, it is tried (and fails to resolve).
        remote.allowInsecureHttp = true;
        signIn.signInNew(remote, demoToken(), false);
        QVERIFY(failed.wait(30000));
        QVERIFY2(failed.last().first().toString().contains(u"cannot be reached"_s),
            qPrintable(failed.last().first().toString()));
    }

    void withoutAKeychainSessionOnlyStillWorks()
    {
        const QJsonObject r = m_sandbox.ready();
        QProcessEnvironment env = m_sandbox.appTokenEnvironment();
        env.insert(u"DBUS_SESSION_BUS_ADDRESS"_s, u"unix:path=/nonexistent/bus"_s);
        QProcess *login
            = cli({u"login"_s, u"--app-token-id"_s, r.value(u"appTokenId"_s).toString()}, env);
        QCOMPARE(login->exitCode(), 1);
        QVERIFY2(login->readAllStandardError().contains("No keychain is available"),
            "a missing keychain must be named as such");
        // Session-only: the environment's AppToken signs in without any keychain.
        QProcess *whoami = cli({u"whoami"_s, u"--json"_s}, env);
        QCOMPARE(whoami->exitCode(), 0);
        QVERIFY(whoami->readAllStandardOutput().contains(r.value(u"userId"_s).toString().toUtf8()));
    }

    void cleanupTestCase()
    {
        if (m_secrets.isEmpty())
            return;
        // No AppToken secret, password or KS in any file of the test's HOME and XDG dirs.
        QStringList roots {QDir::homePath()};
        for (const char *var : {"XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME"}) {
            if (!qEnvironmentVariable(var).isEmpty())
                roots << qEnvironmentVariable(var);
        }
        int files = 0;
        for (const QString &root : roots) {
            QDirIterator it(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
            while (it.hasNext()) {
                QFile f(it.next());
                // The keyring's own encrypted store is where the secrets belong.
                if (f.fileName().contains(u"/keyrings/"_s) || !f.open(QIODevice::ReadOnly))
                    continue;
                ++files;
                const QByteArray bytes = f.readAll();
                for (const QString &secret : std::as_const(m_secrets)) {
                    if (!secret.isEmpty())
                        QVERIFY2(!bytes.contains(secret.toUtf8()), qPrintable(f.fileName()));
                }
            }
        }
        QVERIFY(files > 0); // the settings file at least was looked at
    }
};

QTEST_GUILESS_MAIN(TestSignIn)
#include "tst_signin.moc"
