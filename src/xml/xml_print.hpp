#pragma once
// pugixml's printing into a string. Elements kept verbatim are printed one by
// one, many to a feed: a std::ostringstream costs more to set up (its locale,
// its stream state) than a small element costs to print.
#include <pugixml.hpp>

#include <string>

namespace wirekit {

// NODE as markup, without indentation or added line breaks (pugi::format_raw),
// in UTF-8, appended to OUT.
void append_markup(std::string& out, pugi::xml_node node);

}  // namespace wirekit
