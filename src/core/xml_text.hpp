#pragma once
// Preparing XML bytes for the parser: the charset turned into UTF-8, and the
// references XML does not define (HTML's &nbsp;, a bare &) made harmless.
#include <string>
#include <string_view>

#include "registry/format.hpp"

namespace wirekit {

// The charset the document is in: a BOM, else ReadOptions::charset, else the
// encoding of the XML declaration, else UTF-8.
std::string xml_charset(std::string_view bytes, std::string_view declared_outside);

// BYTES as UTF-8 (BOM removed), following xml_charset. Recoveries (invalid
// UTF-8 read as Windows-1252, an unknown charset, unconvertible bytes) are
// warnings, or Error 65 with options.strict.
std::string xml_to_utf8(std::string_view bytes, const ReadOptions& options);

// Replaces HTML named references that XML does not define with their
// characters and escapes a bare '&', outside CDATA sections, comments and the
// DOCTYPE; each kind of repair is one warning (Error 65 with options.strict).
// Entities declared in a DTD are never expanded: their references are kept as
// text.
void repair_references(std::string& text, const ReadOptions& options);

}  // namespace wirekit
