#pragma once
// Durations written for people on the command line: "90" or "90s", "45m",
// "36h", "7d", "2w".
#include <optional>
#include <string_view>

namespace wirekit {

// Seconds, or nullopt when TEXT is not a whole number with an optional unit
// (s, m, h, d, w) or is too large.
std::optional<long long> parse_duration(std::string_view text);

// A running time as podcasts write it (itunes:duration): "H:MM:SS", "M:SS" or
// seconds, each with an optional fraction of a second on its last part.
// Seconds, or nullopt when TEXT is none of these.
std::optional<double> parse_clock_duration(std::string_view text);

}  // namespace wirekit
