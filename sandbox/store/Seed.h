// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace sandbox::seed {

/// --seed N: N entries with varied names, tags, types, statuses, durations and dates, plus a
/// small category tree; fast (100 000 in seconds). Idempotent: a data dir that already holds N or
/// more seeded entries is left alone. False and a reason on failure.
bool entries(int count, QString *error);

} // namespace sandbox::seed
