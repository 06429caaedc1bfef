#pragma once
// Preparing XML bytes for the parser: the charset turned into UTF-8, and the
// references XML does not define (HTML's &nbsp;, a bare &) made harmless.
#include <optional>
#include <string>
#include <string_view>

#include "options/read_write_options.hpp"

namespace wirekit {

// The charset the document is in: a BOM, else ReadOptions::charset, else the
// encoding of the XML declaration, else UTF-8.
std::string xml_charset(std::string_view bytes, std::string_view declared_outside);

// BYTES as UTF-8 (BOM removed), following xml_charset; nothing when BYTES
// without their BOM are valid UTF-8 already, so that the usual input is not
// copied. A single-byte charset (ISO-8859-x, Windows-125x) declared for bytes
// that are valid UTF-8 with non-ASCII characters is taken for the mistake it
// is: they are read as UTF-8 (a warning). Recoveries (invalid UTF-8 read as Windows-1252, an unknown charset,
// unconvertible bytes) are warnings, or Error 65 with options.strict.
std::optional<std::string> xml_to_utf8(std::string_view bytes, const ReadOptions& options);

// TEXT with the HTML named references that XML does not define replaced by
// their characters and a bare '&' escaped, outside CDATA sections, comments
// and the DOCTYPE; nothing when TEXT needs no repair. Each kind of repair is
// one warning (Error 65 with options.strict). Entities the internal DTD
// declares as plain text (no markup, no references) are expanded, up to 1 MB
// in all, with a note; any other entity of a DTD is never expanded: its
// references are kept as text.
std::optional<std::string> repair_references(std::string_view text, const ReadOptions& options);

}  // namespace wirekit
