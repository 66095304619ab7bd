// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/CallContext.h"

#include "api/ApiError.h"

using namespace Qt::StringLiterals;

namespace sandbox {

QString CallContext::requireString(const QString &name) const
{
    const auto v = params::string(params, name);
    if (!v || v->isEmpty())
        throw ApiError(u"MISSING_MANDATORY_PARAMETER"_s, {name});
    return *v;
}

qint64 CallContext::requireInteger(const QString &name) const
{
    if (!params.contains(name))
        throw ApiError(u"MISSING_MANDATORY_PARAMETER"_s, {name});
    const auto v = params::integer(params, name);
    if (!v)
        throw ApiError(u"MISSING_MANDATORY_PARAMETER"_s, {name});
    return *v;
}

QJsonObject CallContext::requireObject(const QString &name) const
{
    if (!params.value(name).isObject())
        throw ApiError(u"MISSING_MANDATORY_PARAMETER"_s, {name});
    return params.value(name).toObject();
}

const Session &CallContext::requireSession() const
{
    if (!session)
        throw ApiError(u"MISSING_KS"_s);
    return *session;
}

} // namespace sandbox
