// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/Dispatcher.h"

#include "api/ApiError.h"
#include "control/RequestLog.h"
#include "store/Store.h"

#include <QDateTime>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>
#include <stdexcept>

using namespace Qt::StringLiterals;

namespace sandbox {

namespace {

// Common parameters copied from the top level of a multirequest into items that lack them.
const QStringList kCommonParams = {u"ks"_s, u"clientTag"_s, u"partnerId"_s};

QJsonValue valueAtPath(const QJsonValue &root, const QStringList &path)
{
    QJsonValue v = root;
    for (qsizetype i = 0; i < path.size(); ++i) {
        const QString &segment = path.at(i);
        if (segment == u"_all"_s && v.isArray()) {
            // Every item's property, comma-joined with a trailing comma (§3).
            QString joined;
            for (const QJsonValue &item : v.toArray()) {
                const QJsonValue x = valueAtPath(item, path.mid(i + 1));
                if (x.isString() || x.isDouble())
                    joined += (x.isString() ? x.toString() : QString::number(x.toDouble(), 'g', 17))
                        + u',';
            }
            return joined;
        }
        if (v.isArray()) {
            bool ok = false;
            const int index = segment.toInt(&ok);
            v = ok ? v.toArray().at(index) : QJsonValue();
        } else if (v.isObject()) {
            v = v.toObject().value(segment);
        } else {
            return {};
        }
    }
    return v;
}

QString scalarText(const QJsonValue &v)
{
    if (v.isString())
        return v.toString();
    if (v.isDouble()) {
        const double d = v.toDouble();
        return d == qint64(d) ? QString::number(qint64(d)) : QString::number(d, 'g', 17);
    }
    if (v.isBool())
        return v.toBool() ? u"1"_s : QString();
    return {}; // objects, arrays, null and missing paths become ""
}

// `{K:result[:path]}` in a string value, greedy like the server's regex: from the first '{'
// to the last '}'. Only results of earlier items (1..done) are substituted.
QJsonValue substituteTokens(const QJsonValue &value, const QList<QJsonValue> &results)
{
    if (value.isObject()) {
        QJsonObject o = value.toObject();
        for (auto it = o.begin(); it != o.end(); ++it)
            it.value() = substituteTokens(it.value(), results);
        return o;
    }
    if (!value.isString())
        return value;
    static const QRegularExpression token(u"\\{([0-9]+):result:?(.*)?\\}"_s);
    QString text = value.toString();
    const auto m = token.match(text);
    if (!m.hasMatch())
        return value;
    const int k = m.captured(1).toInt();
    if (k < 1 || k > results.size())
        return value;
    const QString path = m.captured(2);
    const QJsonValue result = results.at(k - 1);
    const QJsonValue found = path.isEmpty() ? result : valueAtPath(result, path.split(u':'));
    text.replace(m.capturedStart(0), m.capturedLength(0), scalarText(found));
    return text;
}

QJsonObject loggedParams(const QJsonObject &params, const QMap<QString, UploadedFile> &files)
{
    QJsonObject out = params;
    out.remove(u"ks"_s);
    for (auto it = files.begin(); it != files.end(); ++it)
        out.insert(it.key(), QJsonObject {{u"file"_s, it->fileName}, {u"bytes"_s, it->size}});
    return out;
}

} // namespace

Dispatcher::Dispatcher(RequestLog &log)
    : m_log(log)
{
}

void Dispatcher::add(const QString &service, const QString &action, Access access, Handler handler)
{
    m_actions[service.toLower()].insert(action.toLower(), Action {access, std::move(handler)});
}

Session Dispatcher::resolveKs(const QString &ks)
{
    QSqlQuery q(Store::db());
    q.prepare(
        u"SELECT partner_id, type, user_id, expiry, privileges, revoked FROM session WHERE ks = ?"_s);
    q.addBindValue(ks);
    execOrThrow(q);
    if (!q.next())
        throw ApiError(u"INVALID_KS"_s, {ks, u"-1"_s, u"INVALID_STR"_s});
    if (q.value(5).toInt() != 0)
        throw ApiError(u"INVALID_KS"_s, {u"LOGOUT"_s, u"-1"_s, u"INVALID_STR"_s});
    Session s;
    s.ks = ks;
    s.partnerId = q.value(0).toLongLong();
    s.type = q.value(1).toInt();
    s.userId = q.value(2).toString();
    s.expiry = q.value(3).toLongLong();
    s.privileges = q.value(4).toString();
    if (s.expiry <= QDateTime::currentSecsSinceEpoch())
        throw ApiError(u"INVALID_KS"_s, {u"EXPIRED"_s, u"-1"_s, u"INVALID_STR"_s});
    return s;
}

QJsonValue Dispatcher::handle(const QJsonObject &params, const QMap<QString, UploadedFile> &files,
    int httpSeq, const QString &serviceUrl)
{
    const QString service = params::string(params, u"service"_s).value_or(QString()).toLower();
    if (service == u"multirequest"_s)
        return runMulti(params, files, httpSeq, serviceUrl);
    return runOne(service, params::string(params, u"action"_s).value_or(QString()), params, files,
        httpSeq, serviceUrl);
}

QJsonValue Dispatcher::runOne(const QString &service, const QString &action,
    const QJsonObject &params, const QMap<QString, UploadedFile> &files, int httpSeq,
    const QString &serviceUrl)
{
    QJsonValue result;
    QString outcome = u"ok"_s;
    try {
        if (service.isEmpty())
            throw ApiError(u"SERVICE_NOT_SPECIFIED"_s);
        const auto serviceIt = m_actions.constFind(service);
        if (serviceIt == m_actions.cend())
            throw ApiError(u"SERVICE_DOES_NOT_EXISTS"_s, {service});
        if (action.isEmpty())
            throw ApiError(u"ACTION_NOT_SPECIFIED"_s);
        const auto actionIt = serviceIt->constFind(action.toLower());
        if (actionIt == serviceIt->cend())
            throw ApiError(u"ACTION_DOES_NOT_EXISTS"_s, {action, service});

        CallContext ctx;
        ctx.service = service;
        ctx.action = action;
        ctx.params = params;
        ctx.files = files;
        ctx.serviceUrl = serviceUrl;
        if (actionIt->access != Access::Public) {
            const QString ks = params::string(params, u"ks"_s).value_or(QString());
            if (ks.isEmpty())
                throw ApiError(u"MISSING_KS"_s);
            ctx.session = resolveKs(ks);
            if (actionIt->access == Access::Admin && !ctx.session->isAdmin())
                throw ApiError(u"SERVICE_FORBIDDEN"_s, {service + u"->"_s + action});
        }
        result = actionIt->handler(ctx);
    } catch (const ApiError &e) {
        result = e.toJson();
        outcome = e.code();
    } catch (const std::exception &e) {
        qWarning("sandbox: %s.%s failed: %s", qPrintable(service), qPrintable(action), e.what());
        const ApiError internal(u"INTERNAL_SERVERL_ERROR"_s);
        result = internal.toJson();
        outcome = internal.code();
    }
    m_log.append(httpSeq, service, action, loggedParams(params, files),
        !params::string(params, u"ks"_s).value_or(QString()).isEmpty(), outcome);
    return result;
}

QJsonValue Dispatcher::runMulti(const QJsonObject &params, const QMap<QString, UploadedFile> &files,
    int httpSeq, const QString &serviceUrl)
{
    // Numbered items; processing starts at the smallest numeric key (0 or 1) and stops at the
    // first index without service or action (§3).
    int first = -1;
    for (auto it = params.begin(); it != params.end(); ++it) {
        bool ok = false;
        const int n = it.key().toInt(&ok);
        if (ok && n >= 0 && (first < 0 || n < first))
            first = n;
    }
    QJsonArray out;
    QList<QJsonValue> results;
    for (int n = first; n >= 0; ++n) {
        const QString key = QString::number(n);
        QJsonObject item = params.value(key).toObject();
        if (!item.contains(u"service"_s) || !item.contains(u"action"_s))
            break;
        for (const QString &common : kCommonParams) {
            if (!item.contains(common) && params.contains(common))
                item.insert(common, params.value(common));
        }
        item = substituteTokens(item, results).toObject();
        // File parts of this item arrive as "N:fileData".
        QMap<QString, UploadedFile> itemFiles;
        const QString prefix = key + u':';
        for (auto it = files.begin(); it != files.end(); ++it) {
            if (it.key().startsWith(prefix))
                itemFiles.insert(it.key().mid(prefix.size()), it.value());
        }
        const QJsonValue r
            = runOne(params::string(item, u"service"_s).value_or(QString()).toLower(),
                params::string(item, u"action"_s).value_or(QString()), item, itemFiles, httpSeq,
                serviceUrl);
        const bool failed
            = r.isObject() && r.toObject().value(u"objectType"_s) == u"KalturaAPIException"_s;
        results.append(failed ? QJsonValue() : r); // a failed item's token becomes ""
        out.append(r);
    }
    return out;
}

} // namespace sandbox
