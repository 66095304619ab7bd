// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/services/SessionService.h"

#include "api/JsonRead.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace minikmc::api {

bool SessionInfo::fromJson(const QJsonValue &value, SessionInfo *info, QString *why)
{
    const QJsonObject o = value.toObject();
    if (!value.isObject() || o.value(u"objectType"_s).toString() != u"KalturaSessionInfo"_s) {
        *why = u"not a KalturaSessionInfo object"_s;
        return false;
    }
    const auto partnerId = json::toInt64(o.value(u"partnerId"_s));
    const auto expiry = json::toInt64(o.value(u"expiry"_s));
    if (!partnerId || !expiry) {
        *why = u"partnerId or expiry missing"_s;
        return false;
    }
    const auto type = json::toInt64(o.value(u"sessionType"_s)).value_or(0);
    if (type != 0 && type != 2) {
        *why = u"unknown sessionType %1"_s.arg(type);
        return false;
    }
    SessionInfo out;
    out.partnerId = *partnerId;
    out.userId = json::toString(o.value(u"userId"_s)).value_or(QString());
    out.sessionType = type == 2 ? Type::Admin : Type::User;
    out.expiry = QDateTime::fromSecsSinceEpoch(*expiry, Qt::UTC);
    out.privileges = o.value(u"privileges"_s).toString();
    *info = out;
    return true;
}

SessionGet::SessionGet(const QString &session)
    : Reply(Call(u"session"_s, u"get"_s)
                .set(u"session"_s, session.isEmpty() ? QJsonValue() : QJsonValue(session))
                .setIdempotent(true))
{
}

SessionGet::SessionGet(const QString &session, const QString &ks)
    : Reply(Call(u"session"_s, u"get"_s)
                .set(u"session"_s, session.isEmpty() ? QJsonValue() : QJsonValue(session))
                .set(u"ks"_s, ks)
                .setWithoutKs()
                .setIdempotent(true))
{
}

Error SessionGet::interpretResult(const QJsonValue &result)
{
    QString why;
    if (!SessionInfo::fromJson(result, &m_info, &why))
        return Error::parse(tr("session.get: %1").arg(why),
            QJsonDocument(result.toObject()).toJson(QJsonDocument::Compact));
    return {};
}

SessionStartWidgetSession::SessionStartWidgetSession(const QString &widgetId)
    : Reply(Call(u"session"_s, u"startWidgetSession"_s)
                .set(u"widgetId"_s, widgetId)
                .setWithoutKs()
                .setIdempotent(true))
{
}

Error SessionStartWidgetSession::interpretResult(const QJsonValue &result)
{
    const QJsonObject o = result.toObject();
    m_ks = o.value(u"ks"_s).toString();
    if (m_ks.isEmpty())
        return Error::parse(tr("session.startWidgetSession: no ks in the answer"),
            QJsonDocument(o).toJson(QJsonDocument::Compact));
    return {};
}

} // namespace minikmc::api
