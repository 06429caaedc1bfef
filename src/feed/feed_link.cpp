#include "feed/feed_link.hpp"

#include <string>

#include "feed/feed_media.hpp"
#include "text/url.hpp"
#include "xml/xml_parse.hpp"

namespace wirekit {

Link atom_link_of(pugi::xml_node element, std::string_view base_url) {
    Link link;
    link.href = resolve_url(base_url, attribute_of(element, "href"));
    link.rel = attribute_of(element, "rel");
    if (link.rel.empty()) link.rel = "alternate";
    link.type = attribute_of(element, "type");
    link.title = attribute_of(element, "title");
    link.hreflang = attribute_of(element, "hreflang");
    link.length = count_value(attribute_of(element, "length"));
    return link;
}

bool has_link_attributes(const Link& link) { return !link.type.empty() || !link.title.empty() || !link.hreflang.empty() || link.length; }

pugi::xml_node append_atom_link(pugi::xml_node parent, const char* element, const Link& link, std::string_view rel) {
    pugi::xml_node e = parent.append_child(element);
    if (!rel.empty()) e.append_attribute("rel") = std::string(rel).c_str();
    e.append_attribute("href") = link.href.c_str();
    if (!link.type.empty()) e.append_attribute("type") = link.type.c_str();
    if (!link.title.empty()) e.append_attribute("title") = link.title.c_str();
    if (!link.hreflang.empty()) e.append_attribute("hreflang") = link.hreflang.c_str();
    if (link.length) e.append_attribute("length") = std::to_string(*link.length).c_str();
    return e;
}

}  // namespace wirekit
