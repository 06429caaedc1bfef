#include "story/plain_text_body.hpp"

#include <string>
#include <vector>

#include "text/text.hpp"

namespace wirekit {

namespace {

bool is_tag_line(std::string_view line) { return line.size() >= 3 && line.front() == '<' && line.back() == '>'; }

}  // namespace

Body plain_text_body(std::string_view text, bool& dropped_tag_lines) {
    std::vector<std::string_view> lines;
    dropped_tag_lines = false;
    for (std::string_view line : split_lines(text)) {
        if (is_tag_line(trim(line))) {
            dropped_tag_lines = true;
            continue;
        }
        lines.push_back(line);
    }
    bool has_blank = false, has_indented = false, has_flush = false;
    for (std::string_view line : lines) {
        if (trim(line).empty()) has_blank = true;
        else if (is_indented(line)) has_indented = true;
        else has_flush = true;
    }
    bool by_indent = has_indented && has_flush;
    bool by_line = !has_blank && !by_indent;
    Body body;
    std::string paragraph;
    auto flush = [&] {
        std::string collapsed = collapse_spaces(paragraph);
        if (!collapsed.empty()) body.push_back(Block{Block::Kind::paragraph, 0, false, {Inline{Inline::Kind::text, collapsed, {}, {}}}, {}});
        paragraph.clear();
    };
    for (std::string_view line : lines) {
        if (trim(line).empty() || by_line || (by_indent && is_indented(line))) flush();
        paragraph += ' ';
        paragraph += line;
    }
    flush();
    return body;
}

}  // namespace wirekit
