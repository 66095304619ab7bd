// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace sandbox::seed {

/// --seed-media: a few real playable entries (H.264/AAC made with ffmpeg, cached in the data
/// dir) with flavors and thumbnails. Idempotent on a data dir that already has them. False and a
/// reason on failure.
bool media(QString *error);

} // namespace sandbox::seed
