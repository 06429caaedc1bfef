#pragma once
#include <pugixml.hpp>

#include "atom/atom_read_context.hpp"
#include "model/article.hpp"

namespace wirekit::atom {

// One <entry> as an article.
Article read_entry(pugi::xml_node entry, const ReadContext& context);

}  // namespace wirekit::atom
