#pragma once
#include <pugixml.hpp>

#include "registry/format.hpp"

namespace wirekit::atom {

// What entries need from the feed as written.
struct FeedBasics {
    std::string language;     // the feed's xml:lang, "" when none was written
    std::vector<Person> authors;  // what entries without an author would inherit
    DateTime updated;         // the feed's updated as written
    bool marks = false;       // -t atom+roundtrip: wirekit's markers are written too
};

// The feed's own elements (not its entries) under FEED.
FeedBasics write_feed(pugi::xml_node feed, const Document& doc, const WriteOptions& options);

}  // namespace wirekit::atom
