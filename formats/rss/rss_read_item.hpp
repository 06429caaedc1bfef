#pragma once
#include <pugixml.hpp>

#include "model/article.hpp"
#include "rss/rss_read_context.hpp"

namespace wirekit::rss {

// One <item> as an article.
Article read_item(pugi::xml_node item, const ReadContext& context);

}  // namespace wirekit::rss
