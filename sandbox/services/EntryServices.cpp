// SPDX-License-Identifier: GPL-3.0-or-later
// PLACEHOLDER: to be written (issue 3).
#include "api/Dispatcher.h"
#include "services/Services.h"

namespace sandbox {

void registerEntryServices(Dispatcher &) { }

} // namespace sandbox
