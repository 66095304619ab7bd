// SPDX-License-Identifier: GPL-3.0-or-later
// session: start, startWidgetSession, get, end (KALTURA-API.md §4).
#include "api/ApiError.h"
#include "api/Dispatcher.h"
#include "services/Services.h"
#include "store/Store.h"

#include <QDateTime>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace sandbox {

namespace {

constexpr qint64 kDefaultExpiry = 86400;

/// The value of the `sessionid` privilege, or null.
QVariant sessionIdPrivilege(const QString &privileges)
{
    for (const QString &item : privileges.split(u',', Qt::SkipEmptyParts)) {
        if (item.startsWith(u"sessionid:"_s))
            return item.mid(10);
    }
    return {};
}

} // namespace

int sessionType(qint64 value, const QString &paramName)
{
    if (value != 0 && value != 2)
        throw ApiError(
            u"INVALID_ENUM_VALUE"_s, {QString::number(value), paramName, u"KalturaSessionType"_s});
    return int(value);
}

void revokeSessions(const QString &sessionId)
{
    QSqlQuery q(Store::db());
    q.prepare(u"UPDATE session SET revoked = 1 WHERE session_id = ?"_s);
    q.addBindValue(sessionId);
    execOrThrow(q);
}

QString createSession(qint64 partnerId, int type, const QString &userId, qint64 expiresInSeconds,
    const QString &privileges)
{
    QByteArray random(32, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(random.data()), 8);
    QByteArray plain = "v2|" + QByteArray::number(partnerId) + '|' + random;
    // A length divisible by 3 gives base64 without '=' padding, so the KS survives unencoded
    // in a query string or a path pair.
    plain.chop(plain.size() % 3);
    const QString ks = QString::fromLatin1(plain.toBase64(QByteArray::Base64UrlEncoding));
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    QSqlQuery q(Store::db());
    q.prepare(u"INSERT INTO session (ks, partner_id, type, user_id, expiry, privileges, session_id,"
              " created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s);
    q.addBindValue(ks);
    q.addBindValue(partnerId);
    q.addBindValue(type);
    // A null QString binds as SQL NULL; these columns hold "" for "none".
    q.addBindValue(userId.isNull() ? u""_s : userId);
    q.addBindValue(now + expiresInSeconds);
    q.addBindValue(privileges.isNull() ? u""_s : privileges);
    q.addBindValue(sessionIdPrivilege(privileges));
    q.addBindValue(now);
    execOrThrow(q);
    return ks;
}

QJsonObject sessionInfoJson(const Session &s)
{
    return QJsonObject {{u"ks"_s, QString()}, {u"sessionType"_s, s.type},
        {u"partnerId"_s, double(s.partnerId)}, {u"userId"_s, s.userId},
        {u"expiry"_s, double(s.expiry)}, {u"privileges"_s, s.privileges},
        {u"objectType"_s, u"KalturaSessionInfo"_s}};
}

void registerSessionService(Dispatcher &d)
{
    d.add(u"session"_s, u"start"_s, Access::Public, [](CallContext &ctx) {
        const Store::Partner partner = Store::partner();
        const QString secret = ctx.requireString(u"secret"_s);
        const qint64 partnerId = params::integer(ctx.params, u"partnerId"_s).value_or(0);
        if (partnerId != partner.id)
            throw ApiError(u"START_SESSION_ERROR"_s, {QString::number(partnerId)});
        const int type = sessionType(params::integer(ctx.params, u"type"_s).value_or(0), u"type"_s);
        const bool secretOk
            = secret == partner.adminSecret || (type == 0 && secret == partner.userSecret);
        if (!secretOk)
            throw ApiError(u"START_SESSION_ERROR"_s, {QString::number(partnerId)});
        // expiry is relative and silently capped to the partner's maximum (§4.1).
        const qint64 expiry = qMin(
            params::integer(ctx.params, u"expiry"_s).value_or(kDefaultExpiry), partner.ksMaxExpiry);
        return QJsonValue(createSession(partner.id, type,
            params::string(ctx.params, u"userId"_s).value_or(QString()), expiry,
            params::string(ctx.params, u"privileges"_s).value_or(QString())));
    });

    d.add(u"session"_s, u"startWidgetSession"_s, Access::Public, [](CallContext &ctx) {
        const Store::Partner partner = Store::partner();
        const QString widgetId = ctx.requireString(u"widgetId"_s);
        if (widgetId != u"_"_s + QString::number(partner.id))
            throw ApiError(u"INVALID_WIDGET_ID"_s, {widgetId});
        const qint64 expiry = qMin(
            params::integer(ctx.params, u"expiry"_s).value_or(kDefaultExpiry), partner.ksMaxExpiry);
        const QString ks = createSession(partner.id, 0, u"0"_s, expiry, u"view:*,widget:1"_s);
        return QJsonValue(QJsonObject {{u"partnerId"_s, double(partner.id)}, {u"ks"_s, ks},
            {u"userId"_s, 0}, {u"objectType"_s, u"KalturaStartWidgetSessionResponse"_s}});
    });

    d.add(u"session"_s, u"get"_s, Access::Admin, [](CallContext &ctx) {
        const QString other = params::string(ctx.params, u"session"_s).value_or(QString());
        const Session s = other.isEmpty() ? ctx.requireSession() : Dispatcher::resolveKs(other);
        return QJsonValue(sessionInfoJson(s));
    });

    d.add(u"session"_s, u"end"_s, Access::Session, [](CallContext &ctx) {
        const Session &s = ctx.requireSession();
        QSqlQuery q(Store::db());
        q.prepare(u"UPDATE session SET revoked = 1 WHERE ks = ?"_s);
        q.addBindValue(s.ks);
        execOrThrow(q);
        // Every KS sharing its sessionid privilege ends with it (§4.1).
        if (const QVariant sid = sessionIdPrivilege(s.privileges); !sid.isNull())
            revokeSessions(sid.toString());
        return QJsonValue(QJsonValue::Null);
    });
}

} // namespace sandbox
