#include "newsml/newsml_validate.hpp"

#include "schema/xml_schema_check.hpp"

namespace wirekit {

void validate_newsml(std::string_view bytes, const ReadOptions& options, Findings& findings) {
    // IPTC's schema with NITF 3.6 loaded beside it, so that NITF bodies in
    // inlineXML (a lax wildcard) are checked too.
    validate_with_xml_schema(bytes, {"wirekit/newsml-g2-with-nitf.xsd", XmlSchemaLanguage::xsd}, options, findings);
}

}  // namespace wirekit
