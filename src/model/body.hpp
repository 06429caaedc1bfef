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

struct Block {
    enum class Kind { paragraph, heading, quote, list, list_item, preformatted, rule };
    Kind kind = Kind::paragraph;
    int level = 0;                 // heading level 1-6
    bool ordered = false;          // for list
    std::vector<Inline> inlines;   // for paragraph, heading, preformatted
    std::vector<Block> children;   // for quote, list (its items), list_item

    bool operator==(const Block&) const = default;
};

using Body = std::vector<Block>;

}  // namespace wirekit
