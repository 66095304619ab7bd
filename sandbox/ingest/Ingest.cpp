// SPDX-License-Identifier: GPL-3.0-or-later
// PLACEHOLDER: to be written (issue 3).
#include "ingest/Ingest.h"

namespace sandbox {

void ingest::enqueue(const QString &, const QString &) { }
void ingest::shutdown() { }

} // namespace sandbox
