#pragma once
// The body of an article: a small block tree that every format can express,
// from plain text paragraphs to XHTML.
#include <string>
#include <vector>

namespace wirekit {

struct Inline {
    enum class Kind { text, emphasis, strong, link, line_break };
    Kind kind = Kind::text;
    std::string text;              // for text
    std::string href;              // for link
    std::vector<Inline> children;  // for emphasis, strong, link

    bool operator==(const Inline&) const = default;
};

// A table is rows of cells: table > table_row > table_cell, a cell holding
// inlines (a header cell marked as such).
struct Block {
    enum class Kind { paragraph, heading, quote, list, list_item, preformatted, rule, table, table_row, table_cell };
    Kind kind = Kind::paragraph;
    int level = 0;                 // heading level 1-6
    bool ordered = false;          // for list
    std::vector<Inline> inlines;   // for paragraph, heading, preformatted, table_cell
    std::vector<Block> children;   // for quote, list (its items), list_item, table (its rows), table_row (its cells)
    bool header = false;           // for table_cell: a header cell

    bool operator==(const Block&) const = default;
};

using Body = std::vector<Block>;

}  // namespace wirekit
