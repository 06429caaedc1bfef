#pragma once
// The end of a dispatch that is not story text: reporting credits
// "(Reporting by …; Editing by …)", end marks ("###", "-30-", "ENDS",
// "Enditem"), contact lines, editors' initials, and notes after a "___" or
// "# …" separator.
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "story/story_paragraphs.hpp"

namespace wirekit {

struct TrailerSplit {
    std::size_t first = 0;  // index of the first trailer paragraph; == size() when none
    // Trailer text glued to the end of the last story paragraph (e.g. "... said. Enditem"):
    // its byte offset in that paragraph's text, or npos.
    std::size_t glued_at = std::string::npos;
};

// An agency's sign-off with its editors' initials, all in lower case:
// "dpa wsz jln npr", "afp hh/ph".
bool is_sign_off(std::string_view line);

// Looks at PARAGRAPHS[from, end) (the story after its lead) for a trailer.
TrailerSplit find_trailer(const std::vector<TextParagraph>& paragraphs, std::size_t from);

// The trailer as printed: each paragraph's lines joined by newlines, blocks
// separated by a blank line.
std::string trailer_text(const std::vector<TextParagraph>& paragraphs, std::size_t first);

}  // namespace wirekit
