#pragma once
// Validating XML against a bundled schema with libxml2, the one libxml2 user:
// W3C XML Schema, RELAX NG or a DTD, as `xmllint --schema`, `--relaxng` and
// `--dtdvalid` do. A schema's imports and includes resolve to bundled files
// only: nothing is fetched and nothing is read from disk.
#include <string_view>

#include "options/read_write_options.hpp"
#include "report/validation.hpp"

namespace wirekit {

enum class XmlSchemaLanguage { xsd, relax_ng, dtd };

// A bundled schema: the file that holds its root (a bundled_files.hpp name,
// such as "atom/atom.rng") and the language it is written in.
struct XmlSchema {
    std::string_view file;
    XmlSchemaLanguage language;
};

// NITF 3.6: the nitf format's schema and that of NewsML 1.x's NITF payloads.
inline constexpr XmlSchema nitf_schema{"newsml-g2/nitf-3-6.xsd", XmlSchemaLanguage::xsd};

// Parses BYTES with libxml2 (no network, no DTD loaded, no entity expanded;
// the encoding from a BOM, ReadOptions::charset or the XML declaration) and
// validates the document against SCHEMA. The schema is compiled at its first
// use and kept for the rest of the run. Every error and warning of the parser
// and the validator goes to FINDINGS in libxml2's words, at the line and
// column of the start tag it concerns (an attribute's own place when it has
// one), else where the parser stopped. Throws Error(Exit::config) when SCHEMA
// does not compile (a bundled schema always does: tests compile each).
void validate_with_xml_schema(std::string_view bytes, XmlSchema schema, const ReadOptions& options, Findings& findings);

// Compiles SCHEMA now (or finds it compiled); throws as above.
void compile_xml_schema(XmlSchema schema);

}  // namespace wirekit
