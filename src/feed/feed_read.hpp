#pragma once
// What the feed readers (RSS, Atom) do alike with elements they meet: dates
// read with parse_feed_date, and elements kept verbatim as extensions.
#include <pugixml.hpp>

#include <optional>
#include <string_view>

#include "model/article.hpp"
#include "options/read_write_options.hpp"
#include "xml/xml_parse.hpp"

namespace wirekit {

// The date ELEMENT holds (parse_feed_date); nullopt when it is empty. An unreadable date is kept
// verbatim: ELEMENT goes to EXTENSIONS (keep_element) with a warning; with
// --strict it is an error (65).
std::optional<DateTime> read_feed_date(pugi::xml_node element, const XmlDocument& xml, const ReadOptions& options,
                                       Extensions& extensions, std::string_view format);

// The language TAG that NODE (an element, or the element of an xml:lang)
// states, in BCP 47's form ("en_US" gives "en-US", with a -v note).
std::string read_feed_language(std::string_view tag, pugi::xml_node node, const XmlDocument& xml, const ReadOptions& options);

// Appends ELEMENT to EXTENSIONS as {FORMAT, "{namespace}local", its XML}.
void keep_element(pugi::xml_node element, Extensions& extensions, std::string_view format);

}  // namespace wirekit
