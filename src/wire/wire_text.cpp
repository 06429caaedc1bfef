#include "wire/wire_text.hpp"

#include <algorithm>
#include <cstdlib>

#include "options/read_write_options.hpp"
#include "report/diagnostics.hpp"
#include "text/body_text.hpp"
#include "text/charset.hpp"
#include "text/text.hpp"

namespace wirekit {

std::string decode_wire_bytes(std::string_view bytes, const ReadOptions& opts) {
    bytes = without_utf8_bom(bytes);
    if (!opts.charset.empty())
        return decode_plain_text(bytes, opts.source, *opts.diag, opts.strict, opts.charset).value_or(std::string(bytes));
    if (is_valid_utf8(bytes)) return std::string(bytes);
    opts.diag->note(opts.source, "8-bit text: decoded as Windows-1252 (Latin-1)");
    return windows1252_to_utf8(bytes);
}

bool is_wire_control(char32_t cp) { return (cp < 0x20 && cp != '\n') || (cp >= 0x7F && cp <= 0x9F); }

std::string without_wire_controls(std::string_view text, bool keep_tabs) {
    constexpr std::size_t tab_stop = 8, min_column_gap = 2;
    std::string out;
    out.reserve(text.size());
    std::size_t pos = 0;
    if (keep_tabs)
        for (; pos < text.size() && text[pos] == '\t'; ++pos) out += '\t';
    std::size_t column = 0;  // code points since the leading TABs
    while (pos < text.size()) {
        std::size_t start = pos;
        char32_t cp = next_code_point(text, pos);
        if (cp == '\t' && keep_tabs) {
            std::size_t gap = std::max(tab_stop - column % tab_stop, min_column_gap);
            out.append(gap, ' ');
            column += gap;
        } else if (cp == '\t') {
            out += ' ';
            ++column;
        } else if (!is_wire_control(cp)) {
            out.append(text.substr(start, pos - start));
            ++column;
        }
    }
    return out;
}

void check_word_count(const Article& a, const std::string* stated, std::size_t line, const ReadOptions& opts) {
    constexpr long long min_words_off = 20;
    if (!stated || !is_all_digits(*stated)) return;
    long long said = std::stoll(*stated), counted = static_cast<long long>(paragraph_words(block_paragraphs(a.body)));
    if (said > 0 && std::llabs(said - counted) * 4 > said && std::llabs(said - counted) > min_words_off)
        opts.diag->warning(opts.source, "the header says " + *stated + " words, the text has " + std::to_string(counted), line);
}

std::string wire_line(std::string_view text) { return collapse_spaces(without_wire_controls(text)); }

std::string_view without_quad_marks(std::string_view line) {
    line = trim_right(line);
    while (!line.empty() && (line.back() == '<' || line.back() == '=' || line.back() == '@')) line = trim_right(line.substr(0, line.size() - 1));
    return line;
}

namespace {

struct Replacement {
    std::string_view from;
    std::string_view to;
};

std::string replace_all(std::string_view text, std::initializer_list<Replacement> table) {
    std::string out;
    out.reserve(text.size() + text.size() / 8);
    for (std::size_t pos = 0; pos < text.size();) {
        bool replaced = false;
        for (const Replacement& r : table) {
            if (text.substr(pos).starts_with(r.from)) {
                out += r.to;
                pos += r.from.size();
                replaced = true;
                break;
            }
        }
        if (!replaced) out += text[pos++];
    }
    return out;
}

}  // namespace

std::string from_ap_typography(std::string_view text) {
    return replace_all(text, {{"``", "\u201C"}, {"''", "\u201D"}, {"`", "\u2018"}, {" _ ", " \u2014 "}});
}

std::string to_ap_typography(std::string_view text) {
    return replace_all(text, {{"\u201C", "``"}, {"\u201D", "''"}, {"\u2018", "`"}, {"\u2019", "'"}, {" \u2014 ", " _ "}, {"\u00BD", "{"},
                              {"\u2014", "_"}, {"\u2013", "-"}});
}

}  // namespace wirekit
