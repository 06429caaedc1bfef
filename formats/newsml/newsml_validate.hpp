#pragma once
// `wirekit validate` for NewsML-G2: IPTC's NewsML-G2 2.35 XML Schema, with
// NITF 3.6 for bodies inside inlineXML (bundled, checked by libxml2).
#include <string_view>

#include "registry/format.hpp"

namespace wirekit {

void validate_newsml(std::string_view bytes, const ReadOptions& options, Findings& findings);

}  // namespace wirekit
