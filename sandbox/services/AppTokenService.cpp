// SPDX-License-Identifier: GPL-3.0-or-later
// appToken: add, get, update, delete, list, startSession (KALTURA-API.md §5).
#include "api/ApiError.h"
#include "api/Dispatcher.h"
#include "services/Services.h"
#include "store/Store.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace sandbox {

namespace {

constexpr int kActive = 2;
constexpr int kDeleted = 3;

const QStringList kReadOnly
    = {u"id"_s, u"token"_s, u"partnerId"_s, u"createdAt"_s, u"updatedAt"_s, u"status"_s};

std::optional<QCryptographicHash::Algorithm> hashAlgorithm(const QString &hashType)
{
    if (hashType == u"MD5"_s)
        return QCryptographicHash::Md5;
    if (hashType == u"SHA1"_s)
        return QCryptographicHash::Sha1;
    if (hashType == u"SHA256"_s)
        return QCryptographicHash::Sha256;
    if (hashType == u"SHA512"_s)
        return QCryptographicHash::Sha512;
    return std::nullopt;
}

/// The writable fields of a KalturaAppToken in a request, validated (§5.1).
struct TokenFields {
    QVariant expiry; ///< absolute unix seconds, or null
    QVariant sessionType;
    QVariant sessionUserId;
    QVariant sessionDuration;
    QVariant sessionPrivileges;
    QVariant hashType;
    QVariant description;
    QStringList present; ///< field names given
};

TokenFields readFields(const QJsonObject &o)
{
    TokenFields f;
    if (const auto expiry = params::integer(o, u"expiry"_s)) {
        f.expiry = params::absoluteTime(*expiry);
        f.present << u"expiry"_s;
    }
    if (const auto type = params::integer(o, u"sessionType"_s)) {
        f.sessionType = sessionType(*type, u"sessionType"_s);
        f.present << u"sessionType"_s;
    }
    if (const auto user = params::string(o, u"sessionUserId"_s)) {
        // The puser id rule of §5.1.
        static const QRegularExpression puser(u"^[A-Za-z0-9,!#$%&'*+?^_`{|}~.@-]{1,320}$"_s);
        if (!puser.match(*user).hasMatch())
            throw ApiError(u"INVALID_FIELD_VALUE"_s, {u"sessionUserId"_s});
        f.sessionUserId = *user;
        f.present << u"sessionUserId"_s;
    }
    if (const auto duration = params::integer(o, u"sessionDuration"_s)) {
        f.sessionDuration = *duration;
        f.present << u"sessionDuration"_s;
    }
    if (const auto privileges = params::string(o, u"sessionPrivileges"_s)) {
        f.sessionPrivileges = *privileges;
        f.present << u"sessionPrivileges"_s;
    }
    if (const auto hashType = params::string(o, u"hashType"_s)) {
        if (!hashAlgorithm(*hashType))
            throw ApiError(
                u"INVALID_ENUM_VALUE"_s, {*hashType, u"hashType"_s, u"KalturaAppTokenHashType"_s});
        f.hashType = *hashType;
        f.present << u"hashType"_s;
    }
    if (const auto description = params::string(o, u"description"_s)) {
        f.description = *description;
        f.present << u"description"_s;
    }
    return f;
}

struct Token {
    QString id;
    qint64 partnerId = 0;
    QString token;
    QString hashType;
    int status = 0;
    QVariant expiry;
    QVariant sessionType;
    QString sessionUserId;
    qint64 sessionDuration = 0;
    QString sessionPrivileges;
    QString description;
    qint64 createdAt = 0;
    qint64 updatedAt = 0;
};

const QString kTokenColumns = u"id, partner_id, token, hash_type, status, expiry, session_type,"
                              " session_user_id, session_duration, session_privileges,"
                              " description, created_at, updated_at"_s;

Token readToken(const QSqlQuery &q)
{
    Token t;
    t.id = q.value(0).toString();
    t.partnerId = q.value(1).toLongLong();
    t.token = q.value(2).toString();
    t.hashType = q.value(3).toString();
    t.status = q.value(4).toInt();
    t.expiry = q.value(5);
    t.sessionType = q.value(6);
    t.sessionUserId = q.value(7).toString();
    t.sessionDuration = q.value(8).toLongLong();
    t.sessionPrivileges = q.value(9).toString();
    t.description = q.value(10).toString();
    t.createdAt = q.value(11).toLongLong();
    t.updatedAt = q.value(12).toLongLong();
    return t;
}

/// The token of this partner (not deleted), or APP_TOKEN_ID_NOT_FOUND.
Token requireToken(const QString &id, qint64 partnerId)
{
    QSqlQuery q(Store::db());
    q.prepare(u"SELECT %1 FROM app_token WHERE id = ? AND partner_id = ? AND status != ?"_s.arg(
        kTokenColumns));
    q.addBindValue(id);
    q.addBindValue(partnerId);
    q.addBindValue(kDeleted);
    execOrThrow(q);
    if (!q.next())
        throw ApiError(u"APP_TOKEN_ID_NOT_FOUND"_s, {id});
    return readToken(q);
}

QJsonObject tokenJson(const Token &t)
{
    QJsonObject o {{u"id"_s, t.id}, {u"token"_s, t.token}, {u"partnerId"_s, double(t.partnerId)},
        {u"createdAt"_s, double(t.createdAt)}, {u"updatedAt"_s, double(t.updatedAt)},
        {u"status"_s, t.status}, {u"sessionDuration"_s, double(t.sessionDuration)},
        {u"hashType"_s, t.hashType}, {u"objectType"_s, u"KalturaAppToken"_s}};
    // JSON omits null properties (§1.6 ignoreNull).
    if (!t.expiry.isNull())
        o.insert(u"expiry"_s, double(t.expiry.toLongLong()));
    if (!t.sessionType.isNull())
        o.insert(u"sessionType"_s, t.sessionType.toInt());
    if (!t.sessionUserId.isEmpty())
        o.insert(u"sessionUserId"_s, t.sessionUserId);
    if (!t.sessionPrivileges.isEmpty())
        o.insert(u"sessionPrivileges"_s, t.sessionPrivileges);
    if (!t.description.isEmpty())
        o.insert(u"description"_s, t.description);
    return o;
}

/// A read-only property in an insert, or one with a different value in an update (§7.4).
void rejectReadOnly(const QJsonObject &o, const Token *existing)
{
    for (const QString &name : kReadOnly) {
        if (!o.contains(name) || o.value(name).isNull())
            continue;
        if (existing) {
            const QJsonValue current = tokenJson(*existing).value(name);
            const QString given = params::string(o, name).value_or(QString());
            const QString stored = current.isString() ? current.toString()
                                                      : QString::number(qint64(current.toDouble()));
            if (given == stored)
                continue;
        }
        throw ApiError(u"PROPERTY_VALIDATION_NOT_UPDATABLE"_s, {u"KalturaAppToken::"_s + name});
    }
}

/// Privileges as name → values (repeated names merged, §4.2), in first-seen order.
QList<QPair<QString, QString>> parsePrivileges(const QString &text)
{
    QList<QPair<QString, QString>> out;
    for (const QString &item : text.split(u',', Qt::SkipEmptyParts)) {
        const qsizetype colon = item.indexOf(u':');
        const QString name = (colon < 0 ? item : item.left(colon)).trimmed();
        const QString value = colon < 0 ? QString() : item.mid(colon + 1);
        auto it
            = std::find_if(out.begin(), out.end(), [&](const auto &p) { return p.first == name; });
        if (it == out.end())
            out.append({name, value});
        else if (!value.isEmpty())
            it->second = it->second.isEmpty() ? value : it->second + u'/' + value;
    }
    return out;
}

QString joinPrivileges(const QList<QPair<QString, QString>> &privileges)
{
    QStringList parts;
    for (const auto &[name, value] : privileges)
        parts << (value.isEmpty() ? name : name + u':' + value);
    return parts.join(u',');
}

// Names the server sets itself; a caller cannot add them through startSession (§5.2 step 6).
const QStringList kReservedPrivileges = {u"sessionid"_s, u"apptoken"_s, u"setrole"_s,
    u"privacycontext"_s, u"enableentitlement"_s, u"disableentitlement"_s, u"actionslimit"_s,
    u"iprestrict"_s, u"urirestrict"_s, u"enablechangeaccount"_s};

QString sessionPrivileges(const Token &t, const QString &requested)
{
    QList<QPair<QString, QString>> privileges = {{u"sessionid"_s, t.id}, {u"apptoken"_s, t.id}};
    for (const auto &p : parsePrivileges(t.sessionPrivileges)) {
        if (p.first != u"sessionid"_s && p.first != u"apptoken"_s)
            privileges.append(p);
    }
    for (const auto &[name, value] : parsePrivileges(requested)) {
        auto onToken = std::find_if(
            privileges.begin(), privileges.end(), [&](const auto &p) { return p.first == name; });
        if (kReservedPrivileges.contains(name.toLower()))
            continue;
        if (onToken == privileges.end())
            privileges.append({name, value});
        else if (onToken->second == u"*"_s)
            onToken->second = value;
    }
    return joinPrivileges(privileges);
}

QJsonValue add(CallContext &ctx)
{
    const QJsonObject o = ctx.params.value(u"appToken"_s).toObject();
    rejectReadOnly(o, nullptr);
    const TokenFields f = readFields(o);
    if (f.sessionUserId.isNull()) // §5.1: the user lookup fails without one (be strict)
        throw ApiError(u"INVALID_FIELD_VALUE"_s, {u"sessionUserId"_s});
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    const QString id = Store::newId(u"app_token"_s);
    const qint64 partnerMax = Store::partner().ksMaxExpiry;

    QSqlQuery q(Store::db());
    q.prepare(u"INSERT INTO app_token (id, partner_id, token, hash_type, status, expiry,"
              " session_type, session_user_id, session_duration, session_privileges, description,"
              " created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    q.addBindValue(id);
    q.addBindValue(ctx.requireSession().partnerId);
    q.addBindValue(Store::randomHex(16));
    q.addBindValue(f.hashType.isNull() ? u"SHA1"_s : f.hashType.toString());
    q.addBindValue(kActive);
    q.addBindValue(f.expiry);
    q.addBindValue(f.sessionType);
    q.addBindValue(f.sessionUserId);
    q.addBindValue(f.sessionDuration.isNull() ? QVariant(partnerMax) : f.sessionDuration);
    q.addBindValue(f.sessionPrivileges.isNull() ? QVariant(u""_s) : f.sessionPrivileges);
    q.addBindValue(f.description.isNull() ? QVariant(u""_s) : f.description);
    q.addBindValue(now);
    q.addBindValue(now);
    execOrThrow(q);
    return tokenJson(requireToken(id, ctx.requireSession().partnerId));
}

QJsonValue update(CallContext &ctx)
{
    const QString id = ctx.requireString(u"id"_s);
    const Token existing = requireToken(id, ctx.requireSession().partnerId);
    const QJsonObject o = ctx.params.value(u"appToken"_s).toObject();
    rejectReadOnly(o, &existing);
    const TokenFields f = readFields(o);
    const QHash<QString, QPair<QString, QVariant>> columns = {
        {u"expiry"_s, {u"expiry"_s, f.expiry}},
        {u"sessionType"_s, {u"session_type"_s, f.sessionType}},
        {u"sessionUserId"_s, {u"session_user_id"_s, f.sessionUserId}},
        {u"sessionDuration"_s, {u"session_duration"_s, f.sessionDuration}},
        {u"sessionPrivileges"_s, {u"session_privileges"_s, f.sessionPrivileges}},
        {u"hashType"_s, {u"hash_type"_s, f.hashType}},
        {u"description"_s, {u"description"_s, f.description}},
    };
    for (const QString &name : f.present) {
        QSqlQuery q(Store::db());
        q.prepare(u"UPDATE app_token SET %1 = ?, updated_at = ? WHERE id = ?"_s.arg(
            columns.value(name).first));
        q.addBindValue(columns.value(name).second);
        q.addBindValue(QDateTime::currentSecsSinceEpoch());
        q.addBindValue(id);
        execOrThrow(q);
    }
    return tokenJson(requireToken(id, ctx.requireSession().partnerId));
}

QJsonValue remove(CallContext &ctx)
{
    const QString id = ctx.requireString(u"id"_s);
    requireToken(id, ctx.requireSession().partnerId);
    QSqlQuery q(Store::db());
    q.prepare(u"UPDATE app_token SET status = ?, updated_at = ? WHERE id = ?"_s);
    q.addBindValue(kDeleted);
    q.addBindValue(QDateTime::currentSecsSinceEpoch());
    q.addBindValue(id);
    execOrThrow(q);
    revokeSessions(id); // every KS minted from the token (§5.2)
    return QJsonValue(QJsonValue::Null);
}

QJsonValue list(CallContext &ctx)
{
    const QJsonObject filter = ctx.params.value(u"filter"_s).toObject();
    QStringList where {u"partner_id = ?"_s};
    QVariantList values {ctx.requireSession().partnerId};
    auto inList = [&](const QString &column, const QString &csv) {
        const QStringList items = csv.split(u',', Qt::SkipEmptyParts);
        where << u"%1 IN (%2)"_s.arg(column, QStringList(items.size(), u"?"_s).join(u','));
        for (const QString &item : items)
            values << item.trimmed();
    };
    if (const auto v = params::string(filter, u"idEqual"_s)) {
        where << u"id = ?"_s;
        values << *v;
    }
    if (const auto v = params::string(filter, u"idIn"_s))
        inList(u"id"_s, *v);
    if (const auto v = params::string(filter, u"sessionUserIdEqual"_s)) {
        where << u"session_user_id = ?"_s;
        values << *v;
    }
    const auto statusEqual = params::integer(filter, u"statusEqual"_s);
    const auto statusIn = params::string(filter, u"statusIn"_s);
    if (statusEqual) {
        where << u"status = ?"_s;
        values << *statusEqual;
    } else if (statusIn) {
        inList(u"status"_s, *statusIn);
    } else {
        where << u"status != ?"_s;
        values << kDeleted;
    }
    const QList<QPair<QString, QString>> ranges = {
        {u"createdAtGreaterThanOrEqual"_s, u"created_at >= ?"_s},
        {u"createdAtLessThanOrEqual"_s, u"created_at <= ?"_s},
        {u"updatedAtGreaterThanOrEqual"_s, u"updated_at >= ?"_s},
        {u"updatedAtLessThanOrEqual"_s, u"updated_at <= ?"_s},
    };
    for (const auto &[field, clause] : ranges) {
        if (const auto v = params::integer(filter, field)) {
            where << clause;
            values << params::absoluteTime(*v);
        }
    }
    const QHash<QString, QString> orders
        = {{u"+createdAt"_s, u"created_at ASC"_s}, {u"-createdAt"_s, u"created_at DESC"_s},
            {u"+updatedAt"_s, u"updated_at ASC"_s}, {u"-updatedAt"_s, u"updated_at DESC"_s}};
    const QString orderBy = params::string(filter, u"orderBy"_s).value_or(QString());
    if (!orderBy.isEmpty() && !orders.contains(orderBy))
        throw ApiError(
            u"INVALID_ENUM_VALUE"_s, {orderBy, u"orderBy"_s, u"KalturaAppTokenOrderBy"_s});

    const params::Pager page = params::Pager::from(ctx.params.value(u"pager"_s).toObject());
    const QString whereSql = where.join(u" AND "_s);
    const qint64 total = countRows(u"app_token"_s, whereSql, values);

    QSqlQuery q(Store::db());
    q.prepare(u"SELECT %1 FROM app_token WHERE %2 ORDER BY %3, id LIMIT ? OFFSET ?"_s.arg(
        kTokenColumns, whereSql, orders.value(orderBy, u"created_at DESC"_s)));
    for (const QVariant &v : values)
        q.addBindValue(v);
    q.addBindValue(page.size);
    q.addBindValue(page.offset());
    execOrThrow(q);
    QJsonArray objects;
    while (q.next())
        objects.append(tokenJson(readToken(q)));
    return QJsonObject {{u"objects"_s, objects}, {u"totalCount"_s, double(total)},
        {u"objectType"_s, u"KalturaAppTokenListResponse"_s}};
}

QJsonValue startSession(CallContext &ctx)
{
    const Session &caller = ctx.requireSession();
    const QString id = ctx.requireString(u"id"_s);
    const QString tokenHash = ctx.requireString(u"tokenHash"_s);
    // Step 1: the token within the caller's partner; a deleted one is not found.
    const Token t = requireToken(id, caller.partnerId);
    // Step 2.
    if (t.status != kActive)
        throw ApiError(u"APP_TOKEN_NOT_ACTIVE"_s, {id});
    // Step 3: lowercase hex of hash(KS as sent + token), compared exactly.
    const auto algorithm = hashAlgorithm(t.hashType);
    const QByteArray expected
        = QCryptographicHash::hash((caller.ks + t.token).toUtf8(), *algorithm).toHex();
    if (tokenHash != QString::fromLatin1(expected))
        throw ApiError(u"INVALID_APP_TOKEN_HASH"_s);
    // Step 4: lifetime.
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    qint64 lifetime = t.sessionDuration;
    if (!t.expiry.isNull()) {
        const qint64 left = t.expiry.toLongLong() - now;
        if (left < 0)
            throw ApiError(u"APP_TOKEN_EXPIRED"_s, {id});
        lifetime = qMin(lifetime, left);
    }
    if (const auto requested = params::integer(ctx.params, u"expiry"_s);
        requested && *requested > 0)
        lifetime = qMin(lifetime, *requested);
    // Step 5: type and user.
    const int type = !t.sessionType.isNull()
        ? t.sessionType.toInt()
        : sessionType(params::integer(ctx.params, u"type"_s).value_or(0), u"type"_s);
    const QString user = !t.sessionUserId.isEmpty()
        ? t.sessionUserId
        : params::string(ctx.params, u"userId"_s).value_or(QString());
    // Steps 6 and 7.
    const QString privileges = sessionPrivileges(
        t, params::string(ctx.params, u"sessionPrivileges"_s).value_or(QString()));
    const QString ks = createSession(caller.partnerId, type, user, lifetime, privileges);
    QJsonObject info = sessionInfoJson(Dispatcher::resolveKs(ks));
    info.insert(u"ks"_s, ks);
    return info;
}

} // namespace

void registerAppTokenService(Dispatcher &d)
{
    d.add(u"appToken"_s, u"add"_s, Access::Admin, add);
    d.add(u"appToken"_s, u"get"_s, Access::Admin, [](CallContext &ctx) {
        return QJsonValue(
            tokenJson(requireToken(ctx.requireString(u"id"_s), ctx.requireSession().partnerId)));
    });
    d.add(u"appToken"_s, u"update"_s, Access::Admin, update);
    d.add(u"appToken"_s, u"delete"_s, Access::Admin, remove);
    d.add(u"appToken"_s, u"list"_s, Access::Admin, list);
    d.add(u"appToken"_s, u"startSession"_s, Access::Session, startSession);
}

} // namespace sandbox
