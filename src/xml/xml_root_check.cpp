#include "xml/xml_root_check.hpp"

#include "xml/xml_rules.hpp"

namespace wirekit {

void check_well_formed_root(std::string_view bytes, const ReadOptions& options, Findings& findings, std::string_view format,
                            std::string_view root, std::string_view schema) {
    auto xml = parse_xml_for_findings(bytes, options, findings);
    if (!xml) return;
    pugi::xml_node element = xml->doc.document_element();
    if (local_name(element.name()) != root) {
        report_at(*xml, element, "the root <" + std::string(element.name()) + "> is not " + std::string(root), findings);
        return;
    }
    options.diag->note(options.source, std::string(format) + ": checked for well-formed XML and a " + std::string(root) +
                                           " root only; the check against " + std::string(schema) + " is not built in yet");
}

}  // namespace wirekit
