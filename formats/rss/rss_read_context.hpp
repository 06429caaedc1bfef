#pragma once
// What reading one RSS document carries from the channel to its items.
#include <pugixml.hpp>

#include <string>

#include "registry/format.hpp"
#include "xml/xml_parse.hpp"

namespace wirekit::rss {

// The scheme of iTunes' categories (as feed parsers name it).
inline constexpr std::string_view itunes_category_scheme = "http://www.itunes.com/";

inline constexpr std::string_view format_id = "rss";

struct ReadContext {
    const ReadOptions& options;
    const XmlDocument* xml;  // the document read now: the feed's, or one item's when items are parsed alone
    std::string channel_link;      // the base for relative URLs when nothing else says
    std::string channel_language;  // what items without a language inherit

    // The base URL for ELEMENT: its xml:base over the document's URL, else the channel link.
    std::string base_for(pugi::xml_node element) const;
};

// RSS's own elements: in no namespace (0.91-2.0), RSS 1.0's or RSS 0.90's.
bool is_native(pugi::xml_node element);

// RSS 1.0's name of a channel or item: its rdf:about URI ("" when none).
std::string rdf_about(pugi::xml_node element);
// The same when the element's feed_namespace, NS, is known already.
bool is_native(pugi::xml_node element, std::string_view ns);

}  // namespace wirekit::rss
