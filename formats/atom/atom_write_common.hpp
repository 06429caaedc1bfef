#pragma once
// What the feed and entry writers share: values checked against the Atom
// RELAX NG schema before they are written, person constructs, dates, and the
// extensions kept from an Atom source written back.
#include <pugixml.hpp>

#include <optional>
#include <string_view>

#include "feed/feed_wk.hpp"
#include "registry/format.hpp"

namespace wirekit::atom {

bool is_media_type(std::string_view s);
bool is_email_address(std::string_view s);

// Writes NAME with the date as an RFC 3339 instant; false when that is not the model's date exactly.
bool write_date(pugi::xml_node parent, const char* name, const DateTime& date);

// Writes PEOPLE as contributor (role "contributor") or author elements; false
// when they will not read back as they are (a role other than author and
// contributor, no name, an e-mail the schema refuses, extra white space).
bool write_people(pugi::xml_node parent, const std::vector<Person>& people);

// Writes CONCEPTS (an entry's subjects, a feed's categories) as categories:
// the code (else the name) as term, the name as label, the scheme; false when
// they will not read back as they are.
bool write_categories(pugi::xml_node parent, const std::vector<Concept>& concepts);

// Writes EXTENSIONS in their order: atom-owned foreign elements as they are,
// Atom's own link, category (and, with FEED_LEVEL, icon) when the schema
// allows them, every other one as <wk:extension>.
void write_atom_extensions(pugi::xml_node parent, WkWriter& wk, const Extensions& extensions, bool feed_level);

}  // namespace wirekit::atom
