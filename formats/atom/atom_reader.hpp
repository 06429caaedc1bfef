#pragma once
#include <string_view>

#include "registry/format.hpp"

namespace wirekit {
// Hands the feed, then each entry, to SINK as it is read.
void read_atom_each(std::string_view bytes, const ReadOptions& options, ArticleSink& sink);
Document read_atom(std::string_view bytes, const ReadOptions& options);
int sniff_atom(std::string_view prefix);
}  // namespace wirekit
