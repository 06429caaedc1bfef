#pragma once
// A format-neutral checker of XML documents against a table of element rules:
// for each element its children (in order, or in any order), how often each
// may occur, its attributes and the type of its text. NewsML-G2, Atom and RSS
// describe their schemas as such tables (formats/<id>/<id>_rules.cpp) and share
// this walk; every problem is reported, with the line and column of the node.
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "report/validation.hpp"
#include "xml/xml_findings.hpp"
#include "xml/xml_parse.hpp"
#include "xml/xsd_types.hpp"

namespace wirekit {

// Why VALUE is not of a type, or nullopt; see xml/xsd_types.hpp.
using ValueCheck = ValueProblem (*)(std::string_view value);

// Names in a Slot: an element's local name in the table's namespace,
// "{namespace}local" for an element of another namespace, or one of these wildcards.
inline constexpr std::string_view any_element = "##any";          // any element
inline constexpr std::string_view table_namespace = "##targetNamespace";  // any element of the table's namespace
inline constexpr std::string_view other_namespace = "##other";    // XSD ##other: in some namespace, not the table's
inline constexpr std::string_view foreign_element = "##foreign";  // RELAX NG * - ns:*: any namespace but the table's, or none

// One place in a content model: any of NAMES, MIN to MAX times in all.
struct Slot {
    std::vector<std::string_view> names;
    int min = 0;
    int max = 1;
};
inline constexpr int unbounded = 1 << 30;

struct AttributeRule {
    std::string_view name;  // as written: "href", "xml:lang"
    ValueCheck check = nullptr;
    bool required = false;
    std::string_view fixed = {};  // the only value allowed, when not empty
};

enum class Order {
    sequence,    // the slots in their order (XSD xs:sequence of choices)
    interleave,  // the slots in any order (RELAX NG &); ElementRule::trailing_slots after all others
};

enum class TextRule {
    none,   // element-only: text other than whitespace is an error
    mixed,  // any text
    value,  // text only (no child elements), checked with ElementRule::text_check
};

enum class OtherAttributes {
    other_namespaces,  // XSD anyAttribute ##other: any namespace but the table's
    any,               // anything (RELAX NG attribute * { text })
};

struct ElementRule {
    // The element's local name, or "parent/name" when its rule depends on where it is.
    std::string_view name;
    std::vector<Slot> content = {};
    Order order = Order::sequence;
    int trailing_slots = 0;  // with interleave: how many of the last slots must follow every other
    TextRule text = TextRule::none;
    ValueCheck text_check = nullptr;
    std::vector<AttributeRule> attributes = {};
    OtherAttributes other_attributes = OtherAttributes::other_namespaces;
    // The children are not checked further (XSD processContents="skip"); with
    // no content slots, which children there are is not checked either.
    bool skip_children = false;
};

// The rules of one namespace; elements of it without a rule are not checked
// beyond what their parent's content model says.
struct RuleTable {
    std::string_view ns;
    std::span<const ElementRule> elements;
};

// Checks ELEMENT, then everything beneath it, against the table of its
// namespace among TABLES (an element of a namespace with no table is not
// checked). Adds every problem to FINDINGS.
void check_element_rules(const XmlDocument& xml, pugi::xml_node element, std::span<const RuleTable> tables,
                         Findings& findings);

// The rule for LOCAL under PARENT_LOCAL in TABLE, or null.
const ElementRule* find_rule(const RuleTable& table, std::string_view parent_local, std::string_view local);

}  // namespace wirekit
