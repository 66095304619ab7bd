// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/Reply.h"
#include "api/services/SessionService.h"

#include <QDateTime>

#include <optional>

namespace minikmc::api {

/// `KalturaAppTokenHashType` (KALTURA-API.md §5.1): how a token hash is computed.
enum class AppTokenHashType { Md5, Sha1, Sha256, Sha512 };

/// "MD5", "SHA1", "SHA256", "SHA512".
QString toString(AppTokenHashType type);
std::optional<AppTokenHashType> appTokenHashTypeFromString(const QString &text);
/// lowercase hex(hash(ks + token)): the tokenHash of appToken.startSession (§5.2 step 3).
QString appTokenHash(AppTokenHashType type, const QString &ks, const QString &token);

/// A `KalturaAppToken` as the server describes it (§5.1). `token` is the secret.
struct AppToken {
    QString id;
    QString token;
    AppTokenHashType hashType = AppTokenHashType::Sha1;
    int status = 0; ///< 1 DISABLED, 2 ACTIVE, 3 DELETED
    QString sessionUserId;
    std::optional<int> sessionType;
    qint64 sessionDuration = 0;
    QDateTime expiry; ///< invalid: never expires
    QString description;

    static bool fromJson(const QJsonValue &value, AppToken *token, QString *why);
};

/// `appToken.startSession(id, tokenHash, …)` with the KS whose hash was computed (normally a
/// widget KS): the new session's KS and KalturaSessionInfo. Sent without the client's KS.
class AppTokenStartSession final : public Reply {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AppTokenStartSession)
public:
    AppTokenStartSession(
        const QString &id, const QString &tokenHash, const QString &ks, const QString &userId = {});
    QString ks() const { return m_ks; }
    SessionInfo info() const { return m_info; }

protected:
    Error interpretResult(const QJsonValue &result) override;

private:
    QString m_ks;
    SessionInfo m_info;
};

/// What appToken.add asks for (§5.1): the token's forced user and session type, the session
/// lifetime, the hash type and a description.
struct AppTokenSpec {
    QString sessionUserId;
    int sessionType = 2;
    qint64 sessionDuration = 86400;
    AppTokenHashType hashType = AppTokenHashType::Sha256;
    QString description;
};

/// `appToken.add(appToken)` (needs an ADMIN KS) → the new token with its secret.
class AppTokenAdd final : public Reply {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AppTokenAdd)
public:
    explicit AppTokenAdd(const AppTokenSpec &spec);
    AppToken token() const { return m_token; }

protected:
    Error interpretResult(const QJsonValue &result) override;

private:
    AppToken m_token;
};

/// `user.loginByLoginId(loginId, password, partnerId)` → a KS (§5.3). Sent without a KS; never
/// repeated automatically (a wrong password counts against the account's login attempts).
class UserLoginByLoginId final : public Reply {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UserLoginByLoginId)
public:
    UserLoginByLoginId(const QString &loginId, const QString &password, qint64 partnerId);
    QString ks() const { return m_ks; }

protected:
    Error interpretResult(const QJsonValue &result) override;

private:
    QString m_ks;
};

} // namespace minikmc::api
