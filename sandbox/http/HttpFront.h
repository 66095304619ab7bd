// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/Dispatcher.h"
#include "control/Faults.h"
#include "control/RequestLog.h"

#include <atomic>
#include <memory>

namespace httplib {
class Server;
}

namespace sandbox {

/// The HTTP side: api_v3 URL forms and body encodings (KALTURA-API.md §1), the test controls
/// under /__sandbox/, and the faults. Listens on loopback only.
class HttpFront {
public:
    HttpFront(Dispatcher &dispatcher, RequestLog &log, Faults &faults);
    ~HttpFront();

    /// Binds host:port (port 0 = any free port); returns the port, or -1.
    int bind(const QString &host, int port);
    void setServiceUrl(const QString &url) { m_serviceUrl = url; }
    /// For other parts that add routes (delivery, test controls) before run().
    httplib::Server &server();
    /// Serves until stop() (blocking).
    void run();
    void stop();

private:
    void routeApi();
    void routeControls();

    Dispatcher &m_dispatcher;
    RequestLog &m_log;
    Faults &m_faults;
    std::unique_ptr<httplib::Server> m_server;
    QString m_serviceUrl;
    std::atomic<int> m_httpSeq {0};
};

} // namespace sandbox
