// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/RetryPolicy.h"

#include <QRandomGenerator>

#include <algorithm>

namespace minikmc::api {

std::chrono::milliseconds RetryPolicy::delayFor(int retry) const
{
    const int exponent = std::clamp(retry - 1, 0, 20);
    const double capped = std::min<double>(
        double(baseDelay.count()) * double(1 << exponent), double(maxDelay.count()));
    const double jitter = 0.5 + 0.5 * QRandomGenerator::global()->generateDouble();
    return std::chrono::milliseconds(qint64(capped * jitter));
}

} // namespace minikmc::api
