#pragma once
// Dates as datelines write them, in many languages: "06th June, 2023",
// "July 21st", "Sept. 5", "Aug 29, 2014", "30 jun", "10 фев", "11月17日",
// "4th Jan, 2023".
#include <cstddef>
#include <optional>
#include <string_view>

#include "model/datetime.hpp"

namespace wirekit {

// Parses TEXT (the whole string must be a date phrase, surrounding whitespace
// and punctuation aside) into a bare date. A missing year is inferred from
// REFERENCE so that the result is never more than two days after it; without a
// reference a yearless date gives nullopt.
std::optional<DateTime> parse_dateline_date(std::string_view text, const std::optional<DateTime>& reference);

// A date phrase found at the start of a text, before its year is known.
struct ScannedDate {
    int year = 0;  // 0 when the phrase names none
    int month = 0;
    int day = 0;
    std::size_t length = 0;  // bytes the phrase spans, from the start of the text
};

// Reads the date phrase that TEXT starts with ("Aug 29, 2014 (AFP) - ..." gives
// 2014-08-29 spanning "Aug 29, 2014"); nullopt when TEXT does not start with
// one or the date cannot exist (Feb 30). A yearless Feb 29 is accepted.
std::optional<ScannedDate> scan_dateline_date(std::string_view text);

// The scanned date as a bare DateTime, its year inferred from REFERENCE as for
// parse_dateline_date.
std::optional<DateTime> resolve_dateline_date(const ScannedDate& date, const std::optional<DateTime>& reference);

}  // namespace wirekit
