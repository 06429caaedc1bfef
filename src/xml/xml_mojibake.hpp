#pragma once
// Double-encoded UTF-8 in a parsed document ("AdemÃ¡s" for "Además"), which
// half of the real news feeds carry: a publishing system decoded its own UTF-8
// as Windows-1252 and encoded it again.
#include "options/read_write_options.hpp"
#include "xml/xml_parse.hpp"

namespace wirekit {

// Repairs every text node and attribute value of XML that repair_double_encoding
// recognises as double-encoded, unless options.repair_encoding is off. Says so
// under -v, one note for each element name (with how many and where the first
// was); with options.strict the first one is an error (65) instead.
void repair_double_encoded_text(XmlDocument& xml, const ReadOptions& options);

}  // namespace wirekit
