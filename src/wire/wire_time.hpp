#pragma once
// The transmission times wire messages end with. Neither names a century, and
// IPTC 7901's names its month in the desk's language.
#include <optional>
#include <string>
#include <string_view>

#include "model/article.hpp"
#include "options/read_write_options.hpp"

namespace wirekit {

// When a message is sent: the article's version_created, else NOW (--now,
// SOURCE_DATE_EPOCH), else the clock.
DateTime transmission_time(const Article& a, const std::optional<DateTime>& now);

struct AnpaStamp {
    DateTime when;
    std::string_view sender;  // sender and circuit before the date: "AP-WF", "KWS"
};

// OPTS for reading a message's story: its transmission time (A's
// version_created), when known, dates the yearless date of its dateline,
// which the file's modification time would date less well.
ReadOptions dated_by_transmission(const ReadOptions& opts, const Article& a);

// ANPA's stamp after ETX. AP's "AP-WF-11-13-13 1509GMT" (month-day-year, hhmm
// GMT) gives 2013-11-13T15:09:00Z; Kyodo's "KWS-14:20-05-12-24" (local hh:mm,
// day-month-year) gives 2024-12-05T14:20 without an offset, since the stamp
// names no zone. REFERENCE picks the century (the latest that is not over a
// year after it); nullopt when LINE is no stamp.
std::optional<AnpaStamp> read_anpa_stamp(std::string_view line, const std::optional<DateTime>& reference);

// "AP-WF-11-13-13 1509GMT" for SENDER "AP-WF" and an instant (converted to
// UTC); a local time without offset in Kyodo's shape: "KWS-14:20-05-12-24".
std::string anpa_stamp(std::string_view sender, const DateTime& when);

// IPTC 7901's end line: "131137 GMT Nov 13" (day, hour, minute, GMT, month in
// English, German or French, any case, two-digit year). Without "GMT" (ATS)
// it is a local time: no offset.
std::optional<DateTime> iptc7901_end_time(std::string_view line, const std::optional<DateTime>& reference);

// "131137 GMT Nov 13" for an instant (converted to UTC), months in English;
// "131137 Nov 13" for a local time without offset.
std::string iptc7901_end_line(const DateTime& when);

}  // namespace wirekit
