#pragma once
#include <string_view>

#include "registry/format.hpp"

namespace wirekit {
// Hands the channel, then each item, to SINK as it is read. An RSS 2.0 feed
// is read in parts: the channel parsed without its items, then each item alone
// (memory stays near the size of the input); others are parsed whole.
void read_rss_each(std::string_view bytes, const ReadOptions& options, ArticleSink& sink);
// The whole feed, parsed at once.
Document read_rss(std::string_view bytes, const ReadOptions& options);
int sniff_rss(std::string_view prefix);
}  // namespace wirekit
