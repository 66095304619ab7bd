// SPDX-License-Identifier: GPL-3.0-or-later
#include "auth/Accounts.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>
#include <QUrl>

#include <memory>

using namespace Qt::StringLiterals;

namespace minikmc::auth {

namespace {

const QString kGroup = u"accounts"_s;
const QString kCurrent = u"currentAccount"_s;

/// One file for the GUI and the CLI alike (both are mini-KMC; their application names differ).
std::unique_ptr<QSettings> settings()
{
    return std::make_unique<QSettings>(u"mini-KMC"_s, u"mini-KMC"_s);
}

Account read(QSettings &s, const QString &id)
{
    Account a;
    a.id = id;
    a.serviceUrl = s.value(u"serviceUrl"_s).toString();
    a.partnerId = s.value(u"partnerId"_s).toLongLong();
    a.userId = s.value(u"userId"_s).toString();
    a.displayName = s.value(u"displayName"_s).toString();
    a.appTokenId = s.value(u"appTokenId"_s).toString();
    a.hashType = api::appTokenHashTypeFromString(s.value(u"hashType"_s).toString())
                     .value_or(api::AppTokenHashType::Sha256);
    a.allowInsecureHttp = s.value(u"allowInsecureHttp"_s, false).toBool();
    return a;
}

} // namespace

QString Account::makeId(qint64 partnerId, const QString &appTokenId)
{
    return u"%1-%2"_s.arg(partnerId).arg(appTokenId);
}

QString Account::label() const
{
    const QString who = displayName.isEmpty() ? userId : displayName;
    const QString host = QUrl(serviceUrl).host();
    return QCoreApplication::translate("Account", "%1 — partner %2 (%3)")
        .arg(who.isEmpty() ? QCoreApplication::translate("Account", "AppToken %1").arg(appTokenId)
                           : who)
        .arg(partnerId)
        .arg(host);
}

QString keychainText(const Credentials &c)
{
    const QJsonObject o {{u"appTokenId"_s, c.appTokenId}, {u"appToken"_s, c.appToken},
        {u"hashType"_s, api::toString(c.hashType)}, {u"userId"_s, c.userId}};
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

std::optional<Credentials> credentialsFromKeychain(const Account &account, const QString &text)
{
    const QJsonObject o = QJsonDocument::fromJson(text.toUtf8()).object();
    const auto hashType = api::appTokenHashTypeFromString(o.value(u"hashType"_s).toString());
    const QString id = o.value(u"appTokenId"_s).toString();
    const QString token = o.value(u"appToken"_s).toString();
    if (id.isEmpty() || token.isEmpty() || !hashType)
        return std::nullopt;
    return Credentials::forAppToken(
        account.partnerId, id, token, *hashType, o.value(u"userId"_s).toString());
}

std::optional<EnvironmentAccount> accountFromEnvironment(QString *problem)
{
    if (qEnvironmentVariable("KALTURA_APP_TOKEN_ID").isEmpty())
        return std::nullopt;
    bool ok = false;
    const qint64 partnerId = qEnvironmentVariable("KALTURA_PARTNER_ID").toLongLong(&ok);
    const auto hashType = api::appTokenHashTypeFromString(
        qEnvironmentVariable("KALTURA_APP_TOKEN_HASH_TYPE", u"SHA256"_s));
    if (!ok || partnerId <= 0 || !hashType || qEnvironmentVariable("KALTURA_APP_TOKEN").isEmpty()
        || qEnvironmentVariable("KALTURA_SERVICE_URL").isEmpty()) {
        *problem = QCoreApplication::translate("Account",
            "KALTURA_APP_TOKEN_ID is set, so KALTURA_SERVICE_URL, KALTURA_PARTNER_ID (a number) "
            "and KALTURA_APP_TOKEN must be too (KALTURA_APP_TOKEN_HASH_TYPE: MD5, SHA1, SHA256 "
            "or SHA512)");
        return std::nullopt;
    }
    EnvironmentAccount env;
    env.account.serviceUrl = qEnvironmentVariable("KALTURA_SERVICE_URL");
    env.account.partnerId = partnerId;
    env.credentials = Credentials::forAppToken(partnerId,
        qEnvironmentVariable("KALTURA_APP_TOKEN_ID"), qEnvironmentVariable("KALTURA_APP_TOKEN"),
        *hashType, qEnvironmentVariable("KALTURA_USER_ID"));
    return env;
}

QList<Account> AccountSettings::accounts()
{
    auto settingsFile = settings();
    QSettings &s = *settingsFile;
    s.beginGroup(kGroup);
    QList<Account> out;
    for (const QString &id : s.childGroups()) {
        s.beginGroup(id);
        out.append(read(s, id));
        s.endGroup();
    }
    return out;
}

std::optional<Account> AccountSettings::account(const QString &id)
{
    auto settingsFile = settings();
    QSettings &s = *settingsFile;
    s.beginGroup(kGroup);
    if (id.isEmpty() || !s.childGroups().contains(id))
        return std::nullopt;
    s.beginGroup(id);
    return read(s, id);
}

void AccountSettings::save(const Account &a)
{
    auto settingsFile = settings();
    QSettings &s = *settingsFile;
    s.beginGroup(kGroup);
    s.beginGroup(a.id);
    s.setValue(u"serviceUrl"_s, a.serviceUrl);
    s.setValue(u"partnerId"_s, a.partnerId);
    s.setValue(u"userId"_s, a.userId);
    s.setValue(u"displayName"_s, a.displayName);
    s.setValue(u"appTokenId"_s, a.appTokenId);
    s.setValue(u"hashType"_s, api::toString(a.hashType));
    s.setValue(u"allowInsecureHttp"_s, a.allowInsecureHttp);
}

void AccountSettings::remove(const QString &id)
{
    auto settingsFile = settings();
    QSettings &s = *settingsFile;
    s.beginGroup(kGroup);
    s.remove(id);
    s.endGroup();
    if (s.value(kCurrent).toString() == id)
        s.remove(kCurrent);
}

QString AccountSettings::currentId()
{
    return settings()->value(kCurrent).toString();
}

void AccountSettings::setCurrentId(const QString &id)
{
    settings()->setValue(kCurrent, id);
}

std::optional<Account> AccountSettings::current()
{
    return account(currentId());
}

} // namespace minikmc::auth
