// Recognising NewsML 1.x from the first bytes: a root element NewsML, in
// NewsML 1.2's namespace or (as nearly every agency sends it) in none.
#include "newsml1/newsml1_fields.hpp"
#include "newsml1/newsml1_reader.hpp"
#include "xml/xml_parse.hpp"
#include "xml/xml_sniff.hpp"

namespace wirekit {

int sniff_newsml1(std::string_view prefix) {
    XmlRootTag root = sniff_xml_root(prefix);
    std::string_view name = root.name;
    std::string_view local = local_name(name);
    if (local != "NewsML") return 0;
    std::string_view ns_prefix = local.size() == name.size() ? std::string_view{} : name.substr(0, name.size() - local.size() - 1);
    std::string ns = declared_namespace(root.start_tag, ns_prefix);
    if (ns == newsml1::ns) return 95;
    return ns.empty() ? 90 : 40;
}

}  // namespace wirekit
