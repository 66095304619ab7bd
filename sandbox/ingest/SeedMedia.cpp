// SPDX-License-Identifier: GPL-3.0-or-later
// PLACEHOLDER: to be written (issue 3).
#include "ingest/SeedMedia.h"

namespace sandbox {

bool seed::media(QString *)
{
    return true;
}

} // namespace sandbox
