#pragma once
// RFC 4287's RELAX NG grammar (Appendix B) as a table of element rules.
#include "xml/xml_rules.hpp"

namespace wirekit {

// The rules of the Atom 1.0 namespace.
RuleTable atom_rule_table();

// atomMediaType: ".+/.+".
ValueProblem check_atom_media_type(std::string_view value);

}  // namespace wirekit
