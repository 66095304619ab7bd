// SPDX-License-Identifier: GPL-3.0-or-later
// The test environment provides a real, unlocked Secret Service (gnome-keyring in a private D-Bus
// session, see scripts/test): a write, read and delete through QtKeychain round-trip a value.
// Refuses to run outside scripts/test so that it never touches a user's real keychain.
#include <QSignalSpy>
#include <QTest>
#include <QUuid>
#include <qt6keychain/keychain.h>

using namespace Qt::StringLiterals;

class TestKeychainEnv : public QObject {
    Q_OBJECT

    static QKeychain::Error run(QKeychain::Job *job, QString *text = nullptr)
    {
        job->setAutoDelete(false);
        QSignalSpy done(job, &QKeychain::Job::finished);
        job->start();
        if (!done.wait(10000))
            return QKeychain::OtherError;
        if (text) {
            if (auto *read = qobject_cast<QKeychain::ReadPasswordJob *>(job))
                *text = read->textData();
        }
        const QKeychain::Error e = job->error();
        if (e)
            qWarning() << "keychain:" << e << job->errorString();
        delete job;
        return e;
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (qEnvironmentVariable("MINIKMC_TEST_SANDBOXED") != u"1"_s)
            QSKIP("run through scripts/test (private HOME, D-Bus session and keyring)");
    }

    void roundTrip()
    {
        const QString service = u"minikmc-test"_s;
        const QString key = QUuid::createUuid().toString(QUuid::WithoutBraces);
        const QString secret = u"s3cr3t äö ✓"_s;
        auto *write = new QKeychain::WritePasswordJob(service);
        write->setKey(key);
        write->setTextData(secret);
        QCOMPARE(run(write), QKeychain::NoError);

        auto *read = new QKeychain::ReadPasswordJob(service);
        read->setKey(key);
        QString back;
        QCOMPARE(run(read, &back), QKeychain::NoError);
        QCOMPARE(back, secret);

        auto *del = new QKeychain::DeletePasswordJob(service);
        del->setKey(key);
        QCOMPARE(run(del), QKeychain::NoError);

        auto *again = new QKeychain::ReadPasswordJob(service);
        again->setKey(key);
        QCOMPARE(run(again), QKeychain::EntryNotFound);
    }
};

QTEST_GUILESS_MAIN(TestKeychainEnv)
#include "tst_keychain_env.moc"
