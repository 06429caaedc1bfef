#pragma once
// Month names in the languages datelines and feed dates are written in.
#include <string_view>

namespace wirekit {

// The month (1-12) named by WORD in English (with AP abbreviations such as
// "Sept."), French, Spanish, German, Italian or Russian (nominative and
// genitive, abbreviated), case-insensitive; 0 when it names none.
int month_from_name(std::string_view word);

}  // namespace wirekit
