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
#include "xml/xml_parse.hpp"

namespace wirekit::newsml {

class ReadContext {
public:
    ReadContext(const XmlDocument& xml, const ReadOptions& options) : xml_(xml), options_(options) {}

    const ReadOptions& options() const { return options_; }

    // Records that the input broke a rule and was read anyway. With --strict it
    // is an error at WHERE; otherwise one note per kind of repair (with the
    // place of the first and a count) is given by finish().
    void forgive(pugi::xml_node where, std::string what);
    // A note at WHERE, for what was read but left out of the model.
    void note(pugi::xml_node where, const std::string& what) const;
    void finish();

    // The date-time in ELEMENT's text (or its wk:value), leniently; a text that
    // is no date is forgiven and gives nullopt.
    std::optional<DateTime> time_of(pugi::xml_node element);

private:
    struct Repair {
        std::string what;
        std::size_t count = 0;
        std::size_t line = 0;
        std::size_t column = 0;
    };
    const XmlDocument& xml_;
    const ReadOptions& options_;
    std::vector<Repair> repairs_;
};

// Whether ELEMENT has the local name LOCAL (ignoring ASCII case, as feeds write
// "Header" and "ednote") in the NewsML-G2 namespace or in none.
bool is_g2(pugi::xml_node element, std::string_view local);
// ELEMENT's local name when it is in the NewsML-G2 namespace or in none, else
// "": one namespace lookup for a run of name comparisons.
std::string_view g2_name(pugi::xml_node element);

// A test of one element's g2_name against local names, ignoring ASCII case.
class G2Name {
public:
    explicit G2Name(pugi::xml_node element) : name_(g2_name(element)) {}
    bool operator()(std::string_view local) const;

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

// The text of a one-line property: all descendant text, white space collapsed.
std::string line_text(pugi::xml_node element);
// The text of a block property (edNote, description): <br/> gives a line
// break, each line's white space collapsed, leading and trailing empty lines dropped.
std::string block_text(pugi::xml_node element);

// An unprefixed attribute of ELEMENT, trimmed ("" when absent).
std::string plain_attribute(pugi::xml_node element, const char* name);

}  // namespace wirekit::newsml
