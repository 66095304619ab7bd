// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QStackedWidget;
class QTabBar;

namespace minikmc::auth {
class SignIn;
struct Account;
} // namespace minikmc::auth

namespace minikmc::ui {

/// The sign-in dialog: server (regional presets or a custom address), partner id, and an
/// AppToken (id, secret, hash type) or an email and password. Inputs are checked before anything
/// is sent; signing in shows progress and errors inline; the work is done by auth::SignIn.
/// Accepted once signed in.
class SignInDialog final : public QDialog {
    Q_OBJECT
public:
    explicit SignInDialog(minikmc::auth::SignIn *signIn, QWidget *parent = nullptr);

    /// Pre-fills the server and partner (e.g. from the remembered account or the environment).
    void setServer(const QString &serviceUrl, qint64 partnerId);
    /// Shows why the dialog is needed (e.g. a remembered account that could not sign in).
    void showProblem(const QString &text);

    /// The Kaltura endpoints offered (KALTURA-API.md §9): label → URL.
    static QList<QPair<QString, QString>> presets();

private:
    void validate();
    QString problemWithInput() const;
    void submit();
    void setBusy(bool busy);
    void onSignedIn();
    void onFailed(const QString &message);
    void onKeychainProblem(const QString &message);
    /// Signed in, but nothing can be remembered (keychain, AppToken creation): say why and
    /// let the user continue for this session.
    void onSessionOnly(const QString &why);
    QString serviceUrl() const;
    bool usesAppToken() const;

    minikmc::auth::SignIn *m_signIn;
    QComboBox *m_server = nullptr;
    QLineEdit *m_customUrl = nullptr;
    QLineEdit *m_partnerId = nullptr;
    QTabBar *m_method = nullptr;
    QStackedWidget *m_pages = nullptr;
    QLineEdit *m_tokenId = nullptr;
    QLineEdit *m_token = nullptr;
    QComboBox *m_hashType = nullptr;
    QLineEdit *m_email = nullptr;
    QLineEdit *m_password = nullptr;
    QCheckBox *m_createToken = nullptr;
    QCheckBox *m_remember = nullptr;
    QCheckBox *m_allowHttp = nullptr;
    QLabel *m_message = nullptr;
    QProgressBar *m_progress = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    bool m_busy = false;
    bool m_waitingForToken = false; ///< password sign-in done, AppToken being created
};

} // namespace minikmc::ui
