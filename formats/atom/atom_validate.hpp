#pragma once
// `wirekit validate` for Atom: RFC 4287 (its RELAX NG grammar as errors, its
// Schematron rules as warnings).
#include <string_view>

#include "registry/format.hpp"

namespace wirekit {

void validate_atom(std::string_view bytes, const ReadOptions& options, Findings& findings);

}  // namespace wirekit
