#pragma once
#include <pugixml.hpp>

#include "atom/atom_read_context.hpp"
#include "model/article.hpp"

namespace wirekit::atom {

// The feed's own elements (not its entries) into FEED; sets CONTEXT's feed
// language and authors, which entries inherit.
void read_feed(pugi::xml_node feed_element, ReadContext& context, FeedInfo& feed);

}  // namespace wirekit::atom
