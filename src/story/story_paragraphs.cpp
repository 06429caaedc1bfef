#include "story/story_paragraphs.hpp"

#include "text/text.hpp"

namespace wirekit {

namespace {

// Wire copy is wrapped at 60-80 columns; a line longer than this was not wrapped.
constexpr std::size_t max_wrapped_line = 100;

struct RawLine {
    std::string_view text;  // untrimmed
    std::size_t number;
};

// A line that ends a paragraph in hard-wrapped text without indents: clearly
// shorter than the block's wrap width and ending a sentence.
bool ends_paragraph(std::string_view line, std::size_t width) {
    std::string_view t = trim(line);
    if (t.empty()) return true;
    char last = t.back();
    bool sentence_end = last == '.' || last == '!' || last == '?' || last == ':' || last == '"' || last == '\'' || last == ')';
    return sentence_end && utf8_length(t) * 10 < width * 7;
}

void append_paragraph(std::vector<TextParagraph>& out, std::size_t block, std::size_t number) {
    TextParagraph p;
    p.block = block;
    p.line = number;
    out.push_back(std::move(p));
}

// The text is collapsed line by line: trimmed lines joined by one space
// collapse to the lines collapsed and joined.
void add_line(TextParagraph& p, std::string_view line) {
    std::string_view t = trim(line);
    p.lines.push_back(t);
    if (!p.text.empty()) p.text += ' ';
    append_collapsed_spaces(p.text, t);
}

// Columns: a run of two spaces inside the line, or a TAB before it (results
// tables are TAB-indented).
bool has_columns(std::string_view line) {
    return line.starts_with('\t') || trim(line).find("  ") != std::string_view::npos;
}

// A block of at least two lines that all have columns is a table.
bool is_table_block(const std::vector<RawLine>& lines) {
    if (lines.size() < 2) return false;
    for (const auto& l : lines)
        if (!has_columns(l.text)) return false;
    return true;
}

void split_block(const std::vector<RawLine>& lines, std::size_t block, bool find_tables, std::vector<TextParagraph>& out) {
    if (find_tables && is_table_block(lines)) {
        append_paragraph(out, block, lines.front().number);
        out.back().preformatted = true;
        // The TAB that marks a row is layout, not text.
        for (const auto& l : lines) {
            std::string_view row = trim_right(l.text);
            while (row.starts_with('\t')) row.remove_prefix(1);
            out.back().lines.push_back(row);
        }
        return;
    }
    bool any_indented = false;
    std::size_t width = 0;
    for (std::size_t i = 0; i < lines.size(); ++i) {
        if (i > 0 && is_indented(lines[i].text)) any_indented = true;
        width = std::max(width, utf8_length(trim(lines[i].text)));
    }
    const bool unwrapped = width > max_wrapped_line;
    for (std::size_t i = 0; i < lines.size(); ++i) {
        bool starts_new = i == 0;
        if (!starts_new) {
            if (any_indented) starts_new = is_indented(lines[i].text);
            else starts_new = unwrapped || ends_paragraph(lines[i - 1].text, width);
        }
        if (starts_new) append_paragraph(out, block, lines[i].number);
        add_line(out.back(), lines[i].text);
    }
}

}  // namespace

std::vector<TextParagraph> split_story_paragraphs(std::string_view text, bool find_tables) {
    std::vector<std::string_view> lines = split_lines(text);
    std::vector<TextParagraph> out;
    // Room for a paragraph every other line, as blank lines part them: a
    // paragraph's string and lines are not moved as the list grows.
    out.reserve(lines.size() / 2 + 1);
    std::vector<RawLine> block_lines;
    std::size_t block = 0;
    std::size_t number = 0;
    auto finish_block = [&] {
        if (block_lines.empty()) return;
        split_block(block_lines, block++, find_tables, out);
        block_lines.clear();
    };
    for (std::string_view line : lines) {
        ++number;
        if (trim(line).empty()) finish_block();
        else block_lines.push_back({line, number});
    }
    finish_block();
    return out;
}

}  // namespace wirekit
