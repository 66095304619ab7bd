// SPDX-License-Identifier: GPL-3.0-or-later
// The sign-in dialog, offscreen against the sandbox: nothing is sent until the input makes sense
// (partner id a number, both AppToken fields, http:// to another machine only when allowed),
// a refused token is explained inline with the dialog still open, and a good one signs in.
#include "SandboxProcess.h"
#include "api/Client.h"
#include "auth/SignIn.h"
#include "views/SignInDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabBar>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using minikmc::test::SandboxProcess;
using minikmc::ui::SignInDialog;

class TestSignInDialog : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    SandboxProcess m_sandbox;

    template<class T>
    static T *child(QWidget *parent, const char *name)
    {
        T *w = parent->findChild<T *>(QString::fromLatin1(name));
        if (!w)
            qWarning("no %s", name);
        return w;
    }

    static void type(QLineEdit *edit, const QString &text)
    {
        edit->clear();
        QTest::keyClicks(edit, text);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(m_sandbox.start(m_dir.filePath(u"data"_s)), qPrintable(m_sandbox.error()));
    }

    void validatesBeforeSending()
    {
        minikmc::api::Client client;
        minikmc::auth::SignIn signIn(&client);
        SignInDialog dialog(&signIn);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *button = child<QPushButton>(&dialog, "signInButton");
        auto *server = child<QComboBox>(&dialog, "serverCombo");
        auto *custom = child<QLineEdit>(&dialog, "customUrlEdit");
        auto *partner = child<QLineEdit>(&dialog, "partnerIdEdit");
        auto *tokenId = child<QLineEdit>(&dialog, "tokenIdEdit");
        auto *token = child<QLineEdit>(&dialog, "tokenEdit");
        auto *allowHttp = child<QCheckBox>(&dialog, "allowHttpCheck");
        QVERIFY(button && server && custom && partner && tokenId && token && allowHttp);

        // The regional presets are offered; the default is the main SaaS endpoint.
        QCOMPARE(server->currentData().toString(), u"https://www.kaltura.com"_s);
        QVERIFY(server->count() >= 7);
        QVERIFY(!button->isEnabled());
        type(partner, u"12ab34"_s); // the validator keeps digits only
        QCOMPARE(partner->text(), u"1234"_s);
        type(tokenId, u"0_abc"_s);
        QVERIFY(!button->isEnabled()); // no token yet
        type(token, u"deadbeef"_s);
        QVERIFY(button->isEnabled());

        // Plain http:// to another machine needs an explicit permission.
        server->setCurrentIndex(server->count() - 1);
        type(custom, u"http://kaltura.example.com"_s);
        QVERIFY(allowHttp->isVisibleTo(&dialog));
        QVERIFY(!button->isEnabled());
        QVERIFY(button->toolTip().contains(u"http://"_s));
        allowHttp->setChecked(true);
        QVERIFY(button->isEnabled());
        // Loopback is fine without it.
        type(custom, u"http://127.0.0.1:8080"_s);
        QVERIFY(!allowHttp->isVisibleTo(&dialog));

        // The password tab wants an email address and a password.
        child<QTabBar>(&dialog, "methodTabs")->setCurrentIndex(1);
        QVERIFY(!button->isEnabled());
        type(child<QLineEdit>(&dialog, "emailEdit"), u"editor@example.com"_s);
        type(child<QLineEdit>(&dialog, "passwordEdit"), u"secret"_s);
        QVERIFY(button->isEnabled());
    }

    void signsInOrSaysWhyNot()
    {
        minikmc::api::Client client;
        minikmc::auth::SignIn signIn(&client);
        SignInDialog dialog(&signIn);
        dialog.setServer(m_sandbox.serviceUrl(), m_sandbox.partnerId());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        child<QCheckBox>(&dialog, "rememberCheck")->setChecked(false);
        type(child<QLineEdit>(&dialog, "tokenIdEdit"),
            m_sandbox.ready().value(u"appTokenId"_s).toString());
        const QString token = m_sandbox.ready().value(u"appToken"_s).toString();
        QString wrong = token;
        wrong[0] = token.at(0) == u'0' ? u'1' : u'0'; // surely not the token
        type(child<QLineEdit>(&dialog, "tokenEdit"), wrong);
        auto *button = child<QPushButton>(&dialog, "signInButton");
        auto *message = child<QLabel>(&dialog, "signInMessage");

        QSignalSpy failed(&signIn, &minikmc::auth::SignIn::signInFailed);
        QTest::mouseClick(button, Qt::LeftButton);
        QVERIFY(failed.wait(20000));
        QVERIFY(dialog.isVisible());
        QVERIFY(message->isVisible());
        QVERIFY2(message->text().contains(u"token"_s), qPrintable(message->text()));
        QVERIFY(button->isEnabled()); // the user can correct and try again

        type(child<QLineEdit>(&dialog, "tokenEdit"), token);
        QSignalSpy finished(&dialog, &QDialog::finished);
        QTest::mouseClick(button, Qt::LeftButton);
        QVERIFY(finished.wait(20000));
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QVERIFY(signIn.session()->isSignedIn());
        QCOMPARE(signIn.account().partnerId, m_sandbox.partnerId());
    }
};

QTEST_MAIN(TestSignInDialog)
#include "tst_signindialog.moc"
