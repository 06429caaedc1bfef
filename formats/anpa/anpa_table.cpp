#include "anpa/anpa_table.hpp"

#include <algorithm>

#include "text/text.hpp"
#include "wire/wire_frames.hpp"
#include "wire/wire_text.hpp"

namespace wirekit {

namespace {

std::string clean_cell(std::string_view cell) {
    std::string out;
    for (std::size_t i = 0; i < cell.size(); ++i) {
        if (cell[i] == wire_dle) continue;  // its space follows and stays
        if (cell[i] == '{') out += "\u00BD";
        else out += cell[i];
    }
    std::string text = without_wire_controls(out);
    std::string_view t = trim(text);
    if (t.starts_with('^')) t.remove_prefix(1);  // a caret left over from typesetting
    return std::string(trim(t));
}

std::vector<std::string> cells_of(std::string_view row) {
    row = trim_right(row);
    if (row.starts_with(wire_bs)) row.remove_prefix(1);
    std::vector<std::string> cells;
    std::size_t unit = row.find(wire_us);
    cells.push_back(clean_cell(row.substr(0, unit)));
    if (unit == std::string_view::npos) return cells;
    std::string_view rest = row.substr(unit + 1);
    std::size_t start = 0;
    for (std::size_t i = 0; i <= rest.size(); ++i) {
        if (i < rest.size() && rest[i] != wire_rs) continue;
        std::string cell = clean_cell(rest.substr(start, i - start));
        if (!cell.empty()) cells.push_back(std::move(cell));
        start = i + 1;
    }
    return cells;
}

}  // namespace

bool is_agate_row(std::string_view line) { return line.starts_with(wire_bs); }

std::vector<std::string> agate_rows_as_text(const std::vector<std::string_view>& rows) {
    std::vector<std::vector<std::string>> table;
    std::vector<std::size_t> widths;
    for (auto row : rows) {
        table.push_back(cells_of(row));
        if (widths.size() < table.back().size()) widths.resize(table.back().size(), 0);
        for (std::size_t c = 0; c < table.back().size(); ++c) widths[c] = std::max(widths[c], utf8_length(table.back()[c]));
    }
    std::vector<std::string> lines;
    for (const auto& cells : table) {
        std::string line;
        for (std::size_t c = 0; c < cells.size(); ++c) {
            std::size_t pad = widths[c] - utf8_length(cells[c]);
            // Names flush left, figures flush right, as agate prints them.
            if (c == 0) line += cells[c] + std::string(pad, ' ');
            else line += "  " + std::string(pad, ' ') + cells[c];
        }
        lines.emplace_back(trim_right(line));
    }
    return lines;
}

}  // namespace wirekit
