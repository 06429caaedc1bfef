#pragma once
#include <pugixml.hpp>

#include "atom/atom_write_feed.hpp"
#include "registry/format.hpp"

namespace wirekit::atom {

// ARTICLE as an <entry> under FEED; with XHTML the content is type="xhtml".
void write_entry(pugi::xml_node feed, const Article& article, const FeedBasics& basics, bool xhtml);

}  // namespace wirekit::atom
