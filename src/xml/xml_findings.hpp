#pragma once
// What the validators that walk a pugixml tree share (RSS's rules, Atom's
// Schematron rules): parsing for findings, the namespace prefix check, and
// findings placed at a node.
#include <memory>
#include <string>
#include <string_view>

#include "report/validation.hpp"
#include "xml/xml_parse.hpp"

namespace wirekit {

// parse_xml in strict mode, for a validator: when BYTES are not well-formed the
// parser's error goes to FINDINGS (with its place) and the result is null;
// otherwise undeclared prefixes are reported (check_namespace_prefixes).
std::unique_ptr<XmlDocument> parse_xml_for_findings(std::string_view bytes, const ReadOptions& options,
                                                    Findings& findings);

// Namespaces in XML: every prefix of an element or attribute name is declared
// (pugixml does not check it; the reference validators refuse the document).
void check_namespace_prefixes(const XmlDocument& xml, Findings& findings);

// The element's text and CDATA children, as written (not trimmed).
std::string direct_text(pugi::xml_node element);

// Adds an error (a warning) located at NODE.
void report_at(const XmlDocument& xml, pugi::xml_node node, std::string message, Findings& findings);
void warn_at(const XmlDocument& xml, pugi::xml_node node, std::string message, Findings& findings);

}  // namespace wirekit
