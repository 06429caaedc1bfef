#include "feed/feed_xml.hpp"

#include <set>
#include <sstream>
#include <utility>
#include <vector>

#include "text/text.hpp"
#include "text/url.hpp"
#include "xml/xml_parse.hpp"
#include "xml/xml_print.hpp"

namespace wirekit {

namespace {

struct ConventionalPrefix {
    std::string_view prefix;
    std::string_view ns;
};

constexpr ConventionalPrefix conventional_prefixes[] = {
    {"atom", feed_ns::atom}, {"atom10", feed_ns::atom}, {"atom03", feed_ns::atom03}, {"dc", feed_ns::dc},
    {"dcterms", feed_ns::dcterms}, {"content", feed_ns::content}, {"media", feed_ns::media}, {"rdf", feed_ns::rdf},
    {"xhtml", feed_ns::xhtml}, {"itunes", feed_ns::itunes}, {"wk", feed_ns::wk},
};

std::string_view conventional_namespace(std::string_view prefix) {
    for (const auto& c : conventional_prefixes)
        if (iequals_ascii(prefix, c.prefix)) return c.ns;
    return {};
}

void collect_prefixes(pugi::xml_node element, std::set<std::string>& prefixes) {
    std::vector<pugi::xml_node> stack{element};
    while (!stack.empty()) {
        pugi::xml_node n = stack.back();
        stack.pop_back();
        if (n.type() != pugi::node_element) continue;
        prefixes.insert(std::string(prefix_of(n.name())));
        for (pugi::xml_attribute a : n.attributes()) {
            std::string_view name = a.name();
            std::string_view p = prefix_of(name);
            if (!p.empty() && p != "xmlns" && p != "xml") prefixes.insert(std::string(p));
        }
        for (pugi::xml_node c : n.children()) stack.push_back(c);
    }
}

// The namespace of ELEMENT, DECLARED for it, as feed_namespace gives it.
std::string_view as_feed_namespace(pugi::xml_node element, std::string_view declared) {
    std::string_view ns = trim(declared);
    if (ns.empty()) {
        std::string_view prefix = prefix_of(element.name());
        return prefix.empty() ? std::string_view() : conventional_namespace(prefix);
    }
    if (ns == "http://search.yahoo.com/mrss") return feed_ns::media;
    if (iequals_ascii(ns, feed_ns::itunes)) return feed_ns::itunes;
    return ns;
}

}  // namespace

std::string_view feed_namespace(pugi::xml_node element) { return as_feed_namespace(element, namespace_view(element)); }

std::string_view feed_namespace(pugi::xml_node element, ChildNamespaces& siblings) {
    return as_feed_namespace(element, siblings.of(element));
}

bool is_feed_element(pugi::xml_node element, std::string_view local, std::string_view ns) {
    return element.type() == pugi::node_element && local_name(element.name()) == local && feed_namespace(element) == ns;
}

std::string xml_base_of(pugi::xml_node element, std::string_view document_url) {
    std::vector<std::string_view> bases;
    for (pugi::xml_node n = element; n && n.type() == pugi::node_element; n = n.parent())
        if (pugi::xml_attribute a = n.attribute("xml:base")) bases.push_back(trim(a.value()));
    std::string base(document_url);
    for (auto it = bases.rbegin(); it != bases.rend(); ++it) base = resolve_url(base, *it);
    return base;
}

std::string extension_key(pugi::xml_node element) {
    std::string_view ns = feed_namespace(element);
    // An undeclared, unknown prefix stays part of the name.
    std::string_view name = ns.empty() ? std::string_view(element.name()) : local_name(element.name());
    return "{" + std::string(ns) + "}" + std::string(name);
}

std::string serialize_element(pugi::xml_node element) {
    std::set<std::string> prefixes;
    collect_prefixes(element, prefixes);
    // The declarations the element needs to stand alone: of the prefixes it
    // uses, those declared above it, or bound by convention.
    std::vector<std::pair<std::string, std::string>> declarations;
    for (const std::string& prefix : prefixes) {
        std::string attribute = prefix.empty() ? "xmlns" : "xmlns:" + prefix;
        if (element.attribute(attribute.c_str())) continue;  // declared by the element itself
        std::string ns;
        if (auto declared = declared_namespace(element, prefix)) {
            ns = *declared;
        } else {
            if (prefix.empty()) continue;  // no namespace, as in the source
            ns = conventional_namespace(prefix);
            if (ns.empty()) continue;  // an unknown undeclared prefix stays as written
        }
        declarations.emplace_back(std::move(attribute), std::move(ns));
    }
    std::string out;
    // Copied only to add them: an element of a feed without a default
    // namespace, such as an unreadable date, is printed as it stands.
    if (declarations.empty()) {
        append_markup(out, element);
        return out;
    }
    pugi::xml_document copy;
    pugi::xml_node root = copy.append_copy(element);
    for (const auto& [attribute, ns] : declarations) root.append_attribute(attribute.c_str()) = ns.c_str();
    append_markup(out, root);
    return out;
}

void append_text_element(pugi::xml_node parent, const char* name, std::string_view value) {
    parent.append_child(name).text() = std::string(value).c_str();
}

bool append_fragment(pugi::xml_node parent, std::string_view fragment, bool no_default_namespace) {
    pugi::xml_document parsed;
    if (!parsed.load_buffer(fragment.data(), fragment.size(), pugi::parse_default | pugi::parse_ws_pcdata, pugi::encoding_utf8))
        return false;
    pugi::xml_node element = parsed.document_element();
    if (!element || element.next_sibling()) return false;
    pugi::xml_node added = parent.append_copy(element);
    if (no_default_namespace && prefix_of(added.name()).empty() && !added.attribute("xmlns"))
        added.append_attribute("xmlns") = "";
    return true;
}

}  // namespace wirekit

namespace wirekit {

void declare_used_prefixes(pugi::xml_node root, std::initializer_list<PrefixBinding> bindings) {
    std::set<std::string> used;
    collect_prefixes(root, used);
    for (const PrefixBinding& b : bindings) {
        std::string attribute = "xmlns:" + std::string(b.prefix);
        if (used.count(std::string(b.prefix)) && !root.attribute(attribute.c_str()))
            root.append_attribute(attribute.c_str()) = std::string(b.ns).c_str();
    }
}

namespace {

// ELEMENT's subtree below ROOT; SHADOWED: prefixes an element between binds.
void hoist_below(pugi::xml_node root, pugi::xml_node element, std::set<std::string>& shadowed) {
    std::vector<std::string> bound_here;
    for (pugi::xml_attribute a = element.first_attribute(); a;) {
        pugi::xml_attribute next = a.next_attribute();
        std::string_view name = a.name();
        if (name.starts_with("xmlns:") && !shadowed.count(std::string(name))) {
            // A namespace name is a URI: white space around it (which some
            // feeds write) is no part of it, and strict parsers refuse it.
            const std::string uri(trim(a.value()));
            pugi::xml_attribute at_root = root.attribute(a.name());
            if (!at_root) {
                root.append_attribute(a.name()) = uri.c_str();
                element.remove_attribute(a);
            } else if (trim(at_root.value()) == uri) {
                element.remove_attribute(a);
            } else {
                bound_here.emplace_back(name);
            }
        }
        a = next;
    }
    for (const std::string& b : bound_here) shadowed.insert(b);
    for (pugi::xml_node child : element.children())
        if (child.type() == pugi::node_element) hoist_below(root, child, shadowed);
    for (const std::string& b : bound_here) shadowed.erase(b);
}

}  // namespace

void hoist_namespace_declarations(pugi::xml_node root) {
    for (pugi::xml_attribute a : root.attributes())
        if (std::string_view(a.name()).starts_with("xmlns:")) a.set_value(std::string(trim(a.value())).c_str());
    std::set<std::string> shadowed;
    for (pugi::xml_node child : root.children())
        if (child.type() == pugi::node_element) hoist_below(root, child, shadowed);
}

namespace {

// TEXT without the characters XML 1.0 cannot hold; COUNT grows by those removed.
bool clean_xml_text(std::string& text, std::size_t& count) {
    std::string out;
    bool changed = false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        unsigned char c = static_cast<unsigned char>(text[i]);
        bool control = c < 0x20 && c != '\t' && c != '\n' && c != '\r';
        bool nonchar = c == 0xEF && i + 2 < text.size() && static_cast<unsigned char>(text[i + 1]) == 0xBF &&
                       (static_cast<unsigned char>(text[i + 2]) == 0xBE || static_cast<unsigned char>(text[i + 2]) == 0xBF);
        if (control || nonchar) {
            if (!changed) out.assign(text, 0, i);
            changed = true;
            ++count;
            if (nonchar) i += 2;
            continue;
        }
        if (changed) out += text[i];
    }
    if (changed) text = std::move(out);
    return changed;
}

}  // namespace

std::size_t remove_invalid_xml_characters(pugi::xml_node root) {
    std::size_t count = 0;
    std::vector<pugi::xml_node> stack{root};
    while (!stack.empty()) {
        pugi::xml_node n = stack.back();
        stack.pop_back();
        if (n.type() == pugi::node_pcdata || n.type() == pugi::node_cdata) {
            std::string value = n.value();
            if (clean_xml_text(value, count)) n.set_value(value.c_str());
        }
        for (pugi::xml_attribute a : n.attributes()) {
            std::string value = a.value();
            if (clean_xml_text(value, count)) a.set_value(value.c_str());
        }
        for (pugi::xml_node c : n.children()) stack.push_back(c);
    }
    return count;
}

std::string xml_document_text(const pugi::xml_document& doc) {
    std::ostringstream out;
    out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
    doc.save(out, "  ", pugi::format_indent | pugi::format_no_declaration, pugi::encoding_utf8);
    return out.str();
}

}  // namespace wirekit
