#pragma once
// Splitting story text (dispatches, wire copy) into paragraphs: blank lines separate blocks; inside
// a block, an indented line starts a new paragraph (wire text hard-wrapped with
// indented paragraph starts), and lines longer than any wrap width are
// paragraphs of their own.
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace wirekit {

struct TextParagraph {
    std::string text;                     // lines joined with single spaces, trimmed
    std::vector<std::string_view> lines;  // the lines as printed, trimmed
    std::size_t block = 0;                // which blank-line-separated block it came from
    std::size_t line = 0;                 // 1-based line number of its first line
    bool preformatted = false;            // a table or other fixed layout: lines kept, never joined
};

// FIND_TABLES: a block whose lines all have columns (runs of spaces inside
// them) is one preformatted paragraph, as wire results tables are.
std::vector<TextParagraph> split_story_paragraphs(std::string_view text, bool find_tables = false);

}  // namespace wirekit
