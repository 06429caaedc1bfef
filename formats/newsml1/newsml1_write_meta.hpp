#pragma once
// A NewsComponent's metadata from an article, in the DTD's order: NewsLines,
// AdministrativeMetadata, RightsMetadata, DescriptiveMetadata.
#include "model/article.hpp"
#include "xml/xml_out.hpp"

namespace wirekit::newsml1 {

void write_component_meta(XmlOut& out, const Article& a);

}  // namespace wirekit::newsml1
