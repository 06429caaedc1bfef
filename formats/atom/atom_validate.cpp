#include "atom/atom_validate.hpp"

#include "atom/atom_rules.hpp"
#include "feed/feed_xml.hpp"
#include "text/text.hpp"

namespace wirekit {

namespace {

bool is_atom(pugi::xml_node node, std::string_view local) {
    return node.type() == pugi::node_element && namespace_view(node) == feed_ns::atom && local_name(node.name()) == local;
}

bool has_child_element(pugi::xml_node element) {
    for (pugi::xml_node child : element.children())
        if (child.type() == pugi::node_element) return true;
    return false;
}

bool has_text(pugi::xml_node element) {
    for (pugi::xml_node child : element.children())
        if ((child.type() == pugi::node_pcdata || child.type() == pugi::node_cdata) && !trim(child.value()).empty())
            return true;
    return false;
}

// type="xhtml": one xhtml:div and nothing else but blanks.
void check_xhtml_div(const XmlDocument& xml, pugi::xml_node element, Findings& findings) {
    std::string where = "<" + std::string(local_name(element.name())) + " type=\"xhtml\">";
    int elements = 0;
    for (pugi::xml_node child : element.children()) {
        if (child.type() != pugi::node_element) continue;
        if (++elements == 1 && namespace_view(child) == feed_ns::xhtml && local_name(child.name()) == "div") continue;
        report_at(xml, child, where + " must hold exactly one XHTML <div>, not <" + std::string(child.name()) + ">", findings);
        return;
    }
    if (elements == 0) report_at(xml, element, where + " must hold an XHTML <div>", findings);
    else if (has_text(element)) report_at(xml, element, where + " may hold only its <div>, not text around it", findings);
}

void check_text_only(const XmlDocument& xml, pugi::xml_node element, std::string_view type, Findings& findings) {
    for (pugi::xml_node child : element.children())
        if (child.type() == pugi::node_element) {
            report_at(xml, child,
                      "<" + std::string(local_name(element.name())) + " type=\"" + std::string(type) +
                          "\"> holds text, not elements like <" + std::string(child.name()) +
                          "> (escape the markup or use type=\"xhtml\")",
                      findings);
            return;
        }
}

// atomTextConstruct: text or html hold text; xhtml holds a div.
void check_text_construct(const XmlDocument& xml, pugi::xml_node element, Findings& findings) {
    std::string_view type = element.attribute("type").value();
    if (type == "xhtml")
        check_xhtml_div(xml, element, findings);
    else if (type.empty() || type == "text" || type == "html")
        check_text_only(xml, element, type.empty() ? "text" : type, findings);
}

// atomContent: out of line (src, empty), text, html, xhtml, or any media type.
void check_content(const XmlDocument& xml, pugi::xml_node element, Findings& findings) {
    pugi::xml_attribute type_attribute = element.attribute("type");
    std::string_view type = type_attribute.value();
    bool text_type = !type_attribute || type == "text" || type == "html";
    if (!text_type && type != "xhtml")
        if (auto bad = check_atom_media_type(type)) report_at(xml, element, "<content> type: " + *bad, findings);
    if (element.attribute("src")) {
        if (type == "xhtml" || type == "text" || type == "html")
            report_at(xml, element, "<content src=...> needs a media type, not type=\"" + std::string(type) + "\"", findings);
        if (has_child_element(element) || has_text(element))
            report_at(xml, element, "<content src=...> must be empty: its content is elsewhere", findings);
        return;
    }
    if (type == "xhtml")
        check_xhtml_div(xml, element, findings);
    else if (text_type)
        check_text_only(xml, element, type_attribute ? type : "text", findings);
}

void check_constructs(const XmlDocument& xml, pugi::xml_node element, Findings& findings) {
    for (pugi::xml_node child : element.children()) {
        if (child.type() != pugi::node_element || namespace_view(child) != feed_ns::atom) continue;
        std::string_view local = local_name(child.name());
        if (local == "title" || local == "subtitle" || local == "rights" || local == "summary")
            check_text_construct(xml, child, findings);
        else if (local == "content")
            check_content(xml, child, findings);
        else if (local == "entry" || local == "source" || local == "feed")
            check_constructs(xml, child, findings);
    }
}

bool has_atom_child(pugi::xml_node element, std::string_view local) {
    for (pugi::xml_node child : element.children())
        if (is_atom(child, local)) return true;
    return false;
}

// The grammar's Schematron rules, which the reference RELAX NG validation
// ignores: warnings, so that the verdict stays the grammar's.
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
    auto xml = parse_xml_for_findings(bytes, options, findings);
    if (!xml) return;
    pugi::xml_node root = xml->doc.document_element();
    std::string_view ns = namespace_view(root);
    std::string_view local = local_name(root.name());
    if (ns == feed_ns::atom03) {
        report_at(*xml, root,
                  "this is Atom 0.3 (namespace " + std::string(ns) +
                      "), which RFC 4287 replaced: Atom 1.0 needs the namespace " +
                      std::string(feed_ns::atom),
                  findings);
        return;
    }
    if (ns != feed_ns::atom || (local != "feed" && local != "entry")) {
        report_at(*xml, root,
                  "the root is <" + std::string(root.name()) + ">" + (ns.empty() ? "" : " in " + std::string(ns)) +
                      ", not an Atom 1.0 <feed> or <entry> in " + std::string(feed_ns::atom),
                  findings);
        return;
    }
    RuleTable tables[] = {atom_rule_table()};
    check_element_rules(*xml, root, tables, findings);
    check_constructs(*xml, xml->doc, findings);
    check_schematron_rules(*xml, root, findings);
}

}  // namespace wirekit
