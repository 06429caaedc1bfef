#pragma once
// Splitting dispatch text into paragraphs: blank lines separate blocks; inside
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
};

std::vector<TextParagraph> split_paragraphs(std::string_view text);

}  // namespace wirekit
