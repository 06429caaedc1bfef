#pragma once
// RSS 2.0 (RSS Advisory Board specification 2.0.11) as a table of element
// rules: the elements of rss, channel and item, what is required and the
// type of each value.
#include "xml/xml_rules.hpp"

namespace wirekit {

// The rules of RSS 2.0's elements (which are in no namespace).
RuleTable rss_rule_table();

}  // namespace wirekit
