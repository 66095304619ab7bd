// SPDX-License-Identifier: GPL-3.0-or-later
// system: ping, getVersion, getTime (KALTURA-API.md §10). No KS needed.
#include "api/Dispatcher.h"
#include "services/Services.h"

#include <QDateTime>

using namespace Qt::StringLiterals;

namespace sandbox {

void registerSystemService(Dispatcher &d)
{
    d.add(u"system"_s, u"ping"_s, Access::Public, [](CallContext &) { return QJsonValue(true); });
    d.add(u"system"_s, u"getVersion"_s, Access::Public,
        [](CallContext &) { return QJsonValue(QStringLiteral(SANDBOX_VERSION)); });
    d.add(u"system"_s, u"getTime"_s, Access::Public,
        [](CallContext &) { return QJsonValue(double(QDateTime::currentSecsSinceEpoch())); });
}

} // namespace sandbox
