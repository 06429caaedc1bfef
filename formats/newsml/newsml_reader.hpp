#pragma once
#include <string_view>

#include "registry/format.hpp"

namespace wirekit {
Document read_newsml(std::string_view bytes, const ReadOptions& options);
// A newsMessage without packages item by item, each parsed alone (memory stays
// near the size of the input); anything else as read_newsml reads it.
void read_newsml_each(std::string_view bytes, const ReadOptions& options, ArticleSink& sink);
int sniff_newsml(std::string_view prefix);
}  // namespace wirekit
