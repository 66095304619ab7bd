// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/SignInDialog.h"

#include "api/ServiceUrl.h"
#include "auth/SignIn.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHostInfo>
#include <QIntValidator>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QStackedWidget>
#include <QTabBar>
#include <QUrl>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;
using minikmc::auth::Account;
using minikmc::auth::Credentials;

namespace minikmc::ui {

namespace {

constexpr int kCustom = -1;

} // namespace

QList<QPair<QString, QString>> SignInDialog::presets()
{
    return {
        {tr("Kaltura (www.kaltura.com)"), u"https://www.kaltura.com"_s},
        {tr("Kaltura Europe (api.eu.kaltura.com)"), u"https://api.eu.kaltura.com"_s},
        {tr("Kaltura Germany (api.de.kaltura.com)"), u"https://api.de.kaltura.com"_s},
        {tr("Kaltura Singapore (api.sg.kaltura.com)"), u"https://api.sg.kaltura.com"_s},
        {tr("Kaltura Canada (api.ca.kaltura.com)"), u"https://api.ca.kaltura.com"_s},
        {tr("Kaltura Asia Pacific (api.ap.kaltura.com)"), u"https://api.ap.kaltura.com"_s},
    };
}

SignInDialog::SignInDialog(auth::SignIn *signIn, QWidget *parent)
    : QDialog(parent)
    , m_signIn(signIn)
{
    setWindowTitle(tr("Sign In to Kaltura"));
    setObjectName(u"signInDialog"_s);

    m_server = new QComboBox(this);
    m_server->setObjectName(u"serverCombo"_s);
    for (const auto &[label, url] : presets())
        m_server->addItem(label, url);
    m_server->addItem(tr("Other server…"), kCustom);
    m_customUrl = new QLineEdit(this);
    m_customUrl->setObjectName(u"customUrlEdit"_s);
    m_customUrl->setPlaceholderText(tr("https://kaltura.example.com"));
    m_customUrl->setAccessibleName(tr("Server address"));
    m_partnerId = new QLineEdit(this);
    m_partnerId->setObjectName(u"partnerIdEdit"_s);
    m_partnerId->setValidator(new QIntValidator(1, std::numeric_limits<int>::max(), m_partnerId));
    m_partnerId->setPlaceholderText(tr("e.g. 1234567"));
    m_partnerId->setAccessibleName(tr("Partner id"));

    m_method = new QTabBar(this);
    m_method->setObjectName(u"methodTabs"_s);
    m_method->addTab(tr("AppToken"));
    m_method->addTab(tr("Email and password"));
    m_method->setExpanding(false);

    auto *tokenPage = new QWidget(this);
    auto *tokenForm = new QFormLayout(tokenPage);
    m_tokenId = new QLineEdit(tokenPage);
    m_tokenId->setObjectName(u"tokenIdEdit"_s);
    m_tokenId->setPlaceholderText(tr("e.g. 0_abcd1234"));
    m_token = new QLineEdit(tokenPage);
    m_token->setObjectName(u"tokenEdit"_s);
    m_token->setEchoMode(QLineEdit::Password);
    m_hashType = new QComboBox(tokenPage);
    m_hashType->setObjectName(u"hashTypeCombo"_s);
    for (const char *type : {"SHA256", "SHA1", "SHA512", "MD5"})
        m_hashType->addItem(QString::fromLatin1(type));
    tokenForm->addRow(tr("AppToken &id:"), m_tokenId);
    tokenForm->addRow(tr("&Token:"), m_token);
    tokenForm->addRow(tr("&Hash type:"), m_hashType);

    auto *passwordPage = new QWidget(this);
    auto *passwordForm = new QFormLayout(passwordPage);
    m_email = new QLineEdit(passwordPage);
    m_email->setObjectName(u"emailEdit"_s);
    m_password = new QLineEdit(passwordPage);
    m_password->setObjectName(u"passwordEdit"_s);
    m_password->setEchoMode(QLineEdit::Password);
    m_createToken = new QCheckBox(
        tr("Create an AppToken for this computer, so the password is never needed again"),
        passwordPage);
    m_createToken->setObjectName(u"createTokenCheck"_s);
    m_createToken->setChecked(true);
    passwordForm->addRow(tr("&Email:"), m_email);
    passwordForm->addRow(tr("&Password:"), m_password);
    passwordForm->addRow(m_createToken);

    m_pages = new QStackedWidget(this);
    m_pages->addWidget(tokenPage);
    m_pages->addWidget(passwordPage);

    m_remember = new QCheckBox(tr("&Remember me on this computer (in the system keychain)"), this);
    m_remember->setObjectName(u"rememberCheck"_s);
    m_remember->setChecked(true);
    m_allowHttp = new QCheckBox(
        tr("Allow plain http:// to this server (the session key travels unencrypted)"), this);
    m_allowHttp->setObjectName(u"allowHttpCheck"_s);
    m_allowHttp->setVisible(false);

    m_message = new QLabel(this);
    m_message->setObjectName(u"signInMessage"_s);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->setForegroundRole(QPalette::BrightText);
    m_message->setAutoFillBackground(false);
    m_message->setVisible(false);
    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 0);
    m_progress->setTextVisible(false);
    m_progress->setMaximumHeight(6);
    m_progress->setVisible(false);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Sign In"));
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(u"signInButton"_s);

    auto *form = new QFormLayout;
    form->addRow(tr("&Server:"), m_server);
    form->addRow(QString(), m_customUrl);
    form->addRow(tr("&Partner id:"), m_partnerId);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_method);
    layout->addWidget(m_pages);
    layout->addWidget(m_remember);
    layout->addWidget(m_allowHttp);
    layout->addWidget(m_message);
    layout->addWidget(m_progress);
    layout->addWidget(m_buttons);
    setMinimumWidth(520);

    auto updateCustom = [this] {
        const bool custom = m_server->currentData().toInt() == kCustom;
        m_customUrl->setVisible(custom);
        if (custom)
            m_customUrl->setFocus();
        validate();
    };
    connect(m_server, &QComboBox::currentIndexChanged, this, updateCustom);
    connect(m_method, &QTabBar::currentChanged, this, [this](int index) {
        m_pages->setCurrentIndex(index);
        m_remember->setEnabled(index == 0);
        validate();
    });
    for (QLineEdit *edit : {m_customUrl, m_partnerId, m_tokenId, m_token, m_email, m_password})
        connect(edit, &QLineEdit::textChanged, this, &SignInDialog::validate);
    connect(m_allowHttp, &QCheckBox::toggled, this, &SignInDialog::validate);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &SignInDialog::submit);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    connect(m_signIn, &auth::SignIn::signedIn, this, &SignInDialog::onSignedIn);
    connect(m_signIn, &auth::SignIn::signInFailed, this,
        [this](const QString &message) { onFailed(message); });
    connect(m_signIn, &auth::SignIn::keychainProblem, this,
        [this](auth::CredentialStore::Problem, const QString &message) {
            onKeychainProblem(message);
        });
    connect(m_signIn, &auth::SignIn::remembered, this, [this] {
        if (!m_busy)
            return;
        m_password->clear(); // traded for the AppToken now in the keychain
        accept();
    });
    connect(m_signIn, &auth::SignIn::appTokenFailed, this,
        [this](const QString &message) { onSessionOnly(message); });
    updateCustom();
}

void SignInDialog::setServer(const QString &serviceUrl, qint64 partnerId)
{
    const QString normalised = QUrl(serviceUrl).adjusted(QUrl::StripTrailingSlash).toString();
    const int preset = m_server->findData(normalised);
    if (preset >= 0) {
        m_server->setCurrentIndex(preset);
    } else if (!serviceUrl.isEmpty()) {
        m_server->setCurrentIndex(m_server->count() - 1);
        m_customUrl->setText(serviceUrl);
    }
    if (partnerId > 0)
        m_partnerId->setText(QString::number(partnerId));
    validate();
}

void SignInDialog::showProblem(const QString &text)
{
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
}

QString SignInDialog::serviceUrl() const
{
    return m_server->currentData().toInt() == kCustom ? m_customUrl->text().trimmed()
                                                      : m_server->currentData().toString();
}

bool SignInDialog::usesAppToken() const
{
    return m_method->currentIndex() == 0;
}

QString SignInDialog::problemWithInput() const
{
    QString urlError;
    if (serviceUrl().isEmpty())
        return tr("Enter the server address.");
    if (!api::ServiceUrl::fromUserInput(serviceUrl(), &urlError).isValid())
        return urlError;
    if (m_partnerId->text().toLongLong() <= 0)
        return tr("Enter the partner id (a number, shown in the Kaltura console under Settings).");
    if (usesAppToken()) {
        if (m_tokenId->text().trimmed().isEmpty() || m_token->text().trimmed().isEmpty())
            return tr("Enter the AppToken id and its token.");
        if (m_token->text().trimmed().contains(u' '))
            return tr("The token contains a space: paste it again.");
    } else if (!m_email->text().contains(u'@') || m_password->text().isEmpty()) {
        return tr("Enter your email address and password.");
    }
    Account probe;
    probe.serviceUrl = serviceUrl();
    probe.allowInsecureHttp = m_allowHttp->isChecked();
    return auth::SignIn::checkServiceUrl(probe);
}

void SignInDialog::validate()
{
    Account probe;
    probe.serviceUrl = serviceUrl();
    // The http:// permission is offered only when it is needed.
    m_allowHttp->setVisible(!auth::SignIn::checkServiceUrl(probe).isEmpty());
    const QString problem = problemWithInput();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty() && !m_busy);
    m_buttons->button(QDialogButtonBox::Ok)->setToolTip(problem);
}

void SignInDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_progress->setVisible(busy);
    for (QWidget *w : std::initializer_list<QWidget *> {
             m_server, m_customUrl, m_partnerId, m_method, m_pages, m_remember, m_allowHttp})
        w->setEnabled(!busy);
    validate();
}

void SignInDialog::submit()
{
    if (!problemWithInput().isEmpty() || m_busy)
        return;
    Account account;
    account.serviceUrl = serviceUrl();
    account.partnerId = m_partnerId->text().toLongLong();
    account.allowInsecureHttp = m_allowHttp->isChecked();
    const Credentials credentials = usesAppToken()
        ? Credentials::forAppToken(account.partnerId, m_tokenId->text().trimmed(),
            m_token->text().trimmed(), *api::appTokenHashTypeFromString(m_hashType->currentText()))
        : Credentials::forPassword(
            account.partnerId, m_email->text().trimmed(), m_password->text());
    showProblem(tr("Signing in…"));
    setBusy(true);
    m_waitingForToken = false;
    m_signIn->signInNew(account, credentials, usesAppToken() && m_remember->isChecked());
}

void SignInDialog::onSignedIn()
{
    if (!m_busy)
        return;
    if (!usesAppToken() && m_createToken->isChecked() && !m_waitingForToken) {
        // The password worked; trade it for an AppToken for this computer.
        m_waitingForToken = true;
        showProblem(tr("Signed in. Creating an AppToken for this computer…"));
        m_signIn->createAppTokenForThisDesktop(QHostInfo::localHostName());
        return;
    }
    const bool remembering = m_waitingForToken || (usesAppToken() && m_remember->isChecked());
    if (!remembering)
        accept(); // otherwise accepted when the keychain has it (remembered())
}

void SignInDialog::onFailed(const QString &message)
{
    if (!m_busy)
        return;
    setBusy(false);
    showProblem(message);
}

void SignInDialog::onKeychainProblem(const QString &message)
{
    onSessionOnly(message);
}

void SignInDialog::onSessionOnly(const QString &why)
{
    if (!m_busy)
        return;
    // The session works; only remembering it failed. Say so, and go on for this session.
    setBusy(false);
    showProblem(why + u"\n\n"_s
        + tr("You are signed in for this session only. Press Sign In again to retry, or "
             "Continue."));
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Continue"));
    disconnect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::accept);
}

} // namespace minikmc::ui
