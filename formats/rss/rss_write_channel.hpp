#pragma once
#include <pugixml.hpp>

#include "registry/format.hpp"

namespace wirekit::rss {

// What the channel says where the document's FeedInfo is empty; see README.md, "Channel".
struct ChannelBasics {
    std::string title, link, description, language;
    bool title_derived = false, link_derived = false, description_derived = false;
};
ChannelBasics channel_basics(const Document& doc);

// The channel's own elements (not its items) under CHANNEL.
void write_channel(pugi::xml_node channel, const Document& doc, const ChannelBasics& basics, const WriteOptions& options);

// Writes EXTENSIONS under PARENT (a channel when CHANNEL_LEVEL, else an
// item), in their order: those owned by rss verbatim where RSS 2.0 allows
// them, every other one as <wk:extension>, so that all read back in order.
void write_rss_extensions(pugi::xml_node parent, const Extensions& extensions, bool channel_level, const WriteOptions& options);

}  // namespace wirekit::rss
