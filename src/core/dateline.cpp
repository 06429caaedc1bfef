#include "core/dateline.hpp"

namespace wirekit {

std::optional<DatelineMatch> parse_dateline(std::string_view, const std::optional<DateTime>&) { return std::nullopt; }

std::vector<std::string> split_credit_sources(std::string_view) { return {}; }

}  // namespace wirekit
