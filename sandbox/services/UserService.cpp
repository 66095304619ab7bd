// SPDX-License-Identifier: GPL-3.0-or-later
// user: loginByLoginId and get (KALTURA-API.md §5.3), and the demo user.
#include "api/ApiError.h"
#include "api/Dispatcher.h"
#include "services/Services.h"
#include "store/Store.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace sandbox {

namespace {

constexpr qint64 kDefaultExpiry = 86400;
const QString kDemoUserId = u"editor@sandbox.local"_s;

QString passwordHash(const QString &salt, const QString &password)
{
    return QString::fromLatin1(
        QCryptographicHash::hash((salt + password).toUtf8(), QCryptographicHash::Sha256).toHex());
}

QJsonObject userJson(const QSqlQuery &q)
{
    const QString first = q.value(2).toString();
    const QString last = q.value(3).toString();
    return QJsonObject {{u"id"_s, q.value(0).toString()},
        {u"partnerId"_s, double(q.value(1).toLongLong())}, {u"firstName"_s, first},
        {u"lastName"_s, last}, {u"fullName"_s, (first + u' ' + last).trimmed()},
        {u"screenName"_s, q.value(0).toString()}, {u"email"_s, q.value(4).toString()},
        {u"isAdmin"_s, q.value(5).toBool()}, {u"loginEnabled"_s, !q.value(6).isNull()},
        {u"status"_s, q.value(7).toInt()}, {u"createdAt"_s, double(q.value(8).toLongLong())},
        {u"updatedAt"_s, double(q.value(9).toLongLong())}, {u"type"_s, 0},
        {u"objectType"_s, u"KalturaUser"_s}};
}

QJsonValue loginByLoginId(CallContext &ctx)
{
    const Store::Partner partner = Store::partner();
    const QString loginId = ctx.requireString(u"loginId"_s);
    const QString password = params::string(ctx.params, u"password"_s).value_or(QString());
    if (const auto pid = params::integer(ctx.params, u"partnerId"_s); pid && *pid != partner.id)
        throw ApiError(u"INVALID_PARTNER_ID"_s, {QString::number(*pid)});
    QSqlQuery q(Store::db());
    q.prepare(u"SELECT id, password_salt, password_hash, is_admin FROM user"
              " WHERE login_id = ? AND partner_id = ? AND status = 1"_s);
    q.addBindValue(loginId);
    q.addBindValue(partner.id);
    execOrThrow(q);
    if (!q.next())
        throw ApiError(u"USER_NOT_FOUND"_s);
    if (passwordHash(q.value(1).toString(), password) != q.value(2).toString())
        throw ApiError(u"USER_WRONG_PASSWORD"_s);
    // expiry is relative and capped like session.start's (§4.1, §5.3).
    const qint64 expiry = qMin(
        params::integer(ctx.params, u"expiry"_s).value_or(kDefaultExpiry), partner.ksMaxExpiry);
    const QString privileges = params::string(ctx.params, u"privileges"_s).value_or(u"*"_s);
    return QJsonValue(createSession(partner.id, q.value(3).toBool() ? 2 : 0, q.value(0).toString(),
        expiry, privileges.isEmpty() ? u"*"_s : privileges));
}

QJsonValue get(CallContext &ctx)
{
    const Session &s = ctx.requireSession();
    const QString userId = params::string(ctx.params, u"userId"_s).value_or(s.userId);
    // A USER session reads itself only.
    if (!s.isAdmin() && userId != s.userId)
        throw ApiError(u"SERVICE_FORBIDDEN"_s, {u"user->get"_s});
    QSqlQuery q(Store::db());
    q.prepare(u"SELECT id, partner_id, first_name, last_name, email, is_admin, login_id, status,"
              " created_at, updated_at FROM user WHERE id = ? AND partner_id = ?"_s);
    q.addBindValue(userId);
    q.addBindValue(s.partnerId);
    execOrThrow(q);
    if (!q.next())
        throw ApiError(u"INVALID_USER_ID"_s);
    return userJson(q);
}

} // namespace

QJsonObject ensureDemoUser()
{
    QString password = Store::setting(u"demoPassword"_s);
    if (password.isEmpty()) {
        password = Store::randomHex(8);
        const QString salt = Store::randomHex(8);
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        QSqlQuery q(Store::db());
        q.prepare(u"INSERT OR REPLACE INTO user (id, partner_id, login_id, password_salt,"
                  " password_hash, is_admin, first_name, last_name, email, created_at, updated_at)"
                  " VALUES (?, ?, ?, ?, ?, 1, 'Dana', 'Editor', ?, ?, ?)"_s);
        q.addBindValue(kDemoUserId);
        q.addBindValue(Store::partner().id);
        q.addBindValue(kDemoUserId);
        q.addBindValue(salt);
        q.addBindValue(passwordHash(salt, password));
        q.addBindValue(kDemoUserId);
        q.addBindValue(now);
        q.addBindValue(now);
        execOrThrow(q);
        Store::setSetting(u"demoPassword"_s, password);
    }
    return QJsonObject {
        {u"userId"_s, kDemoUserId}, {u"loginId"_s, kDemoUserId}, {u"password"_s, password}};
}

void registerUserService(Dispatcher &d)
{
    d.add(u"user"_s, u"loginByLoginId"_s, Access::Public, loginByLoginId);
    d.add(u"user"_s, u"get"_s, Access::Session, get);
}

} // namespace sandbox
