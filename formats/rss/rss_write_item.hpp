#pragma once
#include <pugixml.hpp>

#include "registry/format.hpp"
#include "rss/rss_write_channel.hpp"

namespace wirekit::rss {

// ARTICLE as an <item> under CHANNEL.
void write_item(pugi::xml_node channel, const Article& article, const ChannelBasics& basics, const WriteOptions& options);

}  // namespace wirekit::rss
