#pragma once
// What the anpa reader and writer agree on: the extension keys (format
// "anpa") that keep ANPA-1312's header fields the model has no place for, so
// that anpa -> json -> anpa gives the same message back.
#include <string_view>

namespace wirekit::anpa {

inline constexpr std::string_view format_id = "anpa";
inline constexpr std::string_view service = "service";            // "W": the circuit's service letter
inline constexpr std::string_view story_number = "story-number";  // "2870": wraps, never an id
inline constexpr std::string_view option = "option";              // between number and US (a source tag)
inline constexpr std::string_view selector = "selector";          // "asian", "-----"
inline constexpr std::string_view priority_letter = "priority";   // "f": as sent (the urgency is its number)
inline constexpr std::string_view format_code = "format";         // "text" (DC3 DC1), "table" (DC4 DC2), "agate-text", "body-table"
inline constexpr std::string_view keyword = "keyword";            // line 2's slug, spaces removed, 24 characters
inline constexpr std::string_view version = "version";            // line 2's version, spaces removed: "1stLd-Writethru"
inline constexpr std::string_view reference = "reference";        // "TB06"
inline constexpr std::string_view filing_date = "filing-date";    // "11-13": month-day, US time
inline constexpr std::string_view word_count = "word-count";      // line 2's count
inline constexpr std::string_view desk = "desk";                  // "LT" from "BC-LT--"
inline constexpr std::string_view slug_words = "slug-word-count"; // the count after the slug line's last comma
inline constexpr std::string_view photo_line = "photo-line";      // "AP Photo XNP101, XNP102"
inline constexpr std::string_view index = "index";                // Canadian Press "^INDEX:" line
inline constexpr std::string_view symbol = "symbol";              // Canadian Press "^SYMBOL:" line (stock symbols)
inline constexpr std::string_view stamp_sender = "stamp-sender";  // "AP-WF" before the stamp's date

// The scheme of the category letter's subject ("anpa-category:l").
inline constexpr std::string_view category_scheme = "anpa-category";

}  // namespace wirekit::anpa
