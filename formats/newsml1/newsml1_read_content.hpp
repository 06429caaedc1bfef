#pragma once
// ContentItems: text inline in DataContent (NITF, XHTML, HTML in CDATA, plain
// text) and media by reference (Href) with their characteristics.
#include <pugixml.hpp>

#include <string>
#include <vector>

#include "model/article.hpp"
#include "newsml1/newsml1_read_context.hpp"
#include "nitfbody/nitf_body_read.hpp"

namespace wirekit::newsml1 {

struct ContentText {
    Body body;
    std::string trailer;
    std::vector<Media> media;  // NITF's media, HTML's images
    NitfHead head;             // a NITF body's display lines (empty for other formats)
    std::string dateline;      // a NITF body's dateline text
};

// Whether CONTENT_ITEM holds text inline, as opposed to a medium by reference,
// encoded data or a style sheet.
bool is_text_item(pugi::xml_node content_item);

ContentText read_text_item(ReadContext& ctx, pugi::xml_node content_item);

// The plain text of a text ContentItem (a title, a caption), a line per paragraph.
std::string text_item_lines(ReadContext& ctx, pugi::xml_node content_item);

// A ContentItem with Href: the medium, its MIME type (MimeType, else the one
// its Format names: "image/jpeg", "Jpeg", "Mpeg4"), size, width, height,
// duration, and the alternate text, caption and credit a Property of its
// Characteristics may give (as the newsml1 writer puts them).
Media read_media_item(pugi::xml_node content_item);

// MediaType's FormalName, lower case ("photo", "video", ...).
std::string media_type_of(pugi::xml_node content_item);

}  // namespace wirekit::newsml1
