#pragma once
// Recognising an XML format from the first bytes of its input: the root
// element's name and the namespaces its start tag declares. Never throws.
#include <string>
#include <string_view>

namespace wirekit {

struct XmlRootTag {
    std::string name;       // as written, e.g. "rdf:RDF"
    std::string start_tag;  // the text of the start tag, "<" to ">" (or to the end of the prefix)
};

// The root element of the XML in PREFIX: the XML declaration, comments,
// processing instructions and a DOCTYPE are skipped; UTF-16 (zero bytes
// beside ASCII) is read as ASCII. An empty name when PREFIX holds none.
XmlRootTag sniff_xml_root(std::string_view prefix);

// The namespace URI START_TAG binds to PREFIX ("" for the default namespace),
// or "" when it binds none.
std::string declared_namespace(std::string_view start_tag, std::string_view prefix);

}  // namespace wirekit
