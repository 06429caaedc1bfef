#pragma once
// Microsoft's Channel Definition Format (CDF, 1997), read as a feed: a
// CHANNEL with HREF, TITLE, ABSTRACT, LOGO and LASTMOD, its ITEMs with the
// same, nested CHANNELs' items too. Names in any case, as CDF's users wrote them.
#include <pugixml.hpp>

#include "registry/format.hpp"
#include "rss/rss_read_context.hpp"

namespace wirekit::rss {

// Whether ROOT is a CDF channel rather than an RSS channel without <rss>:
// CDF writes CHANNEL in capitals, or gives it an HREF or an ABSTRACT.
bool is_cdf_channel(pugi::xml_node root);

void read_cdf(pugi::xml_node root, ReadContext& context, ArticleSink& sink);

}  // namespace wirekit::rss
