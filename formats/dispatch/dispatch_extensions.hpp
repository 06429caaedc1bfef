#pragma once
// Keys of the extensions the dispatch format keeps (format "dispatch"), so that
// dispatch -> any -> dispatch gives the same bytes.
#include <string_view>

namespace wirekit::dispatch_ext {

// What stood between the dateline and the lead: " - ", " — ", " ", ...
inline constexpr std::string_view dateline_separator = "dateline-separator";
// Index of the body paragraph the dateline opens, when paragraphs (captions,
// notes) came before it.
inline constexpr std::string_view lead_index = "lead-index";

}  // namespace wirekit::dispatch_ext
