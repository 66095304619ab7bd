// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace httplib {
class Server;
}

namespace sandbox {
class Faults;
}

namespace sandbox::delivery {

/// The non-api_v3 delivery endpoints under /p/{pid}[/sp/{pid}00]/: playManifest (format url and
/// download; serves the flavor file with HTTP Range), serveFlavor, download, raw, and the
/// thumbnail API returning real JPEGs (KALTURA-API.md §9). Fault rules whose `match` is a delivery
/// action (serveFlavor, download, raw, playManifest, thumbnail) apply to them: httpStatus, delayMs,
/// and resetAfterBytes, which here cuts the RESPONSE body after that many bytes (an interrupted
/// download).
void addRoutes(httplib::Server &server, Faults &faults);

} // namespace sandbox::delivery
