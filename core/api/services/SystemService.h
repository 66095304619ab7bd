// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/Reply.h"

namespace minikmc::api {

/// `system.ping` → true when the server is up (KALTURA-API.md §10). Needs no KS.
class SystemPing final : public Reply {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SystemPing)

public:
    SystemPing();
    /// The server's answer; `false` means the node is flagged as failing.
    bool isAlive() const { return m_alive; }

protected:
    Error interpretResult(const QJsonValue &result) override;

private:
    bool m_alive = false;
};

/// `system.getVersion` → the server's version string, e.g. "Venus-22.19.0". Needs no KS.
class SystemGetVersion final : public Reply {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SystemGetVersion)

public:
    SystemGetVersion();
    QString version() const { return m_version; }

protected:
    Error interpretResult(const QJsonValue &result) override;

private:
    QString m_version;
};

} // namespace minikmc::api
