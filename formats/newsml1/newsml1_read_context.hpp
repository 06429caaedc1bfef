#pragma once
// What every part of the NewsML 1.x reader shares: what was forgiven, lenient
// element matching (NewsML 1.2's namespace or none, any ASCII case: Belga's
// "Headline") and dates.
#include <pugixml.hpp>

#include <optional>
#include <string>
#include <string_view>

#include "model/datetime.hpp"
#include "xml/xml_read_notes.hpp"

namespace wirekit::newsml1 {

class ReadContext : public XmlReadNotes {
public:
    using XmlReadNotes::XmlReadNotes;

    // The date-time in ELEMENT's text: ISO 8601 basic (20140829T135002Z), or
    // extended (forgiven); a zone missing is forgiven, a text that is no date
    // forgiven and left out.
    std::optional<DateTime> time_of(pugi::xml_node element);
};

// Whether ELEMENT is NewsML's LOCAL.
bool is_nml(pugi::xml_node element, std::string_view local);
// The first child of PARENT that is_nml(child, LOCAL).
pugi::xml_node nml_child(pugi::xml_node parent, std::string_view local);
// ELEMENT's FormalName, trimmed.
std::string formal_name(pugi::xml_node element);

}  // namespace wirekit::newsml1
