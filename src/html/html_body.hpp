#pragma once
// HTML <-> the model's body tree. Reading goes through a real HTML5 parser
// (gumbo), never regexes; fragments in the well-formed subset most feeds use
// take a strict parser that builds the same tree (html_subset.hpp) many times
// faster. Either way it drops what is dangerous (script, style, iframe,
// object, embed, event attributes, javascript: and data: URLs). Writing gives
// HTML that is also well-formed XHTML, so XML formats can embed it.
#include <string>
#include <string_view>
#include <vector>

#include "model/article.hpp"

namespace wirekit {

struct HtmlContent {
    Body body;
    std::vector<Media> images;  // <img> elements met in the HTML, in order (url, alt_text, width, height)
    bool dropped_unsafe = false;  // something dangerous was removed
};

// Parses an HTML fragment or document. Relative URLs are resolved against
// BASE_URL when it is given. Text outside any block becomes paragraphs;
// whitespace is collapsed except in <pre>. A table keeps its rows and cells
// (a cell's blocks become its text, its caption a paragraph before it).
HtmlContent html_to_body(std::string_view html, std::string_view base_url = {});

// Whether TEXT holds a tag HTML knows ("<p>", "</b>", "<br/>"): text sent as
// plain that is really markup (Belga's "Steven <b>Van Geel</b>").
bool looks_like_html(std::string_view text);

// The body as HTML: <p>, <h1>-<h6>, <blockquote>, <ul>/<ol>/<li>, <pre>, <hr/>,
// <table>/<tr>/<th>/<td>, <em>, <strong>, <a href>, <br/>; lower-case tags, every element closed, text
// and attributes escaped.
std::string body_to_html(const Body& body);

}  // namespace wirekit
