#pragma once
// The metadata blocks of a newsItem: rightsInfo, itemMeta, contentMeta.
#include <string>
#include <string_view>

#include "model/article.hpp"
#include "xml/xml_out.hpp"
#include "registry/format.hpp"

namespace wirekit::newsml {

// itemClass's QCode for an article of TYPE: ninat:TYPE for the item natures
// G2 knows, else ninat:text.
std::string item_class_qcode(std::string_view type);

void write_rights_info(XmlOut& out, const Copyright& copyright);
void write_item_meta(XmlOut& out, const Article& a, const WriteOptions& options);
void write_content_meta(XmlOut& out, const Article& a);

}  // namespace wirekit::newsml
