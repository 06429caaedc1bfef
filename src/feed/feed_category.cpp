#include "feed/feed_category.hpp"

#include <string>

#include "text/text.hpp"
#include "xml/xml_parse.hpp"

namespace wirekit {

bool add_atom_category(pugi::xml_node element, bool text_as_term, std::vector<Concept>& subjects) {
    std::string term = attribute_of(element, "term"), label = attribute_of(element, "label");
    if (term.empty() && text_as_term) term = collapse_spaces(text_of(element));
    if (term.empty()) return false;
    subjects.push_back({attribute_of(element, "scheme"), label.empty() ? "" : term, {}, label.empty() ? term : label, {}, {}});
    return true;
}

}  // namespace wirekit
