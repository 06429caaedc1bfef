#include "http/http_retry.hpp"

#include <algorithm>
#include <cmath>

#include "text/text.hpp"
#include "time/datetime_rfc822.hpp"
#include "time/instant_order.hpp"

namespace wirekit {

bool is_retryable_status(long status) { return status == 408 || status == 429 || (status >= 500 && status <= 599); }

double backoff_delay(const RetryPolicy& policy, int attempt, double unit) {
    double full = policy.base_delay * std::ldexp(1.0, std::clamp(attempt, 1, 62) - 1);
    full = std::min(full, policy.max_delay);
    return full / 2 + full / 2 * std::clamp(unit, 0.0, 1.0);
}

std::optional<double> parse_retry_after(std::string_view value, long long now) {
    value = trim(value);
    if (value.empty()) return std::nullopt;
    if (value.find_first_not_of("0123456789") == std::string_view::npos) {
        // More digits than a day of seconds needs are still a valid (huge) delay.
        if (value.size() > 9) return 1e9;
        return static_cast<double>(std::stoll(std::string(value)));
    }
    auto date = parse_rfc822(value);
    if (!date || !date->has_time) return std::nullopt;
    long long at = unix_seconds(*date);
    return at > now ? static_cast<double>(at - now) : 0.0;
}

}  // namespace wirekit
