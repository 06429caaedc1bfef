#include "core/dateline_date.hpp"

namespace wirekit {

std::optional<DateTime> parse_dateline_date(std::string_view, const std::optional<DateTime>&) { return std::nullopt; }

int month_from_name(std::string_view) { return 0; }

}  // namespace wirekit
