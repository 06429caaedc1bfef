#include "feed/feed_people.hpp"

#include "text/text.hpp"
#include "text/url.hpp"
#include "xml/xml_parse.hpp"

namespace wirekit {

namespace {

bool is_email(std::string_view s) {
    auto at = s.find('@');
    return at != std::string_view::npos && at > 0 && at + 1 < s.size() && s.find(' ') == std::string_view::npos &&
           s.find('@', at + 1) == std::string_view::npos;
}

std::string_view without_mailto(std::string_view s) { return starts_with_ci(s, "mailto:") ? s.substr(7) : s; }

// Splits "OUTSIDE (INSIDE)" or "OUTSIDE <INSIDE>" at its final bracket pair.
bool split_bracketed(std::string_view text, char open, char close, std::string_view& outside, std::string_view& inside) {
    if (!text.ends_with(close)) return false;
    auto at = text.rfind(open);
    if (at == std::string_view::npos) return false;
    outside = trim(text.substr(0, at));
    inside = trim(text.substr(at + 1, text.size() - at - 2));
    return true;
}

}  // namespace

Person person_from_text(std::string_view text, std::string_view role) {
    Person p;
    p.role = std::string(role);
    std::string collapsed = collapse_spaces(text);
    std::string_view s = collapsed;
    std::string_view outside, inside;
    if (split_bracketed(s, '(', ')', outside, inside) || split_bracketed(s, '<', '>', outside, inside)) {
        std::string_view o = without_mailto(outside), i = without_mailto(inside);
        if (is_email(o) && !is_email(i)) {
            p.email = std::string(o);
            p.name = std::string(i);
            return p;
        }
        if (is_email(i) && !is_email(o)) {
            p.name = std::string(o);
            p.email = std::string(i);
            return p;
        }
    }
    if (is_email(without_mailto(s))) p.email = std::string(without_mailto(s));
    else p.name = std::string(s);
    return p;
}

std::string rss_author_text(const Person& person) {
    if (person.email.empty()) return person.name;
    if (person.name.empty()) return person.email;
    return person.email + " (" + person.name + ")";
}

bool rss_author_exact(const Person& person) {
    if (person.uri.size() > 0 || (person.name.empty() && person.email.empty())) return false;
    return person_from_text(rss_author_text(person), person.role) == person;
}

Person person_from_atom(pugi::xml_node element, std::string_view base_url, std::string_view role) {
    Person p;
    p.role = std::string(role);
    bool has_children = false;
    for (pugi::xml_node child : element.children()) {
        if (child.type() != pugi::node_element) continue;
        has_children = true;
        std::string_view local = local_name(child.name());
        if (local == "name" && p.name.empty()) p.name = collapse_spaces(text_of(child));
        else if (local == "email" && p.email.empty()) p.email = std::string(without_mailto(text_of(child)));
        else if ((local == "uri" || local == "url") && p.uri.empty()) p.uri = resolve_url(base_url, text_of(child));
    }
    // Atom 0.3 and broken feeds put the name in the element's own text.
    if (!has_children) {
        std::string own = text_of(element);
        if (!own.empty()) return person_from_text(own, role);
    }
    return p;
}

}  // namespace wirekit
