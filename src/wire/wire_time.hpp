#pragma once
// The transmission times wire messages end with. Neither names a century, and
// IPTC 7901's names its month in the desk's language.
#include <optional>
#include <string>
#include <string_view>

#include "model/article.hpp"

namespace wirekit {

// When a message is sent: the article's version_created, else NOW (--now,
// SOURCE_DATE_EPOCH), else the clock.
DateTime transmission_time(const Article& a, const std::optional<DateTime>& now);

// ANPA's stamp after ETX: "AP-WF-11-13-13 1509GMT" (month-day-year, hhmm
// GMT) gives 2013-11-13T15:09:00Z. Anything before the date is the sender and
// circuit. REFERENCE picks the century (the latest that is not over a year
// after it); nullopt when LINE is no stamp.
std::optional<DateTime> anpa_stamp_time(std::string_view line, const std::optional<DateTime>& reference);

// "AP-WF-11-13-13 1509GMT" for SENDER "AP-WF" and an instant (converted to UTC).
std::string anpa_stamp(std::string_view sender, const DateTime& when);

// IPTC 7901's end line: "131137 GMT Nov 13" (day, hour, minute, GMT, month in
// English, German or French, any case, two-digit year; "GMT" may be missing).
std::optional<DateTime> iptc7901_end_time(std::string_view line, const std::optional<DateTime>& reference);

// "131137 GMT Nov 13" for an instant (converted to UTC), months in English.
std::string iptc7901_end_line(const DateTime& when);

}  // namespace wirekit
