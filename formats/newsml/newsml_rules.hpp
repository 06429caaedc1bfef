#pragma once
// NewsML-G2 2.35 (the "All-Power" schema) and the NITF 3.6 that G2 items carry
// in inlineXML, as tables of element rules.
#include "xml/xml_rules.hpp"

namespace wirekit {

RuleTable newsml_rule_table();
// nitf_rules.cpp
RuleTable nitf_rule_table();

}  // namespace wirekit
