#pragma once
// Reading NewsML-G2's concept-like properties (subject, genre, located,
// creator, link, remoteContent) into the model, including what the writer
// keeps in wirekit attributes.
#include <pugixml.hpp>

#include <string>
#include <string_view>

#include "model/article.hpp"
#include "newsml/newsml_read_context.hpp"

namespace wirekit::newsml {

// subject, genre: scheme and code from the QCode (URI expanded when the alias
// is IPTC's), or from a URI under an IPTC scheme; kind from @type; relevance.
Concept read_concept(pugi::xml_node element);

// The identifier a flexible property gives: wk:code, else qcode, else uri,
// else literal, as written.
std::string identifier_of(pugi::xml_node element);

// The first <name> child, one line; else LITERAL_FALLBACK's literal attribute.
std::string name_of(pugi::xml_node element, bool literal_fallback);

// creator and contributor; DEFAULT_ROLE when the element has no role.
Person read_party(pugi::xml_node element, std::string_view default_role);

Located read_located(pugi::xml_node element);

// itemMeta/link and packageItem/itemRef; REL when the element has none.
Link read_link(pugi::xml_node element, std::string_view rel);

// One file: the rendition's name in Media::rendition, and what the wk
// attributes keep of the item (read_wk_media_fields).
Media read_remote_content(ReadContext& ctx, pugi::xml_node element);

// The fields of M that wirekit's writer keeps in wk attributes of ELEMENT
// (role, caption, credit, alt, id, type, title, by), when it has them.
void read_wk_media_fields(pugi::xml_node element, Media& m);

}  // namespace wirekit::newsml
