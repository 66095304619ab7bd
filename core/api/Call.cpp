// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/Call.h"

namespace minikmc::api {

Call::Call(const QString &service, const QString &action)
    : m_service(service)
    , m_action(action)
{
}

Call &Call::set(const QString &name, const QJsonValue &value)
{
    if (value.isNull() || value.isUndefined())
        m_params.remove(name);
    else
        m_params.insert(name, value);
    return *this;
}

Call &Call::set(const QString &name, const KalturaObject &object)
{
    m_params.insert(name, object.toJson());
    return *this;
}

Call &Call::addFile(const FilePart &part)
{
    m_files.append(part);
    return *this;
}

Call &Call::setIdempotent(bool idempotent)
{
    m_idempotent = idempotent;
    return *this;
}

Call &Call::setTimeout(std::chrono::milliseconds timeout)
{
    m_timeout = timeout;
    return *this;
}

Call &Call::setWithoutKs(bool without)
{
    m_withoutKs = without;
    return *this;
}

} // namespace minikmc::api
