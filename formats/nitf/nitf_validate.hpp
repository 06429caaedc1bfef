#pragma once
// `wirekit validate -f nitf`: for now well-formedness and a nitf root; the
// check against NITF 3.6's XSD waits for the libxml2 validation module.
#include <string_view>

#include "registry/format.hpp"

namespace wirekit {
void validate_nitf(std::string_view bytes, const ReadOptions& options, Findings& findings);
}
