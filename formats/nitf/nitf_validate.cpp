#include "nitf/nitf_validate.hpp"

#include "xml/xml_rules.hpp"

namespace wirekit {

void validate_nitf(std::string_view bytes, const ReadOptions& options, Findings& findings) {
    auto xml = parse_xml_for_findings(bytes, options, findings);
    if (!xml) return;
    pugi::xml_node root = xml->doc.document_element();
    if (local_name(root.name()) != "nitf") {
        report_at(*xml, root, "the root <" + std::string(root.name()) + "> is not nitf", findings);
        return;
    }
    options.diag->note(options.source, "nitf: checked for well-formed XML and a nitf root only; the check against NITF 3.6's "
                                       "schema (nitf-3-6.xsd) is not built in yet");
}

}  // namespace wirekit
