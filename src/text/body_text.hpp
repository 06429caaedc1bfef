#pragma once
// The plain text of body nodes, for formats that carry text only.
#include <string>

#include "model/body.hpp"

namespace wirekit {

// The text of inline nodes: emphasis, strong and links give their text; a line
// break gives a space.
std::string inline_text(const std::vector<Inline>& inlines);

// One string per text paragraph of BLOCKS: headings and quoted paragraphs as
// paragraphs, list items prefixed "- " (or "1. " when ordered), preformatted
// blocks one paragraph per line (trimmed), rules as "* * *", tables one
// paragraph per row, its cells separated by tabs.
std::vector<std::string> block_paragraphs(const Body& blocks);

// The non-blank lines of a preformatted block, their indentation kept.
std::vector<std::string> preformatted_lines(const Block& block);

// Removes the paragraphs with no text but white space (no-break spaces
// included): what agencies put between paragraphs is no paragraph.
void drop_blank_paragraphs(Body& body);

// Words in PARAGRAPHS (block_paragraphs' result), as wire headers count them.
std::size_t paragraph_words(const std::vector<std::string>& paragraphs);

}  // namespace wirekit
