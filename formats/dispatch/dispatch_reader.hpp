#pragma once
// Reads a plain-text wire dispatch: headline, blank line, dateline + lead,
// paragraphs, byline and trailer lines.
#include <string_view>

#include "registry/format.hpp"

namespace wirekit {
Document read_dispatch(std::string_view bytes, const ReadOptions& options);
int sniff_dispatch(std::string_view prefix);
}  // namespace wirekit
