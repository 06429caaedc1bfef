#pragma once
// Article text in feeds: HTML (RSS description and content:encoded, Atom
// html/xhtml constructs) to the model's summary and body and back, and the
// dateline, which feeds carry at the start of the lead paragraph.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "model/article.hpp"

namespace wirekit {

// The plain text of an HTML fragment: its paragraphs joined by blank lines.
// The images it shows are appended to IMAGES (when given) with role "inline".
std::string text_from_html(std::string_view html, std::string_view base_url, std::vector<Media>* images);

// Plain text as HTML: each paragraph (split at blank lines) escaped, inside
// <p> when there are several. text_survives_html says whether
// text_from_html gives TEXT back.
std::string html_from_text(std::string_view text);
bool text_survives_html(std::string_view text);

// Plain text (an Atom type="text" construct) as body paragraphs, split at
// blank lines, white space collapsed.
Body body_from_text(std::string_view text);

// After an entry is read: a last paragraph that repeats the trailer (as
// body_html writes it) is dropped; when the article has a dateline whose separator
// the dispatch extension names, the dateline is taken off the start of the
// lead paragraph; when it has none, parse_dateline looks for one there and,
// if found, moves it out as the dispatch reader does (dateline, creditline,
// sources and located when empty, the separator as a dispatch extension).
void settle_body(Article& article, const std::optional<DateTime>& reference);

// The body as HTML, with the dateline back at the start of the lead
// paragraph when it was taken from there (the dispatch separator is known),
// and the trailer as a last paragraph.
std::string body_html(const Article& article);

}  // namespace wirekit
