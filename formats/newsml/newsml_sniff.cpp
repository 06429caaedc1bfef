// Recognising NewsML-G2 from the first bytes: the root element's name and namespace.
#include "newsml/newsml_names.hpp"
#include "newsml/newsml_reader.hpp"
#include "xml/xml_parse.hpp"
#include "xml/xml_sniff.hpp"

namespace wirekit {

int sniff_newsml(std::string_view prefix) {
    XmlRootTag root = sniff_xml_root(prefix);
    if (root.name.empty()) return 0;
    std::string_view name = root.name;
    std::string_view local = local_name(name);
    std::string_view ns_prefix = local.size() == name.size() ? std::string_view{} : name.substr(0, name.size() - local.size() - 1);
    std::string ns = declared_namespace(root.start_tag, ns_prefix);

    bool news = local == "newsItem" || local == "newsMessage" || local == "packageItem";
    bool other_item = local == "knowledgeItem" || local == "conceptItem" || local == "planningItem" || local == "catalogItem";
    if (ns == newsml::g2_ns) return news ? 95 : other_item ? 50 : 0;
    if (!news || !ns.empty()) return 0;
    // No namespace: still the shape of G2 when the items' attributes are there.
    bool standard = root.start_tag.find("standard=\"NewsML-G2\"") != std::string::npos ||
                    root.start_tag.find("standard='NewsML-G2'") != std::string::npos;
    return standard ? 70 : 40;
}

}  // namespace wirekit
