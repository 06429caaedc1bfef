#pragma once
// `wirekit validate` for ninjs: each object is checked against IPTC's schema
// (bundled) for its version (1.6, 2.2 or 3.1), chosen as the reader
// chooses (ninjs_version.cpp); an array and JSON Lines hold several objects.
#include "registry/format.hpp"

namespace wirekit {

void validate_ninjs(std::string_view bytes, const ReadOptions& options, Findings& findings);

}  // namespace wirekit
