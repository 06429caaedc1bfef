#pragma once
// DateTimes as points in time, for ordering articles newest first and for
// age limits: a bare date counts as its midnight and a time without an offset
// as UTC, since that is the best the source allows.
#include <compare>

#include "model/datetime.hpp"

namespace wirekit {

// Seconds since 1970-01-01T00:00:00Z (fractions ignored).
long long unix_seconds(const DateTime& dt);

// Orders A and B by the instant they name.
std::strong_ordering compare_instants(const DateTime& a, const DateTime& b);

}  // namespace wirekit
