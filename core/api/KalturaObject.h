// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace minikmc::api {

/// A nested api_v3 object parameter (KALTURA-API.md §1.3–1.4): always carries `objectType`;
/// a property set to null is sent as `{name}__null: ""` (the only way to clear a field — a JSON
/// null would be cast to "", 0 or false by the server); properties never set are not sent at all
/// (partial-update semantics).
class KalturaObject {
public:
    explicit KalturaObject(const QString &objectType);

    QString objectType() const { return m_json.value(QLatin1String("objectType")).toString(); }

    /// Sets a scalar property; a null QJsonValue clears it (`name__null`).
    KalturaObject &set(const QString &name, const QJsonValue &value);
    KalturaObject &set(const QString &name, const KalturaObject &object);
    KalturaObject &set(const QString &name, const QList<KalturaObject> &objects);
    /// Clears the property on the server (`name__null`). Not for array properties.
    KalturaObject &setNull(const QString &name);
    /// Sends an empty array (JSON `[]`, which the server reads as an empty array).
    KalturaObject &setEmptyArray(const QString &name);
    /// Forgets a property so that it is not sent at all.
    KalturaObject &unset(const QString &name);

    bool contains(const QString &name) const;
    bool isNulled(const QString &name) const;

    QJsonObject toJson() const { return m_json; }

private:
    QJsonObject m_json;
};

} // namespace minikmc::api
