#include "nitf/nitf_validate.hpp"

#include "xml/xml_root_check.hpp"

namespace wirekit {

void validate_nitf(std::string_view bytes, const ReadOptions& options, Findings& findings) {
    check_well_formed_root(bytes, options, findings, "nitf", "nitf", "NITF 3.6's schema (nitf-3-6.xsd)");
}

}  // namespace wirekit
