#pragma once
// Reads a plain-text wire dispatch: headline, blank line, dateline + lead,
// paragraphs, byline and trailer lines.
#include <string_view>

#include "registry/format.hpp"

namespace wirekit {
// Hands each story of BYTES to SINK as soon as it is read (stories in one
// file are separated by form-feed lines).
void read_dispatch_each(std::string_view bytes, const ReadOptions& options, ArticleSink& sink);
Document read_dispatch(std::string_view bytes, const ReadOptions& options);
int sniff_dispatch(std::string_view prefix);
}  // namespace wirekit
