#include "newsml1/newsml1_validate.hpp"

#include "xml/xml_root_check.hpp"

namespace wirekit {

void validate_newsml1(std::string_view bytes, const ReadOptions& options, Findings& findings) {
    check_well_formed_root(bytes, options, findings, "newsml1", "NewsML", "NewsML 1.2's DTD (NewsML_1.2.dtd)");
}

}  // namespace wirekit
