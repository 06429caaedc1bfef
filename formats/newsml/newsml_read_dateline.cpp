#include "newsml/newsml_read_dateline.hpp"

#include "dateline/dateline_stated.hpp"
#include "time/datetime.hpp"

namespace wirekit::newsml {

namespace {

// The writer's exact parts, from the wk attributes of the dateline element.
bool take_written_parts(pugi::xml_node element, Article& a) {
    auto place = wk_attribute(element, "place");
    if (!place) return false;
    a.dateline.place = *place;
    a.dateline.region = wk_attribute(element, "region").value_or("");
    a.dateline.credit = wk_attribute(element, "credit").value_or("");
    if (auto date = wk_attribute(element, "date")) a.dateline.date = parse_rfc3339(*date);
    return true;
}

}  // namespace

void read_dateline(ReadContext& ctx, pugi::xml_node element, const std::string& body_hint, Article& a) {
    std::string text = element ? line_text(element) : std::string();
    if (!text.empty()) {
        a.dateline.text = text;
        if (take_written_parts(element, a)) return;
    }
    if (auto taken = settle_dateline(a, text, body_hint, dateline_reference(a, ctx.options().reference_date)))
        ctx.note({}, "dateline '" + *taken + "' taken from the lead");
}

}  // namespace wirekit::newsml
