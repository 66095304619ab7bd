// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/services/AppTokenService.h"
#include "auth/Session.h"

#include <QList>
#include <QString>

#include <optional>

namespace minikmc::auth {

/// What the app remembers about an account, outside the keychain: nothing secret. The AppToken
/// secret is in the OS keychain under the account's id (CredentialStore).
struct Account {
    QString id; ///< stable key: "{partnerId}-{appTokenId}"
    QString serviceUrl;
    qint64 partnerId = 0;
    QString userId;
    QString displayName;
    QString appTokenId;
    api::AppTokenHashType hashType = api::AppTokenHashType::Sha256;
    /// The user allowed plain http:// to a host that is not this machine, for this account.
    bool allowInsecureHttp = false;

    static QString makeId(qint64 partnerId, const QString &appTokenId);
    /// "Dana Editor — partner 1234567 (www.kaltura.com)" style label for menus.
    QString label() const;
};

/// The keychain item of an account: its AppToken id, secret and hash type, as JSON text.
QString keychainText(const Credentials &appToken);
/// The AppToken credentials of an account from its keychain item; nullopt when the text is not
/// one (the item was written by something else).
std::optional<Credentials> credentialsFromKeychain(const Account &account, const QString &text);

/// An account given by the environment instead of remembered: KALTURA_SERVICE_URL,
/// KALTURA_PARTNER_ID, KALTURA_APP_TOKEN_ID, KALTURA_APP_TOKEN, and optionally
/// KALTURA_APP_TOKEN_HASH_TYPE (default SHA256) and KALTURA_USER_ID. nullopt when
/// KALTURA_APP_TOKEN_ID is not set, or (with *problem saying what) when the others are wrong.
struct EnvironmentAccount {
    Account account;
    Credentials credentials;
};
std::optional<EnvironmentAccount> accountFromEnvironment(QString *problem);

/// The remembered accounts, in QSettings (group "accounts"), typed: several accounts, one of
/// them current. Reads and writes go straight to QSettings (the app's organisation/name).
class AccountSettings {
public:
    static QList<Account> accounts();
    static std::optional<Account> account(const QString &id);
    /// Adds or replaces (same id) an account.
    static void save(const Account &account);
    static void remove(const QString &id);
    static QString currentId();
    static void setCurrentId(const QString &id);
    static std::optional<Account> current();
};

} // namespace minikmc::auth
