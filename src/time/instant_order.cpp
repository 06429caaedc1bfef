#include "time/instant_order.hpp"

#include "time/datetime.hpp"

namespace wirekit {

long long unix_seconds(const DateTime& dt) {
    long long seconds = days_from_civil(dt.year, dt.month, dt.day) * 86400LL;
    if (dt.has_time) seconds += dt.hour * 3600LL + dt.minute * 60LL + dt.second;
    if (dt.has_offset) seconds -= dt.offset_minutes * 60LL;
    return seconds;
}

std::strong_ordering compare_instants(const DateTime& a, const DateTime& b) { return unix_seconds(a) <=> unix_seconds(b); }

}  // namespace wirekit
