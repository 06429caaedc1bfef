#pragma once
// What reading one Atom document carries from the feed to its entries.
#include <pugixml.hpp>

#include <string>
#include <vector>

#include "registry/format.hpp"
#include "xml/xml_parse.hpp"

namespace wirekit::atom {

inline constexpr std::string_view format_id = "atom";

struct ReadContext {
    const ReadOptions& options;
    const XmlDocument& xml;
    std::string atom_namespace;  // Atom 1.0's, Atom 0.3's, or "" for a feed that declares none
    std::string feed_language;   // what entries without xml:lang inherit
    std::vector<Person> feed_authors;  // what entries without an author inherit

    // Whether ELEMENT is one of Atom's own (in the document's Atom namespace).
    bool is_atom(pugi::xml_node element) const;
    // The base URL for ELEMENT: its xml:base chain over the document's URL.
    std::string base_for(pugi::xml_node element) const;
    // The language of ELEMENT: the nearest xml:lang.
    std::string language_of(pugi::xml_node element) const;
};

}  // namespace wirekit::atom
