#pragma once
// The body of plain text sent where markup could have been (NewsML-G2's
// inlineData, NewsML 1.x's DataContent).
#include <string_view>

#include "model/body.hpp"

namespace wirekit {

// Paragraphs end at blank lines; where the text marks paragraphs by indenting
// their first line (as wire copy does), at indented lines; where it does
// neither, at every line break. Lines that are a lone tag ("<p>", "</p>", as
// ANSA sends in text/plain) are left out, and DROPPED_TAG_LINES says so.
Body plain_text_body(std::string_view text, bool& dropped_tag_lines);

}  // namespace wirekit
