#include "nitf/nitf_validate.hpp"

#include "schema/xml_schema_check.hpp"

namespace wirekit {

void validate_nitf(std::string_view bytes, const ReadOptions& options, Findings& findings) {
    validate_with_xml_schema(bytes, nitf_schema, options, findings);
}

}  // namespace wirekit
