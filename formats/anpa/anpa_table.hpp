#pragma once
// AP agate tables: rows that start with BS, the first cell closed by US, the
// others separated by runs of RS (a tab key: how many depends on the widths),
// DLE before a space that belongs to the cell, "{" for ½. They become lines of
// aligned columns, so a preformatted block shows them as printed.
#include <string>
#include <string_view>
#include <vector>

namespace wirekit {

bool is_agate_row(std::string_view line);

// The rows (each as it stands in the message, BS included) laid out in columns.
std::vector<std::string> agate_rows_as_text(const std::vector<std::string_view>& rows);

}  // namespace wirekit
