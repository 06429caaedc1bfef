#include "xml/xml_findings.hpp"

#include "report/diagnostics.hpp"
#include "report/error.hpp"

namespace wirekit {

namespace {

bool prefix_declared(pugi::xml_node element, std::string_view qualified_name) {
    auto colon = qualified_name.find(':');
    if (colon == std::string_view::npos) return true;
    std::string_view prefix = qualified_name.substr(0, colon);
    if (prefix == "xml" || prefix == "xmlns") return true;
    std::string declaration = "xmlns:" + std::string(prefix);
    for (pugi::xml_node n = element; n; n = n.parent())
        if (n.attribute(declaration.c_str())) return true;
    return false;
}

}  // namespace

void check_namespace_prefixes(const XmlDocument& xml, Findings& findings) {
    std::vector<pugi::xml_node> stack{xml.doc.document_element()};
    while (!stack.empty()) {
        pugi::xml_node element = stack.back();
        stack.pop_back();
        std::string_view name = element.name();
        if (!prefix_declared(element, name))
            report_at(xml, element, "the prefix of <" + std::string(name) + "> is not declared (no xmlns:" +
                                        std::string(name.substr(0, name.find(':'))) + ")", findings);
        for (pugi::xml_attribute attribute : element.attributes())
            if (!prefix_declared(element, attribute.name()))
                report_at(xml, element, "the prefix of the attribute " + std::string(attribute.name()) + " is not declared",
                          findings);
        for (pugi::xml_node child = element.last_child(); child; child = child.previous_sibling())
            if (child.type() == pugi::node_element) stack.push_back(child);
    }
}

std::string direct_text(pugi::xml_node element) {
    std::string text;
    for (pugi::xml_node child : element.children())
        if (child.type() == pugi::node_pcdata || child.type() == pugi::node_cdata) text += child.value();
    return text;
}

void report_at(const XmlDocument& xml, pugi::xml_node node, std::string message, Findings& findings) {
    auto [line, column] = line_column_of(xml, node);
    findings.error(std::move(message), line, column);
}

void warn_at(const XmlDocument& xml, pugi::xml_node node, std::string message, Findings& findings) {
    auto [line, column] = line_column_of(xml, node);
    findings.warning(std::move(message), line, column);
}

std::unique_ptr<XmlDocument> parse_xml_for_findings(std::string_view bytes, const ReadOptions& options,
                                                    Findings& findings) {
    Diagnostics quiet;
    ReadOptions strict = options;
    strict.strict = true;
    if (!strict.diag) strict.diag = &quiet;
    std::unique_ptr<XmlDocument> xml;
    try {
        xml = parse_xml(bytes, strict);
    } catch (const Error& e) {
        findings.error(e.what(), e.line(), e.column());
        return nullptr;
    }
    check_namespace_prefixes(*xml, findings);
    return xml;
}

}  // namespace wirekit
