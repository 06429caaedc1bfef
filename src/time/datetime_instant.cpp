#include "time/datetime_instant.hpp"

#include "time/datetime.hpp"
#include "time/datetime_rfc822.hpp"

namespace wirekit {

std::optional<Rfc3339Instant> rfc3339_instant(const DateTime& dt) {
    DateTime instant = complete_instant(dt);
    std::string text = format_rfc3339(instant);
    // What does not read back the same is no real date-time.
    if (parse_rfc3339(text) != instant) return std::nullopt;
    return Rfc3339Instant{std::move(text), !(instant == dt)};
}

}  // namespace wirekit
