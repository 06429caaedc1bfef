#include "newsml/newsml_validate.hpp"

#include <array>

#include "newsml/newsml_names.hpp"
#include "newsml/newsml_rules.hpp"

namespace wirekit {

namespace {

// The global elements of the schema that make a document of their own.
constexpr std::array<std::string_view, 8> g2_roots = {"newsMessage", "newsItem",     "packageItem", "conceptItem",
                                                      "conceptSet",  "planningItem", "knowledgeItem", "catalogItem"};

bool is_g2_root(std::string_view local) {
    for (auto root : g2_roots)
        if (root == local) return true;
    return false;
}

}  // namespace

void validate_newsml(std::string_view bytes, const ReadOptions& options, Findings& findings) {
    auto xml = parse_xml_for_findings(bytes, options, findings);
    if (!xml) return;
    pugi::xml_node root = xml->doc.document_element();
    std::string_view ns = namespace_view(root);
    std::string_view local = local_name(root.name());
    if (ns != newsml::g2_ns) {
        report_at(*xml, root,
                  "the root <" + std::string(root.name()) + "> is not in the NewsML-G2 namespace " + std::string(newsml::g2_ns) +
                      (ns.empty() ? " (no xmlns)" : " but in " + std::string(ns)),
                  findings);
        return;
    }
    if (!is_g2_root(local)) {
        report_at(*xml, root,
                  "<" + std::string(local) + "> cannot be the root: a NewsML-G2 document is an item or a newsMessage",
                  findings);
        return;
    }
    RuleTable tables[] = {newsml_rule_table(), nitf_rule_table()};
    check_element_rules(*xml, root, tables, findings);
}

}  // namespace wirekit
