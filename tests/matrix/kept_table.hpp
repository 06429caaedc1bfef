#pragma once
// The table of which field each output format keeps, read from
// man/wirekit-formats.5 ("What each format keeps"), so that the page users
// read is the one the matrix test checks.
#include <map>
#include <string>
#include <vector>

namespace wirekit::matrix {

// A cell: "yes" (kept), "no" (the format has no place for it) or a
// qualified "uri" (kept when it is an absolute URI).
using KeptTable = std::map<std::string, std::map<std::string, std::string>>;  // field -> format -> cell

struct ParsedTable {
    std::vector<std::string> formats;  // the column heads, in order
    std::vector<std::string> fields;   // the row heads, in order
    KeptTable cells;
};

// Parses the first tbl table after the line ".SS What each format keeps" in
// the man page text PAGE. Throws std::runtime_error when it is missing or
// ragged.
ParsedTable parse_kept_table(const std::string& page);

}  // namespace wirekit::matrix
