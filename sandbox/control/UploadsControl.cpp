// SPDX-License-Identifier: GPL-3.0-or-later
// PLACEHOLDER: to be written (issue 3).
#include "control/UploadsControl.h"

namespace sandbox {

void addUploadsControl(httplib::Server &) { }

} // namespace sandbox
