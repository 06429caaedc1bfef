#pragma once
// `wirekit validate` for Atom: RFC 4287's RELAX NG grammar (bundled, checked
// by libxml2) for errors, its Schematron rules as warnings.
#include <string_view>

#include "registry/format.hpp"

namespace wirekit {

void validate_atom(std::string_view bytes, const ReadOptions& options, Findings& findings);

}  // namespace wirekit
