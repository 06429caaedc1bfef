#pragma once
// contentSet: the body (XHTML or NITF in inlineXML, text in inlineData) and the
// remote renditions (media).
#include <pugixml.hpp>

#include <string>
#include <vector>

#include "model/article.hpp"
#include "newsml/newsml_read_context.hpp"

namespace wirekit::newsml {

// What a body says about the item besides its text; the item reader uses it
// where the metadata is silent. And the item's remote files, which the item
// reader places once it knows the item's class.
struct BodyHints {
    std::string dateline;  // a span class="dateline" taken out of the lead, or NITF's dateline
    std::string headline;
    std::string subheadline;
    std::string byline;
    std::string summary;
    std::vector<Media> files;  // each remoteContent, as an item of one file
};

// Fills A's body, trailer and the images of its body from CONTENT_SET.
BodyHints read_content_set(ReadContext& ctx, pugi::xml_node content_set, Article& a);

}  // namespace wirekit::newsml
