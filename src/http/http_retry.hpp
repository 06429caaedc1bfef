#pragma once
// When to try an HTTP request again and how long to wait first: exponential
// backoff with jitter, and the server's Retry-After when it sends one.
#include <optional>
#include <string_view>

namespace wirekit {

struct RetryPolicy {
    int retries = 3;             // attempts after the first
    double base_delay = 1.0;     // seconds before the first retry, doubled each time
    double max_delay = 60.0;     // no single wait is longer
    double max_time = 120.0;     // seconds from the first attempt after which no retry starts
};

// Statuses worth another try: 408, 429 and every 5xx.
bool is_retryable_status(long status);

// The wait before retry number ATTEMPT (1 for the first retry): base * 2^(attempt-1),
// capped at max_delay, with "equal jitter": a random point in its upper half,
// so that many clients cut off together do not come back together. UNIT is a
// random number in [0, 1).
double backoff_delay(const RetryPolicy& policy, int attempt, double unit);

// Retry-After (RFC 9110 section 10.2.3) in seconds from NOW (Unix seconds):
// delay-seconds or an HTTP-date; a date in the past gives 0. nullopt when the
// value is neither.
std::optional<double> parse_retry_after(std::string_view value, long long now);

}  // namespace wirekit
