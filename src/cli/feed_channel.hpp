#pragma once
// The channel metadata options of `wirekit feed`, applied over what the feed
// file says.
#include "cli/cmd_feed.hpp"
#include "model/article.hpp"
#include "registry/detect.hpp"

namespace wirekit {

// Sets each field of FEED that OPTIONS give (--title, --link, ...), keeping
// the others.
void apply_channel_options(const FeedOptions& options, FeedInfo& feed);

// The format of the feed file PATH, whose bytes are EXISTING (nullptr when
// it does not exist yet): -t, else its suffix, else its content. Throws
// Error 64 when none decides or the format cannot be both read and written.
Detection feed_format(const std::string& path, const std::string* existing, const std::string& to);

}  // namespace wirekit
