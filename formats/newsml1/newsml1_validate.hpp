#pragma once
// `wirekit validate -f newsml1`: NewsML 1.2's DTD for the document, NITF 3.6's
// XML Schema for the NITF each DataContent holds.
#include <string_view>

#include "registry/format.hpp"

namespace wirekit {
void validate_newsml1(std::string_view bytes, const ReadOptions& options, Findings& findings);
}
