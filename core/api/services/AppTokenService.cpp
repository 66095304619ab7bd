// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/services/AppTokenService.h"

#include "api/JsonRead.h"
#include "api/KalturaObject.h"
#include "api/Logging.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace minikmc::api {

namespace {

struct HashTypeName {
    AppTokenHashType type;
    QString name;
    QCryptographicHash::Algorithm algorithm;
};

const HashTypeName kHashTypes[] = {
    {AppTokenHashType::Md5, u"MD5"_s, QCryptographicHash::Md5},
    {AppTokenHashType::Sha1, u"SHA1"_s, QCryptographicHash::Sha1},
    {AppTokenHashType::Sha256, u"SHA256"_s, QCryptographicHash::Sha256},
    {AppTokenHashType::Sha512, u"SHA512"_s, QCryptographicHash::Sha512},
};

const HashTypeName &entryFor(AppTokenHashType type)
{
    for (const HashTypeName &e : kHashTypes) {
        if (e.type == type)
            return e;
    }
    return kHashTypes[1];
}

Error shapeError(const QString &action, const QString &why, const QJsonValue &result)
{
    // The sample may hold a new secret (an AppToken's token, a KS) not yet registered for
    // redaction: hide them by key.
    return Error::parse(u"%1: %2"_s.arg(action, why),
        QJsonDocument(log::redactedParams(result.toObject())).toJson(QJsonDocument::Compact));
}

} // namespace

QString toString(AppTokenHashType type)
{
    return entryFor(type).name;
}

std::optional<AppTokenHashType> appTokenHashTypeFromString(const QString &text)
{
    for (const HashTypeName &e : kHashTypes) {
        if (e.name.compare(text.trimmed(), Qt::CaseInsensitive) == 0)
            return e.type;
    }
    return std::nullopt;
}

QString appTokenHash(AppTokenHashType type, const QString &ks, const QString &token)
{
    return QString::fromLatin1(
        QCryptographicHash::hash((ks + token).toUtf8(), entryFor(type).algorithm).toHex());
}

bool AppToken::fromJson(const QJsonValue &value, AppToken *token, QString *why)
{
    const QJsonObject o = value.toObject();
    if (o.value(u"objectType"_s).toString() != u"KalturaAppToken"_s) {
        *why = u"not a KalturaAppToken object"_s;
        return false;
    }
    AppToken t;
    t.id = o.value(u"id"_s).toString();
    t.token = o.value(u"token"_s).toString();
    // The server's default is SHA1 (§5.1).
    const auto hashType = appTokenHashTypeFromString(o.value(u"hashType"_s).toString());
    t.hashType = hashType.value_or(AppTokenHashType::Sha1);
    t.status = int(json::toInt64(o.value(u"status"_s)).value_or(0));
    t.sessionUserId = o.value(u"sessionUserId"_s).toString();
    if (const auto type = json::toInt64(o.value(u"sessionType"_s)))
        t.sessionType = int(*type);
    t.sessionDuration = json::toInt64(o.value(u"sessionDuration"_s)).value_or(0);
    if (const auto expiry = json::toInt64(o.value(u"expiry"_s)))
        t.expiry = QDateTime::fromSecsSinceEpoch(*expiry, Qt::UTC);
    t.description = o.value(u"description"_s).toString();
    if (t.id.isEmpty() || t.token.isEmpty()) {
        *why = u"id or token missing"_s;
        return false;
    }
    *token = t;
    return true;
}

AppTokenStartSession::AppTokenStartSession(
    const QString &id, const QString &tokenHash, const QString &ks, const QString &userId)
    : Reply(Call(u"appToken"_s, u"startSession"_s)
                .set(u"id"_s, id)
                .set(u"tokenHash"_s, tokenHash)
                .set(u"userId"_s, userId.isEmpty() ? QJsonValue() : QJsonValue(userId))
                // The hash was computed over this KS: it must go with the call, byte for byte.
                .set(u"ks"_s, ks)
                .setWithoutKs()
                .setIdempotent(true))
{
}

Error AppTokenStartSession::interpretResult(const QJsonValue &result)
{
    QString why;
    if (!SessionInfo::fromJson(result, &m_info, &why))
        return shapeError(u"appToken.startSession"_s, why, result);
    m_ks = result.toObject().value(u"ks"_s).toString();
    if (m_ks.isEmpty())
        return shapeError(u"appToken.startSession"_s, u"no ks in the answer"_s, result);
    return {};
}

AppTokenAdd::AppTokenAdd(const AppTokenSpec &spec)
    : Reply(Call(u"appToken"_s, u"add"_s)
                .set(u"appToken"_s,
                    KalturaObject(u"KalturaAppToken"_s)
                        .set(u"sessionUserId"_s, spec.sessionUserId)
                        .set(u"sessionType"_s, spec.sessionType)
                        .set(u"sessionDuration"_s, double(spec.sessionDuration))
                        .set(u"hashType"_s, toString(spec.hashType))
                        .set(u"description"_s, spec.description)))
{
}

Error AppTokenAdd::interpretResult(const QJsonValue &result)
{
    QString why;
    if (!AppToken::fromJson(result, &m_token, &why))
        return shapeError(u"appToken.add"_s, why, result);
    return {};
}

UserLoginByLoginId::UserLoginByLoginId(
    const QString &loginId, const QString &password, qint64 partnerId)
    : Reply(Call(u"user"_s, u"loginByLoginId"_s)
                .set(u"loginId"_s, loginId)
                .set(u"password"_s, password)
                .set(u"partnerId"_s, partnerId > 0 ? QJsonValue(double(partnerId)) : QJsonValue())
                .setWithoutKs())
{
}

Error UserLoginByLoginId::interpretResult(const QJsonValue &result)
{
    m_ks = result.toString();
    if (m_ks.isEmpty())
        return shapeError(u"user.loginByLoginId"_s, u"the answer is not a KS"_s, result);
    return {};
}

} // namespace minikmc::api
