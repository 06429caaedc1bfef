#pragma once
// Atom's category element (term, label, scheme), which RSS feeds use too
// inside the Atom namespace, as one of an article's subjects.
#include <pugixml.hpp>

#include <vector>

#include "model/article.hpp"

namespace wirekit {

// Adds the category ELEMENT to SUBJECTS: the label is the name when there is
// one (the term then its code), else the term; SCHEME becomes the scheme.
// TEXT_AS_TERM: Atom 0.3 wrote the term as the element's text. False, adding
// nothing, when there is no term.
bool add_atom_category(pugi::xml_node element, bool text_as_term, std::vector<Concept>& subjects);

}  // namespace wirekit
