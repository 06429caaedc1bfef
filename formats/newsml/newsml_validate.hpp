#pragma once
// `wirekit validate` for NewsML-G2: the content models and value types of the
// NewsML-G2 2.35 schema, and of NITF 3.6 inside inlineXML.
#include <string_view>

#include "registry/format.hpp"

namespace wirekit {

void validate_newsml(std::string_view bytes, const ReadOptions& options, Findings& findings);

}  // namespace wirekit
