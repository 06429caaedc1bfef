#pragma once
#include <string_view>

#include "registry/format.hpp"

namespace wirekit {
// Hands the channel, then each item, to SINK as it is read.
void read_rss_each(std::string_view bytes, const ReadOptions& options, ArticleSink& sink);
Document read_rss(std::string_view bytes, const ReadOptions& options);
int sniff_rss(std::string_view prefix);
}  // namespace wirekit
