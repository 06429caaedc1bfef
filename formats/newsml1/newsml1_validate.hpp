#pragma once
// `wirekit validate -f newsml1`: for now well-formedness and a NewsML root;
// the check against NewsML 1.2's DTD waits for the libxml2 validation module.
#include <string_view>

#include "registry/format.hpp"

namespace wirekit {
void validate_newsml1(std::string_view bytes, const ReadOptions& options, Findings& findings);
}
