// SPDX-License-Identifier: GPL-3.0-or-later
#include "control/RequestLog.h"

using namespace Qt::StringLiterals;

namespace sandbox {

void RequestLog::append(int http, const QString &service, const QString &action,
    const QJsonObject &params, bool ksPresent, const QString &result)
{
    std::lock_guard lock(m_mutex);
    m_entries.append(QJsonObject {{u"seq"_s, ++m_seq}, {u"http"_s, http}, {u"service"_s, service},
        {u"action"_s, action}, {u"params"_s, params},
        {u"ks"_s, ksPresent ? u"present"_s : u"absent"_s}, {u"result"_s, result}});
}

QJsonArray RequestLog::entries() const
{
    std::lock_guard lock(m_mutex);
    return m_entries;
}

void RequestLog::clear()
{
    std::lock_guard lock(m_mutex);
    m_entries = QJsonArray();
}

} // namespace sandbox
