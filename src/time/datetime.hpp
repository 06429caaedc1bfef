#pragma once
// Calendar arithmetic, RFC 3339 / W3CDTF parsing and formatting, and the one
// place that reads the clock (SOURCE_DATE_EPOCH overrides it).
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include "model/datetime.hpp"

namespace wirekit {

bool is_valid_date(int year, int month, int day);
int days_in_month(int year, int month);

// Reads exactly N ASCII digits at POS into OUT and advances POS past them;
// false, leaving both, when fewer than N digits stand there.
bool read_digits(std::string_view s, std::size_t& pos, int n, int& out);

// Days since 1970-01-01 of a civil date (proleptic Gregorian).
long long days_from_civil(int year, int month, int day);

// A UTC instant (offset +00:00) from seconds since the epoch.
DateTime from_unix_seconds(long long seconds);

// A date only (no time) from a DateTime, dropping time and zone.
DateTime date_only(const DateTime& dt);

// Orders by the date part only (year, month, day).
int compare_dates(const DateTime& a, const DateTime& b);

// "2023-06-06", "2023-06-06T10:00:00", "2023-06-06T10:00:00.5+05:00", "...Z" for offset 0.
std::string format_rfc3339(const DateTime& dt);

// Parses RFC 3339 and the W3CDTF profile of ISO 8601 (YYYY, YYYY-MM, YYYY-MM-DD,
// with time, optional seconds and fraction, "Z", "+hh:mm", "+hhmm", or no zone).
// Leading/trailing whitespace is allowed. Year-only and year-month forms give day/month 1.
std::optional<DateTime> parse_rfc3339(std::string_view text);

// SOURCE_DATE_EPOCH as a UTC instant when it is set; throws Error 78 when it is
// set but not a whole number of seconds.
std::optional<DateTime> source_date_epoch();

// Now, as a UTC instant: SOURCE_DATE_EPOCH when set, else the clock.
DateTime now_utc();

}  // namespace wirekit
