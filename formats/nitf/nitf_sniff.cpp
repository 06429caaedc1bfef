// Recognising NITF from the first bytes: a root element nitf, in NITF's
// namespace (3.5, 3.6) or, as nearly every agency sends it, in none.
#include "nitf/nitf_reader.hpp"
#include "nitfbody/nitf_names.hpp"
#include "text/text.hpp"
#include "xml/xml_parse.hpp"
#include "xml/xml_sniff.hpp"

namespace wirekit {

int sniff_nitf(std::string_view prefix) {
    XmlRootTag root = sniff_xml_root(prefix);
    std::string_view name = root.name;
    std::string_view local = local_name(name);
    if (!iequals_ascii(local, "nitf")) return 0;
    std::string_view ns_prefix = local.size() == name.size() ? std::string_view{} : name.substr(0, name.size() - local.size() - 1);
    std::string ns = declared_namespace(root.start_tag, ns_prefix);
    if (ns == nitf_names::ns) return 95;
    return ns.empty() ? 90 : 40;
}

}  // namespace wirekit
