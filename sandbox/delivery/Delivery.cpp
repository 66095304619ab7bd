// SPDX-License-Identifier: GPL-3.0-or-later
// PLACEHOLDER: to be written (issue 3).
#include "delivery/Delivery.h"

namespace sandbox {

void delivery::addRoutes(httplib::Server &) { }

} // namespace sandbox
