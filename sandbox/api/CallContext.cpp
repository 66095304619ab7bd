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

const Session &CallContext::requireSession() const
{
    if (!session)
        throw ApiError(u"MISSING_KS"_s);
    return *session;
}

} // namespace sandbox
