#include "rss/rss_read_context.hpp"

#include "feed/feed_xml.hpp"
#include "text/text.hpp"

namespace wirekit::rss {

std::string ReadContext::base_for(pugi::xml_node element) const {
    std::string base = xml_base_of(element, options.base_url);
    return base.empty() ? channel_link : base;
}

std::string rdf_about(pugi::xml_node element) {
    for (pugi::xml_attribute a : element.attributes())
        if (local_name(a.name()) == "about" && std::string_view(a.name()).find(':') != std::string_view::npos)
            return std::string(trim(a.value()));
    return {};
}

bool is_native(pugi::xml_node element) {
    return element.type() == pugi::node_element && is_native(element, feed_namespace(element));
}

bool is_native(pugi::xml_node element, std::string_view ns) {
    // An undeclared prefix nobody uses by convention is foreign, not RSS.
    if (ns.empty()) return std::string_view(element.name()).find(':') == std::string_view::npos;
    return ns == feed_ns::rss10 || ns == feed_ns::rss090 || ns == feed_ns::userland_rss2 || ns == feed_ns::userland_rss;
}

}  // namespace wirekit::rss
