#pragma once
// The item's dateline: the G2 dateline element, else a dateline the body
// marked (span class="dateline", NITF's dateline), else one that opens the
// lead paragraph, recognised by the shared dateline parser.
#include <pugixml.hpp>

#include <string>

#include "model/article.hpp"
#include "newsml/newsml_read_context.hpp"

namespace wirekit::newsml {

// ELEMENT may be null. A's dates (when set) date a dateline without a year.
void read_dateline(ReadContext& ctx, pugi::xml_node element, const std::string& body_hint, Article& a);

}  // namespace wirekit::newsml
