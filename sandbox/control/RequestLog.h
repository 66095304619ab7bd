// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonArray>
#include <QJsonObject>

#include <mutex>

namespace sandbox {

/// GET /__sandbox/requests: one line per api_v3 call received (each item of a multirequest is
/// its own line; `http` numbers the HTTP request). Kept in memory; DELETE clears it.
class RequestLog {
public:
    void append(int http, const QString &service, const QString &action, const QJsonObject &params,
        bool ksPresent, const QString &result);
    QJsonArray entries() const;
    void clear();

private:
    mutable std::mutex m_mutex;
    QJsonArray m_entries;
    int m_seq = 0;
};

} // namespace sandbox
