#pragma once
// Model dates as the RFC 3339 "date-time" that JSON schemas require (ninjs,
// JSON Feed): a full date, a time and a UTC offset, where the model may hold
// less (a bare date, a local time without zone).
#include <optional>
#include <string>

#include "model/datetime.hpp"

namespace wirekit {

struct Rfc3339Instant {
    std::string text;           // e.g. "2023-06-06T09:59:59+05:00"
    bool approximated = false;  // completed by complete_instant: midnight for a bare date, UTC for no zone
};

// DT as an RFC 3339 date-time; nullopt when it has no exact RFC 3339 form
// (month 13, a year outside 0-9999, a fraction that is not digits, ...).
std::optional<Rfc3339Instant> rfc3339_instant(const DateTime& dt);

}  // namespace wirekit
