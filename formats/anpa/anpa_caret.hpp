#pragma once
// AP's caret lines, the block of "^…" lines that opens a message's text: the
// full slug line (slug, version, word count), the headline, photo ids,
// editors' notes, a summary, the byline and its title.
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

}  // namespace wirekit
