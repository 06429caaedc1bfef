#include "newsml1/newsml1_read_context.hpp"

#include "newsml1/newsml1_fields.hpp"
#include "time/datetime_basic.hpp"
#include "xml/xml_parse.hpp"

namespace wirekit::newsml1 {

std::optional<DateTime> ReadContext::time_of(pugi::xml_node element) {
    std::string text = text_of(element);
    if (text.empty()) return std::nullopt;
    std::optional<DateTime> dt = parse_iso8601_basic(text);
    if (!dt) {
        dt = parse_iso8601_either(text);
        std::string name(local_name(element.name()));
        if (!dt) {
            forgive(element, "<" + name + "> '" + text + "' is not a date; left out");
            return std::nullopt;
        }
        forgive(element, "a date in ISO 8601's extended form (NewsML 1.x's is the basic form, 20140829T153112+0200)");
    }
    if (dt->has_time && !dt->has_offset) forgive(element, "a date-time without a zone, kept as a local time");
    return dt;
}

bool is_nml(pugi::xml_node element, std::string_view local) { return has_name(element, local, ns); }

pugi::xml_node nml_child(pugi::xml_node parent, std::string_view local) { return child_with_name(parent, local, ns); }

std::string formal_name(pugi::xml_node element) { return attribute_of(element, "FormalName"); }

}  // namespace wirekit::newsml1
