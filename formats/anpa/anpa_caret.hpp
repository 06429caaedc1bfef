#pragma once
// AP's caret lines, the block of "^…" lines that opens a message's text: the
// full slug line (slug, version, word count), the headline, photo ids,
// editors' notes, a summary, the byline and its title; Canadian Press's
// labelled lines ("HL:") and credit line.
#include <string_view>
#include <vector>

#include "model/article.hpp"

namespace wirekit {

struct CaretLines {
    // Caret lines the block did not place (a tabular message's headings):
    // they belong to the body, as printed.
    std::vector<std::string> unplaced;
};

// Reads LINES (each without its "^") into A. TABULAR: the message is a table,
// whose unknown caret lines are headings of the body.
CaretLines read_caret_lines(const std::vector<std::string_view>& lines, bool tabular, Article& a);

// Whether a caret line after the headline is a credit line ("THE CANADIAN
// PRESS"): a few words in capitals.
bool is_credit_line(std::string_view line);

}  // namespace wirekit
