// SPDX-License-Identifier: GPL-3.0-or-later
#include "control/Faults.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace sandbox {

bool Faults::add(const QJsonObject &request, QString *error)
{
    QList<Fault> parsed;
    for (const QJsonValue &v : request.value(u"rules"_s).toArray()) {
        const QJsonObject r = v.toObject();
        Fault f;
        f.match = r.value(u"match"_s).toString().toLower();
        if (f.match.isEmpty()) {
            *error = u"a rule needs \"match\" (service.action or *)"_s;
            return false;
        }
        f.times = r.contains(u"times"_s) ? r.value(u"times"_s).toInt(-1) : -1;
        if (r.contains(u"httpStatus"_s)) {
            f.kind = Fault::Kind::HttpStatus;
            f.value = r.value(u"httpStatus"_s).toInt();
        } else if (r.contains(u"resetAfterBytes"_s)) {
            f.kind = Fault::Kind::ResetAfterBytes;
            f.value = qint64(r.value(u"resetAfterBytes"_s).toDouble());
        } else if (r.contains(u"delayMs"_s)) {
            f.kind = Fault::Kind::Delay;
            f.value = r.value(u"delayMs"_s).toInt();
        } else if (r.contains(u"body"_s)) {
            f.kind = Fault::Kind::Body;
            f.body = r.value(u"body"_s).toString();
            if (f.body != u"truncated"_s && f.body != u"malformed"_s && f.body != u"html"_s) {
                *error = u"body must be truncated, malformed or html"_s;
                return false;
            }
        } else if (r.contains(u"throttleBytesPerSecond"_s)) {
            f.kind = Fault::Kind::Throttle;
            f.value = qint64(r.value(u"throttleBytesPerSecond"_s).toDouble());
            if (f.value <= 0) {
                *error = u"throttleBytesPerSecond must be positive"_s;
                return false;
            }
        } else {
            *error = u"a rule needs one effect: httpStatus, resetAfterBytes, delayMs, body or "
                     "throttleBytesPerSecond"_s;
            return false;
        }
        parsed.append(f);
    }
    std::lock_guard lock(m_mutex);
    m_rules.append(parsed);
    return true;
}

void Faults::clear()
{
    std::lock_guard lock(m_mutex);
    m_rules.clear();
}

std::optional<Fault> Faults::take(const QStringList &names, bool wildcard)
{
    std::lock_guard lock(m_mutex);
    for (qsizetype i = 0; i < m_rules.size(); ++i) {
        Fault &f = m_rules[i];
        if (f.times == 0)
            continue;
        const bool matches = (wildcard && f.match == u"*"_s)
            || std::any_of(names.cbegin(), names.cend(),
                [&](const QString &n) { return n.toLower() == f.match; });
        if (!matches)
            continue;
        const Fault copy = f;
        if (f.times > 0 && --f.times == 0)
            m_rules.removeAt(i);
        return copy;
    }
    return std::nullopt;
}

} // namespace sandbox
