// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <chrono>

namespace minikmc::api {

/// How transient failures are retried: exponential backoff with jitter (KALTURA-API.md §11:
/// 1 s, 2 s, 4 s, at most 3 retries). Only idempotent calls are retried after a transient
/// failure; any call is retried when the request certainly never reached the server.
struct RetryPolicy {
    int maxRetries = 3;
    std::chrono::milliseconds baseDelay {1000};
    std::chrono::milliseconds maxDelay {30000};

    /// Delay before retry number `retry` (1-based): base·2^(retry-1), capped, then a random
    /// factor in [0.5, 1.0] so that many clients do not retry in lock-step.
    std::chrono::milliseconds delayFor(int retry) const;
};

} // namespace minikmc::api
