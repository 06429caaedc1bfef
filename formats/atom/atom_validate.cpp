#include "atom/atom_validate.hpp"

#include "feed/feed_xml.hpp"
#include "schema/xml_schema_check.hpp"
#include "xml/xml_findings.hpp"

namespace wirekit {

namespace {

bool is_atom(pugi::xml_node node, std::string_view local) {
    return node.type() == pugi::node_element && namespace_view(node) == feed_ns::atom && local_name(node.name()) == local;
}

bool has_atom_child(pugi::xml_node element, std::string_view local) {
    for (pugi::xml_node child : element.children())
        if (is_atom(child, local)) return true;
    return false;
}

// The grammar's Schematron rules, which RELAX NG validation ignores:
// warnings, so that the verdict stays the grammar's.
void check_schematron_rules(const XmlDocument& xml, pugi::xml_node root, Findings& findings) {
    bool feed_author = is_atom(root, "feed") && has_atom_child(root, "author");
    auto check_entry = [&](pugi::xml_node entry) {
        pugi::xml_node source;
        for (pugi::xml_node c : entry.children())
            if (is_atom(c, "source")) source = c;
        if (!feed_author && !has_atom_child(entry, "author") && !(source && has_atom_child(source, "author")))
            warn_at(xml, entry,
                    entry == root ? "<entry> has no <author>" : "<entry> has no <author> and neither has its feed",
                    findings);
        bool alternate = has_atom_child(entry, "content");
        for (pugi::xml_node c : entry.children())
            if (is_atom(c, "link")) {
                std::string_view rel = c.attribute("rel").value();
                alternate |= !c.attribute("rel") || rel == "alternate";
            }
        if (!alternate) warn_at(xml, entry, "<entry> has neither <content> nor an alternate <link>", findings);
    };
    if (is_atom(root, "entry")) check_entry(root);
    for (pugi::xml_node c : root.children())
        if (is_atom(c, "entry")) check_entry(c);
}

}  // namespace

void validate_atom(std::string_view bytes, const ReadOptions& options, Findings& findings) {
    validate_with_xml_schema(bytes, {"atom/atom.rng", XmlSchemaLanguage::relax_ng}, options, findings);
    Findings unused;  // what the parser says, libxml2 said already
    if (auto xml = parse_xml_for_findings(bytes, options, unused)) check_schematron_rules(*xml, xml->doc.document_element(), findings);
}

}  // namespace wirekit
