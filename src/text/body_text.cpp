#include "text/body_text.hpp"

#include <utility>

#include "text/text.hpp"

namespace wirekit {

namespace {

void append_inline_text(const std::vector<Inline>& inlines, std::string& out) {
    for (const auto& in : inlines) {
        switch (in.kind) {
            case Inline::Kind::text: out += in.text; break;
            case Inline::Kind::line_break: out += ' '; break;
            default: append_inline_text(in.children, out); break;
        }
    }
}

void collect(const Body& blocks, std::vector<std::string>& out);

// A row of a table: its cells' text, separated by tabs.
std::string row_text(const Block& row) {
    std::string line;
    for (std::size_t i = 0; i < row.children.size(); ++i) {
        if (i > 0) line += '\t';
        line += inline_text(row.children[i].inlines);
    }
    return line;
}

void collect_block(const Block& b, std::vector<std::string>& out) {
    switch (b.kind) {
        case Block::Kind::paragraph:
        case Block::Kind::heading:
        case Block::Kind::table_cell: out.push_back(inline_text(b.inlines)); break;
        case Block::Kind::preformatted:
            for (auto& line : preformatted_lines(b)) out.emplace_back(trim(line));
            break;
        case Block::Kind::rule: out.push_back("* * *"); break;
        case Block::Kind::quote:
        case Block::Kind::list_item:
        case Block::Kind::table: collect(b.children, out); break;
        case Block::Kind::list: {
            int number = 1;
            for (const auto& item : b.children) {
                std::string marker = b.ordered ? std::to_string(number++) + ". " : "- ";
                std::vector<std::string> item_text;
                if (item.kind == Block::Kind::list_item) collect(item.children, item_text);
                else collect_block(item, item_text);
                if (!item.inlines.empty()) item_text.insert(item_text.begin(), inline_text(item.inlines));
                for (std::size_t k = 0; k < item_text.size(); ++k)
                    out.push_back(k == 0 ? marker + item_text[k] : item_text[k]);
            }
            break;
        }
        case Block::Kind::table_row:
            if (std::string line = row_text(b); !trim(line).empty()) out.push_back(std::move(line));
            break;
    }
}

void collect(const Body& blocks, std::vector<std::string>& out) {
    for (const auto& b : blocks) collect_block(b, out);
}

// Whether INLINES hold a byte that no trimming removes (none of white space or
// a no-break space): most paragraphs, told apart without building their text.
bool has_solid_byte(const std::vector<Inline>& inlines) {
    for (const auto& in : inlines) {
        if (in.kind == Inline::Kind::text) {
            for (char c : in.text)
                if (!is_ascii_space(c) && c != '\xC2' && c != '\xA0') return true;
        } else if (has_solid_byte(in.children)) {
            return true;
        }
    }
    return false;
}

}  // namespace

std::string inline_text(const std::vector<Inline>& inlines) {
    std::string out;
    append_inline_text(inlines, out);
    return collapse_spaces(std::move(out));
}

std::vector<std::string> block_paragraphs(const Body& blocks) {
    std::vector<std::string> out;
    collect(blocks, out);
    return out;
}

std::size_t paragraph_words(const std::vector<std::string>& paragraphs) {
    std::size_t n = 0;
    for (const auto& p : paragraphs) n += word_count(p);
    return n;
}

void drop_blank_paragraphs(Body& body) {
    std::erase_if(body, [](const Block& b) {
        return b.kind == Block::Kind::paragraph && !has_solid_byte(b.inlines) && trim(inline_text(b.inlines)).empty();
    });
}

std::vector<std::string> preformatted_lines(const Block& block) {
    std::string text;
    append_inline_text(block.inlines, text);
    std::vector<std::string> lines;
    for (auto line : split_lines(text))
        if (!trim(line).empty()) lines.emplace_back(trim_right(line));
    return lines;
}

}  // namespace wirekit
