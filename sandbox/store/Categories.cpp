// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/Categories.h"

#include "store/Store.h"

#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace sandbox::categories {

bool exists(qint64 partnerId, const QString &id)
{
    bool numeric = false;
    const qint64 n = id.trimmed().toLongLong(&numeric);
    if (!numeric)
        return false;
    QSqlQuery q(Store::db());
    q.prepare(u"SELECT 1 FROM category WHERE id = ? AND partner_id = ? AND status != 3"_s);
    q.addBindValue(n);
    q.addBindValue(partnerId);
    execOrThrow(q);
    return q.next();
}

std::optional<qint64> idByFullName(qint64 partnerId, const QString &fullName)
{
    QSqlQuery q(Store::db());
    q.prepare(u"SELECT id FROM category WHERE partner_id = ? AND full_name = ? AND status != 3"_s);
    q.addBindValue(partnerId);
    q.addBindValue(fullName.trimmed());
    execOrThrow(q);
    return q.next() ? std::optional<qint64>(q.value(0).toLongLong()) : std::nullopt;
}

QList<qint64> withDescendants(qint64 partnerId, const QList<qint64> &ids)
{
    QList<qint64> out;
    QSqlQuery q(Store::db());
    // full_ids is the ">"-joined path of ids, so descendants share its prefix.
    q.prepare(u"SELECT c.id FROM category c JOIN category a ON a.id = ? AND a.partner_id = ?"
              " WHERE c.partner_id = a.partner_id AND c.status != 3"
              " AND (c.id = a.id OR c.full_ids LIKE a.full_ids || '>%')"_s);
    for (const qint64 id : ids) {
        q.addBindValue(id);
        q.addBindValue(partnerId);
        execOrThrow(q);
        while (q.next()) {
            if (!out.contains(q.value(0).toLongLong()))
                out.append(q.value(0).toLongLong());
        }
    }
    return out;
}

QString fullNames(const QString &ids)
{
    QStringList names;
    QSqlQuery q(Store::db());
    q.prepare(u"SELECT full_name FROM category WHERE id = ? AND status != 3"_s);
    for (const QString &id : ids.split(u',', Qt::SkipEmptyParts)) {
        q.addBindValue(id.trimmed().toLongLong());
        execOrThrow(q);
        if (q.next())
            names.append(q.value(0).toString());
    }
    return names.join(u',');
}

} // namespace sandbox::categories
