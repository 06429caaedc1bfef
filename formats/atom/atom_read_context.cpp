#include "atom/atom_read_context.hpp"

#include "feed/feed_read.hpp"
#include "feed/feed_xml.hpp"
#include "text/language_tag.hpp"
#include "text/text.hpp"
#include "xml/xml_parse.hpp"

namespace wirekit::atom {

bool ReadContext::is_atom(pugi::xml_node element) const {
    if (element.type() != pugi::node_element) return false;
    std::string_view ns = feed_namespace(element);
    if (ns == feed_ns::atom || ns == feed_ns::atom03 || (!atom_namespace.empty() && ns == atom_namespace)) return true;
    return ns.empty() && atom_namespace.empty() && std::string_view(element.name()).find(':') == std::string_view::npos;
}

std::string ReadContext::base_for(pugi::xml_node element) const { return xml_base_of(element, options.base_url); }

std::string ReadContext::language_of(pugi::xml_node element) const {
    for (pugi::xml_node n = element; n && n.type() == pugi::node_element; n = n.parent())
        if (pugi::xml_attribute a = n.attribute("xml:lang")) {
            // Said once, where the attribute stands, not for each element inheriting it.
            if (n != element) return normalized_language_tag(a.value());
            return read_feed_language(a.value(), n, xml, options);
        }
    return {};
}

}  // namespace wirekit::atom
