#pragma once
// Escaping text for XML and HTML, one way for every writer of markup.
#include <string>
#include <string_view>

namespace wirekit {

// Appends TEXT to OUT with & < > escaped, and " and ' too when it is an
// ATTRIBUTE value.
void append_escaped(std::string& out, std::string_view text, bool attribute);

// Escapes & < > " (and ' in attributes) for XML and HTML text and attributes.
std::string escape_xml(std::string_view text);

}  // namespace wirekit
