#pragma once
// Atom's text constructs (title, subtitle, summary, content, rights), which
// Atom feeds and RSS feeds with atom: elements share: type="text", "html" or
// "xhtml" (and Atom 0.3's mode="escaped"/"xml"/"base64").
#include <pugixml.hpp>

#include <string>

#include "model/article.hpp"

namespace wirekit {

struct TextConstruct {
    bool is_html = false;  // VALUE is HTML (type html or xhtml), else plain text
    std::string value;
    std::string src;   // out-of-line content: the URL it names
    std::string type;  // the type attribute as written ("" when absent)
};

// Reads a text construct. For xhtml the div's content is serialised as HTML;
// base64 content is decoded when its type is textual.
TextConstruct read_text_construct(pugi::xml_node element);

// Everything inside ELEMENT as markup, without the element's own tags (the
// XHTML of a div or an xhtml:body).
std::string inner_xml(pugi::xml_node element);

// The construct as plain text: HTML reduced to its paragraphs (text_from_html).
std::string construct_text(const TextConstruct& construct);

}  // namespace wirekit
