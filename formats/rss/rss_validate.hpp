#pragma once
// `wirekit validate` for RSS: the rules of RSS 2.0. RSS 0.9x and RSS 1.0
// (RDF) documents, which the rss reader also reads, are reported as not RSS 2.0.
#include <string_view>

#include "registry/format.hpp"

namespace wirekit {

void validate_rss(std::string_view bytes, const ReadOptions& options, Findings& findings);

}  // namespace wirekit
