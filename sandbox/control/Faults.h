// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

#include <mutex>
#include <optional>

namespace sandbox {

/// POST /__sandbox/faults rules (DESIGN.md "Interfaces"): each rule matches `service.action`
/// (case-insensitive) or `*`, applies to the next `times` matching HTTP requests (default: until
/// cleared), and has one effect.
struct Fault {
    enum class Kind { HttpStatus, ResetAfterBytes, Delay, Body, Throttle };
    QString match;
    int times = -1;
    Kind kind = Kind::HttpStatus;
    qint64 value = 0; ///< status, bytes, ms or bytes per second
    QString body; ///< "truncated" | "malformed" | "html"
};

class Faults {
public:
    /// Adds the rules of a control request; false and a reason when it is malformed.
    bool add(const QJsonObject &request, QString *error);
    void clear();
    /// Takes the first rule matching one of the names of this HTTP request (a multirequest
    /// matches "multirequest" and each item's service.action), counting one use. Without
    /// wildcard, "*" rules are left alone (delivery requests answer only rules that name them).
    std::optional<Fault> take(const QStringList &names, bool wildcard = true);

private:
    std::mutex m_mutex;
    QList<Fault> m_rules;
};

} // namespace sandbox
