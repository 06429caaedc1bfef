#pragma once
// `wirekit validate` for JSON Feed: the rules of JSON Feed 1.0 and 1.1 as the
// spec text and sonicdoe's schema-v1.1.json state them.
#include "registry/format.hpp"

namespace wirekit {

void validate_jsonfeed(std::string_view bytes, const ReadOptions& options, Findings& findings);

}  // namespace wirekit
