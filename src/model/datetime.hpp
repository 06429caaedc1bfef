#pragma once
// A point in time as a source states it: a bare date, a local time without a
// zone, or an instant with its UTC offset. Keeping what the source said (and
// no more) is what lets every format round-trip its own dates.
#include <compare>
#include <string>

namespace wirekit {

struct DateTime {
    int year = 0;
    int month = 0;   // 1-12
    int day = 0;     // 1-31
    bool has_time = false;
    int hour = 0;
    int minute = 0;
    int second = 0;
    std::string fraction;  // fractional-second digits as written, without the dot
    bool has_offset = false;
    int offset_minutes = 0;  // east of UTC

    bool operator==(const DateTime&) const = default;
};

}  // namespace wirekit
