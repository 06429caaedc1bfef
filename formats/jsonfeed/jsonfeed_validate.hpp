#pragma once
// `wirekit validate` for JSON Feed 1.0 and 1.1: sonicdoe's schema-v1.1.json
// (bundled), which follows the spec text.
#include "registry/format.hpp"

namespace wirekit {

void validate_jsonfeed(std::string_view bytes, const ReadOptions& options, Findings& findings);

}  // namespace wirekit
