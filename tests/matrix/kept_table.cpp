#include "kept_table.hpp"

#include <sstream>
#include <stdexcept>

namespace wirekit::matrix {

namespace {

std::vector<std::string> split_tabs(const std::string& line) {
    std::vector<std::string> cells;
    std::string cell;
    std::istringstream in(line);
    while (std::getline(in, cell, '\t')) cells.push_back(cell);
    return cells;
}

// Font escapes (\fB...\fR) are for the reader, not part of the name.
std::string plain(std::string s) {
    for (std::size_t at; (at = s.find("\\f")) != std::string::npos;) s.erase(at, 3);
    return s;
}

}  // namespace

ParsedTable parse_kept_table(const std::string& page) {
    const std::string heading = ".SS What each format keeps";
    std::size_t at = page.find(heading);
    if (at == std::string::npos) throw std::runtime_error("no '" + heading + "' section in the man page");
    std::istringstream in(page.substr(at));
    std::string line;
    while (std::getline(in, line) && line != ".TS") {}
    // The format line ("l c c ...") ends with a dot.
    while (std::getline(in, line) && (line.empty() || line.back() != '.')) {}
    ParsedTable table;
    while (std::getline(in, line) && line != ".TE") {
        if (line.empty() || line == "_" || line.starts_with(".")) continue;
        auto cells = split_tabs(plain(line));
        if (table.formats.empty()) {
            table.formats.assign(cells.begin() + 1, cells.end());
            continue;
        }
        if (cells.size() != table.formats.size() + 1)
            throw std::runtime_error("ragged row in the kept table: " + line);
        table.fields.push_back(cells[0]);
        for (std::size_t i = 0; i < table.formats.size(); ++i) table.cells[cells[0]][table.formats[i]] = cells[i + 1];
    }
    if (table.fields.empty()) throw std::runtime_error("the kept table has no rows");
    return table;
}

}  // namespace wirekit::matrix
