#pragma once
// The words of feed dates: zone abbreviations and the month names that
// month_from_name does not know (Portuguese, Dutch), kept apart from the date
// grammar because the tables only grow.
#include <optional>
#include <string_view>

namespace wirekit {

// Minutes east of UTC for a zone word: UT, UTC, GMT, Z, the RFC 822 US zones,
// a few common abbreviations (CET, CEST, BST, JST, ...) and military letters
// (other than Z read as UTC, RFC 5322 section 4.3). Case-insensitive; nullopt
// for words that name no zone.
std::optional<int> zone_offset_minutes(std::string_view word);

// The month (1-12) named by WORD in any language month_from_name knows, or in
// Portuguese or Dutch; 0 for none.
int feed_month_from_name(std::string_view word);

// Whether WORD is an English weekday name, abbreviated or spelled out.
bool is_english_weekday(std::string_view word);

}  // namespace wirekit
