#pragma once
// Atom's link element (href, rel, type, title, hreflang, length), which RSS
// feeds use too inside the Atom namespace: read into a Link and written from one.
#include <pugixml.hpp>

#include <string_view>

#include "model/article.hpp"

namespace wirekit {

// The link ELEMENT states: its href resolved against BASE_URL, a missing rel
// as "alternate", the other attributes as written (length when it is a count).
Link atom_link_of(pugi::xml_node element, std::string_view base_url);

// Whether LINK says more than where it points (a type, title, language or length).
bool has_link_attributes(const Link& link);

// Appends <ELEMENT href rel type title hreflang length> to PARENT; REL stands
// for link.rel (so that a writer can name it). Returns the element.
pugi::xml_node append_atom_link(pugi::xml_node parent, const char* element, const Link& link, std::string_view rel);

}  // namespace wirekit
