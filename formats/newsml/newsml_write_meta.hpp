#pragma once
// The metadata blocks of a newsItem: rightsInfo, itemMeta, contentMeta.
#include "model/article.hpp"
#include "xml/xml_out.hpp"
#include "registry/format.hpp"

namespace wirekit::newsml {

void write_rights_info(XmlOut& out, const Copyright& copyright);
void write_item_meta(XmlOut& out, const Article& a, const WriteOptions& options);
void write_content_meta(XmlOut& out, const Article& a);

}  // namespace wirekit::newsml
