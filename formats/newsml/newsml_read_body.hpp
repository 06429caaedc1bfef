#pragma once
// contentSet: the body (XHTML or NITF in inlineXML, text in inlineData) and the
// remote renditions (media).
#include <pugixml.hpp>

#include <string>

#include "model/article.hpp"
#include "newsml/newsml_read_context.hpp"

namespace wirekit::newsml {

// What a body says about the item besides its text; the item reader uses it
// where the metadata is silent.
struct BodyHints {
    std::string dateline;  // a span class="dateline" taken out of the lead, or NITF's dateline
    std::string headline;
    std::string subheadline;
    std::string byline;
    std::string summary;
};

// Fills A's body, trailer and media from CONTENT_SET.
BodyHints read_content_set(ReadContext& ctx, pugi::xml_node content_set, Article& a);

}  // namespace wirekit::newsml
