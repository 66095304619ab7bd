// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace sandbox {

/// Resets (TCP RST) this process's connection whose peer port is `remotePort` and local port is
/// `localPort`: the "reset the connection after K body bytes" fault. cpp-httplib offers no
/// handle on a request's socket, so the descriptor is found by its addresses.
bool resetConnection(int localPort, int remotePort);

} // namespace sandbox
