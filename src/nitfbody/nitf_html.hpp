#pragma once
// XML body markup (XHTML with or without a namespace or with a prefix, NITF's
// body.content) written out as plain HTML for html_to_body, the one HTML
// reader: NewsML-G2's inlineXML, NITF documents, NewsML 1.x DataContent.
#include <pugixml.hpp>

#include <string>
#include <string_view>
#include <vector>

namespace wirekit {

// The HTML tag an element becomes: its name, "" to leave it out with its
// content, or "-" to keep only its content.
using TagFor = std::string (*)(pugi::xml_node element);

// The HTML of PARENT's children: element names by TAG_FOR, unprefixed
// attributes kept, text escaped, comments dropped, the nodes in SKIP left out.
std::string html_of_children(pugi::xml_node parent, TagFor tag_for, const std::vector<pugi::xml_node>& skip = {});

// Whether ELEMENT's class attribute lists WANTED.
bool has_class(pugi::xml_node element, std::string_view wanted);

// XHTML's mapping: the local name in lower case.
std::string xhtml_tag(pugi::xml_node element);

// NITF's mapping onto HTML: block -> div, hl2 -> h2 (or the level its class
// names), bq -> blockquote, em class="strong" -> strong, tables as tables, the
// semantic inline elements (person, org, chron, ...) -> span, media left out
// (read_nitf_body takes them as media).
std::string nitf_tag(pugi::xml_node element);

}  // namespace wirekit
