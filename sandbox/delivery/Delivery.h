// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace httplib {
class Server;
}

namespace sandbox::delivery {

/// The non-api_v3 delivery endpoints under /p/{pid}[/sp/{pid}00]/: playManifest (format url and
/// download; serves the flavor file with HTTP Range), serveFlavor, download, raw, and the
/// thumbnail API returning real JPEGs (KALTURA-API.md §9).
void addRoutes(httplib::Server &server);

} // namespace sandbox::delivery
