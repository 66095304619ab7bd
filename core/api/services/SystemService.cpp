// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/services/SystemService.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace minikmc::api {

namespace {
QByteArray sample(const QJsonValue &v)
{
    return QJsonDocument(QJsonArray {v}).toJson(QJsonDocument::Compact);
}
} // namespace

SystemPing::SystemPing()
    : Reply(Call(u"system"_s, u"ping"_s).setIdempotent(true).setWithoutKs())
{
}

Error SystemPing::interpretResult(const QJsonValue &result)
{
    if (!result.isBool())
        return Error::parse(
            tr("system.ping answered something other than true or false"), sample(result));
    m_alive = result.toBool();
    return {};
}

SystemGetVersion::SystemGetVersion()
    : Reply(Call(u"system"_s, u"getVersion"_s).setIdempotent(true).setWithoutKs())
{
}

Error SystemGetVersion::interpretResult(const QJsonValue &result)
{
    if (!result.isString())
        return Error::parse(
            tr("system.getVersion answered something other than a string"), sample(result));
    m_version = result.toString();
    return {};
}

} // namespace minikmc::api
