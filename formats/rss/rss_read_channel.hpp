#pragma once
#include <pugixml.hpp>

#include "model/article.hpp"
#include "rss/rss_read_context.hpp"

namespace wirekit::rss {

// The channel's data into FEED; ROOT is the document element, whose image
// RSS 1.0 places beside the channel. Sets CONTEXT's channel link and language.
void read_channel(pugi::xml_node channel, pugi::xml_node root, ReadContext& context, FeedInfo& feed);

}  // namespace wirekit::rss
