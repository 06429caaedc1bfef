#pragma once
// A NewsComponent's metadata: NewsLines, AdministrativeMetadata,
// RightsMetadata, DescriptiveMetadata. The item reader gives the components
// from the body's outward, so what a field already has (from a component
// nearer the body) is kept and lists gather every component's entries once.
#include <pugixml.hpp>

#include "model/article.hpp"
#include "newsml1/newsml1_read_context.hpp"

namespace wirekit::newsml1 {

void read_component_meta(ReadContext& ctx, pugi::xml_node component, Article& a);

}  // namespace wirekit::newsml1
