#pragma once
// Dates as feeds write them: RFC 822 / RFC 1123 ("Sun, 30 Jun 2024 10:00:00
// +0200") with the variants real feeds publish, and the one entry point every
// feed-like format uses, parse_feed_date (RFC 3339 first, then the RFC 822
// family, then the common broken forms).
#include <optional>
#include <string>
#include <string_view>

#include "model/datetime.hpp"

namespace wirekit {

// Parses the RFC 822 family, leniently:
// - the weekday may be missing, abbreviated, spelled out, localised ("Seg,",
//   "mer,") or wrong for the date: it is never checked;
// - day and month in either order ("30 Jun 2024", "Jun 30, 2024", asctime's
//   "Sun Jun 30 10:00:00 2024"), month names in English and the languages
//   month_from_name knows, plus Portuguese and Dutch;
// - two-digit years (00-49 are 20xx, 50-99 are 19xx, as RFC 5322 says),
//   three-digit years (+1900), "-" between the parts ("30-Jun-24", RFC 850);
// - the time with or without seconds (and fraction digits), "AM"/"PM";
//   no time at all gives a bare date;
// - the zone as "+hhmm", "+hh:mm", "+hh", "GMT+2", UT, UTC, GMT, Z, the US
//   zones (EST/EDT/CST/CDT/MST/MDT/PST/PDT) and a few other common
//   abbreviations; military letters other than Z are read as UTC because
//   RFC 822 gave them the wrong sign (RFC 5322 section 4.3); an unknown
//   zone word or no zone at all leaves a local time without offset; a
//   trailing comment such as "(UTC)" is ignored.
// The date and time must exist (no 31 Jun, no 25:00). Anything else gives nullopt.
std::optional<DateTime> parse_rfc822(std::string_view text);

// RFC 3339 / W3CDTF (parse_rfc3339), then parse_rfc822, then all-numeric
// dates: "2024-06-30 10:00:00 +0200" (ISO with spaces), "30.06.2024 10:00"
// (day first), "06/30/2024" (month first unless the first number exceeds 12).
std::optional<DateTime> parse_feed_date(std::string_view text);

// Whether TEXT is RFC 822 as the standard writes it (what strict RSS
// validators accept): an optional English weekday and comma, day, English
// month abbreviation, two- or four-digit year, hh:mm[:ss], and a zone
// (+hhmm, UT, GMT, a US zone or a military letter).
bool is_strict_rfc822(std::string_view text);

// "Sun, 30 Jun 2024 10:00:00 +0200". What RFC 822 cannot say is completed: a
// bare date gets 00:00:00, a time without offset is written as UTC (+0000),
// fraction digits are dropped. rfc822_exact tells whether nothing was.
std::string format_rfc822(const DateTime& dt);
bool rfc822_exact(const DateTime& dt);

// DT with what an instant needs: 00:00:00 for a bare date, offset +00:00 when
// it has none (fraction digits are kept). For formats that require instants.
DateTime complete_instant(const DateTime& dt);

}  // namespace wirekit
