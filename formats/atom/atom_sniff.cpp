// Recognising Atom from the first bytes: a feed (or entry) root in Atom's namespace.
#include "atom/atom_reader.hpp"
#include "feed/feed_xml.hpp"
#include "xml/xml_sniff.hpp"

namespace wirekit {

int sniff_atom(std::string_view prefix) {
    XmlRootTag root = sniff_xml_root(prefix);
    std::string_view name = root.name;
    auto colon = name.find(':');
    std::string_view local = colon == std::string_view::npos ? name : name.substr(colon + 1);
    if (local != "feed" && local != "entry") return 0;
    std::string ns = declared_namespace(root.start_tag, colon == std::string_view::npos ? std::string_view{} : name.substr(0, colon));
    if (ns == feed_ns::atom || ns == feed_ns::atom03) return local == "feed" ? 95 : 80;
    if (local != "feed") return 0;
    // Atom 0.3 feeds that put their own namespace on: version="0.3" says what they are.
    bool version_03 = root.start_tag.find("version=\"0.3\"") != std::string::npos || root.start_tag.find("version='0.3'") != std::string::npos;
    return version_03 ? 70 : ns.empty() ? 30 : 0;
}

}  // namespace wirekit
