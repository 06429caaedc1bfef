// Recognising RSS from the first bytes: the root element and its namespace.
#include "feed/feed_xml.hpp"
#include "rss/rss_reader.hpp"
#include "text/text.hpp"
#include "xml/xml_sniff.hpp"

namespace wirekit {

int sniff_rss(std::string_view prefix) {
    XmlRootTag root = sniff_xml_root(prefix);
    if (root.name == "rss") return 95;
    // Microsoft's CDF: CHANNEL in capitals, or a channel root with an HREF.
    if (root.name == "CHANNEL" || (root.name == "channel" && contains_ci(root.start_tag, "href=")))
        return 80;
    std::string_view name = root.name;
    auto colon = name.find(':');
    std::string_view local = colon == std::string_view::npos ? name : name.substr(colon + 1);
    if (local != "RDF") return 0;
    // RSS 1.0 and 0.90 declare their namespace on the root as the default or with a prefix.
    for (std::string_view ns : {feed_ns::rss10, feed_ns::rss090})
        if (root.start_tag.find(ns) != std::string::npos) return 95;
    return 20;  // some other RDF document, or namespaces declared further down
}

}  // namespace wirekit
