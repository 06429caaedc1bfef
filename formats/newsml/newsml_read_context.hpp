#pragma once
// What every part of the NewsML-G2 reader shares: the parsed document, the
// options, lenient element matching, and the record of what was forgiven.
#include <pugixml.hpp>

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "model/datetime.hpp"
#include "registry/format.hpp"
#include "text/text.hpp"
#include "xml/xml_parse.hpp"
#include "xml/xml_read_notes.hpp"

namespace wirekit::newsml {

class ReadContext : public XmlReadNotes {
public:
    using XmlReadNotes::XmlReadNotes;

    // The date-time in ELEMENT's text (or its wk:value), leniently; a text that
    // is no date is forgiven and gives nullopt.
    std::optional<DateTime> time_of(pugi::xml_node element);
};

// Whether ELEMENT has the local name LOCAL (ignoring ASCII case, as feeds write
// "Header" and "ednote") in the NewsML-G2 namespace or in none.
bool is_g2(pugi::xml_node element, std::string_view local);
// ELEMENT's local name when it is in the NewsML-G2 namespace or in none, else
// "": one namespace lookup for a run of name comparisons. ELEMENT is a child
// of the parent whose children SIBLINGS resolves.
std::string_view g2_name(pugi::xml_node element, ChildNamespaces& siblings);

// A test of one element's g2_name against local names, ignoring ASCII case.
class G2Name {
public:
    G2Name(pugi::xml_node element, ChildNamespaces& siblings) : name_(g2_name(element, siblings)) {}
    // Inline, with the length first: a metadata loop asks each child this
    // of every name it knows.
    bool operator()(std::string_view local) const { return name_.size() == local.size() && iequals_ascii(name_, local); }

private:
    std::string_view name_;
};

// The first child element of PARENT that is_g2(child, LOCAL).
pugi::xml_node g2_child(pugi::xml_node parent, std::string_view local);
// Whether ELEMENT is in wirekit's extension namespace with the local name LOCAL.
bool is_wk(pugi::xml_node element, std::string_view local);

// The value of ELEMENT's attribute LOCAL in wirekit's namespace (not trimmed),
// or nullopt when there is none.
std::optional<std::string> wk_attribute(pugi::xml_node element, std::string_view local);

// The text of a block property (edNote, description): <br/> gives a line
// break, each line's white space collapsed, leading and trailing empty lines dropped.
std::string block_text(pugi::xml_node element);

// An unprefixed attribute of ELEMENT, trimmed ("" when absent).
std::string plain_attribute(pugi::xml_node element, const char* name);

}  // namespace wirekit::newsml
