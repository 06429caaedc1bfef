#pragma once
// RSS 2.0's rules (RSS Advisory Board specification 2.0.11; there is no
// official schema): the children of rss, channel and item, which are
// required, and the type of each value.
#include <optional>
#include <string>
#include <string_view>

#include "xml/xml_parse.hpp"
#include "report/validation.hpp"

namespace wirekit {

// Why a value is not what it should be, or nullopt.
using ValueProblem = std::optional<std::string>;

// Checks ROOT (an <rss>) and everything beneath it in no namespace.
void check_rss_rules(const XmlDocument& xml, pugi::xml_node root, Findings& findings);

// "'VALUE'" for messages, with line breaks and tabs shown as \n, \r, \t.
std::string quoted_value(std::string_view value);

}  // namespace wirekit
