#pragma once
// Keys of the extensions that say where a dateline stood in a story's text, so
// that a text format prints the lead as it was. Each reader stores them under
// its own format id; the dispatch's ("dispatch") also come from G2 and feed text.
#include <string_view>

namespace wirekit::lead_key {

// What stood between the dateline and the lead: " - ", " — ", " _ ", ...
inline constexpr std::string_view dateline_separator = "dateline-separator";
// Index of the body paragraph the dateline opens, when paragraphs (captions,
// notes) came before it.
inline constexpr std::string_view lead_index = "lead-index";

}  // namespace wirekit::lead_key
