// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/KalturaObject.h"

using namespace Qt::StringLiterals;

namespace minikmc::api {

namespace {
QString nullKey(const QString &name)
{
    return name + u"__null"_s;
}
} // namespace

KalturaObject::KalturaObject(const QString &objectType)
{
    m_json.insert(u"objectType"_s, objectType);
}

KalturaObject &KalturaObject::set(const QString &name, const QJsonValue &value)
{
    if (value.isNull() || value.isUndefined())
        return setNull(name);
    m_json.remove(nullKey(name));
    m_json.insert(name, value);
    return *this;
}

KalturaObject &KalturaObject::set(const QString &name, const KalturaObject &object)
{
    return set(name, QJsonValue(object.toJson()));
}

KalturaObject &KalturaObject::set(const QString &name, const QList<KalturaObject> &objects)
{
    QJsonArray array;
    for (const KalturaObject &o : objects)
        array.append(o.toJson());
    m_json.remove(nullKey(name));
    m_json.insert(name, array);
    return *this;
}

KalturaObject &KalturaObject::setNull(const QString &name)
{
    m_json.remove(name);
    m_json.insert(nullKey(name), QString());
    return *this;
}

KalturaObject &KalturaObject::setEmptyArray(const QString &name)
{
    m_json.remove(nullKey(name));
    m_json.insert(name, QJsonArray());
    return *this;
}

KalturaObject &KalturaObject::unset(const QString &name)
{
    m_json.remove(name);
    m_json.remove(nullKey(name));
    return *this;
}

bool KalturaObject::contains(const QString &name) const
{
    return m_json.contains(name);
}

bool KalturaObject::isNulled(const QString &name) const
{
    return m_json.contains(nullKey(name));
}

} // namespace minikmc::api
