#pragma once
// `wirekit validate -f nitf`: NITF 3.6's XML Schema, with libxml2.
#include <string_view>

#include "registry/format.hpp"

namespace wirekit {
void validate_nitf(std::string_view bytes, const ReadOptions& options, Findings& findings);
}
