#include "atom/atom_write_common.hpp"

#include <algorithm>
#include <vector>

#include "atom/atom_read_context.hpp"
#include "feed/feed_xml.hpp"
#include "text/language_tag.hpp"
#include "text/text.hpp"
#include "time/datetime.hpp"
#include "time/datetime_rfc822.hpp"
#include "xml/xml_parse.hpp"

namespace wirekit::atom {

namespace {

const std::string atom_key_prefix = "{" + std::string(feed_ns::atom) + "}";

// Whether the kept Atom element FRAGMENT is one the schema allows as written:
// only the attributes it defines, and the required ones present.
bool schema_allows(std::string_view local, std::string_view fragment) {
    pugi::xml_document doc;
    if (!doc.load_buffer(fragment.data(), fragment.size(), pugi::parse_default, pugi::encoding_utf8)) return false;
    pugi::xml_node e = doc.document_element();
    std::vector<std::string_view> allowed;
    if (local == "link") allowed = {"href", "rel", "type", "hreflang", "title", "length"};
    else if (local == "category") allowed = {"term", "scheme", "label"};
    else if (local == "generator") allowed = {"uri", "version"};
    else if (local != "icon") return false;
    for (pugi::xml_attribute a : e.attributes()) {
        std::string_view name = a.name();
        if (name == "xmlns" || name.starts_with("xmlns:") || name == "xml:lang" || name == "xml:base") continue;
        if (name.find(':') != std::string_view::npos) continue;  // attributes in other namespaces are allowed
        if (std::find(allowed.begin(), allowed.end(), name) == allowed.end()) return false;
    }
    if (local == "link") {
        if (!e.attribute("href") || (e.attribute("type") && !is_media_type(e.attribute("type").value()))) return false;
        if (e.attribute("hreflang") && !is_language_tag(e.attribute("hreflang").value())) return false;
    }
    if (local == "category" && !e.attribute("term")) return false;
    if (pugi::xml_attribute lang = e.attribute("xml:lang"); lang && !is_language_tag(lang.value())) return false;
    // link and category hold no Atom elements; icon and generator only text.
    for (pugi::xml_node c : e.children())
        if (c.type() == pugi::node_element && (local == "icon" || local == "generator" || feed_namespace(c) == feed_ns::atom)) return false;
    return true;
}

}  // namespace

bool is_media_type(std::string_view s) {
    auto slash = s.find('/');
    return slash != std::string_view::npos && slash > 0 && slash + 1 < s.size() && s.find('\n') == std::string_view::npos &&
           s.find('\r') == std::string_view::npos;
}

bool is_email_address(std::string_view s) {
    auto at = s.find('@');
    return at != std::string_view::npos && at > 0 && at + 1 < s.size() && s.find('\n') == std::string_view::npos;
}

bool write_date(pugi::xml_node parent, const char* name, const DateTime& date) {
    DateTime instant = complete_instant(date);
    parent.append_child(name).text() = format_rfc3339(instant).c_str();
    return instant == date;
}

bool write_people(pugi::xml_node parent, const std::vector<Person>& people) {
    bool exact = true;
    for (const Person& p : people) {
        pugi::xml_node e = parent.append_child(p.role == "contributor" ? "contributor" : "author");
        std::string name = collapse_spaces(p.name);
        if (name.empty()) name = !p.email.empty() ? p.email : !p.uri.empty() ? p.uri : "unknown";
        e.append_child("name").text() = name.c_str();
        if (!p.uri.empty()) e.append_child("uri").text() = p.uri.c_str();
        bool email_ok = p.email.empty() || (is_email_address(p.email) && p.email == trim(p.email));
        if (!p.email.empty() && email_ok) e.append_child("email").text() = p.email.c_str();
        exact = exact && (p.role == "author" || p.role == "contributor") && is_plain_line(p.name) && email_ok && p.uri == trim(p.uri);
    }
    return exact;
}

bool write_categories(pugi::xml_node parent, const std::vector<Concept>& concepts) {
    bool exact = true;
    for (const Concept& c : concepts) {
        std::string term = collapse_spaces(c.code.empty() ? c.name : c.code);
        if (!term.empty()) {
            pugi::xml_node e = parent.append_child("category");
            e.append_attribute("term") = term.c_str();
            if (!c.scheme.empty()) e.append_attribute("scheme") = c.scheme.c_str();
            if (!c.code.empty() && !c.name.empty()) e.append_attribute("label") = c.name.c_str();
        }
        exact = exact && !term.empty() && is_plain_line(c.name) && (c.code.empty() || is_plain_line(c.code)) && c.uri.empty() &&
                c.kind.empty() && !c.relevance && c.scheme == trim(c.scheme) && c.name == trim(c.name);
    }
    return exact;
}

void write_atom_extensions(pugi::xml_node parent, WkWriter& wk, const Extensions& extensions, bool feed_level) {
    bool icon_written = false;
    for (const Extension& x : extensions) {
        if (x.format != format_id) {
            write_foreign_extension(parent, wk, x, feed_ns::atom);
            continue;
        }
        if (x.key.starts_with(atom_key_prefix)) {
            std::string_view local = std::string_view(x.key).substr(atom_key_prefix.size());
            bool allowed = local == "link" || local == "category" || (local == "icon" && feed_level && !icon_written);
            if (allowed && schema_allows(local, x.value) && append_fragment(parent, x.value, true)) {
                icon_written = icon_written || local == "icon";
                continue;
            }
        } else if (append_fragment(parent, x.value, true)) {
            continue;
        }
        wk.extension(x);
    }
}

}  // namespace wirekit::atom
