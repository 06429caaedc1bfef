#include "newsml/newsml_read_dateline.hpp"

#include "dateline/byline.hpp"
#include "dateline/dateline.hpp"
#include "dateline/lead_keys.hpp"
#include "newsml/newsml_names.hpp"
#include "text/body_text.hpp"
#include "text/text.hpp"
#include "time/datetime.hpp"

namespace wirekit::newsml {

namespace {

// Stands in for the lead after a dateline that comes on its own, so that the
// shared parser (which wants a dateline followed by a lead) can read it.
constexpr std::string_view lead_stand_in = "Xq";

std::optional<DateTime> reference_date(const Article& a, const ReadOptions& options) {
    for (const auto* t : {&a.content_created, &a.version_created, &a.first_created})
        if (*t) return *t;
    return options.reference_date;
}

// "London (dpa) -" -> "London (dpa)": the element's text without a trailing separator.
std::string_view without_separator(std::string_view text) {
    while (!text.empty()) {
        std::string_view rest = trim_right(text);
        for (std::string_view dash : {"-", "\xE2\x80\x94", "\xE2\x80\x93", "_", ":"})
            if (rest.ends_with(dash)) rest.remove_suffix(dash.size());
        if (rest.size() == text.size()) return text;
        text = trim_right(rest);
    }
    return text;
}

// A dateline that stands alone (the dateline element's text): the shared
// parser reads it followed by a stand-in separator and lead. Its separator is
// the one the text ends with, if any.
std::optional<DatelineMatch> parse_standalone(std::string_view text, const std::optional<DateTime>& reference) {
    std::string_view bare = without_separator(text);
    std::string probe = std::string(bare) + " - " + std::string(lead_stand_in);
    auto m = parse_dateline(probe, reference);
    if (!m || m->dateline.text != bare || m->length != probe.size() - lead_stand_in.size()) return std::nullopt;
    m->separator = bare.size() == text.size() ? std::string() : std::string(text.substr(bare.size())) + " ";
    m->length = text.size();
    return m;
}

// Removes the first COUNT bytes of text from INLINES (a line break is one).
void drop_text_prefix(std::vector<Inline>& inlines, std::size_t& count) {
    while (count > 0 && !inlines.empty()) {
        Inline& first = inlines.front();
        if (first.kind == Inline::Kind::text && first.text.size() > count) {
            first.text.erase(0, count);
            count = 0;
            return;
        }
        if (first.kind == Inline::Kind::text) count -= first.text.size();
        else if (first.kind == Inline::Kind::line_break) --count;
        else drop_text_prefix(first.children, count);
        bool emptied = first.kind == Inline::Kind::text || first.kind == Inline::Kind::line_break || first.children.empty();
        if (!emptied) return;
        inlines.erase(inlines.begin());
    }
}

// What the dateline says about place and credit, where the item does not.
void take_dateline(Article& a, const DatelineMatch& m) {
    a.dateline = m.dateline;
    if (!trim(m.separator).empty()) set_extension(a.extensions, dispatch_format, lead_key::dateline_separator, m.separator);
    if (a.creditline.empty()) a.creditline = m.dateline.credit;
    if (a.sources.empty()) a.sources = split_credit_sources(m.dateline.credit);
    if (a.located.empty() && !m.dateline.place.empty()) {
        a.located.name = place_name(m.dateline.place);
        if (!m.dateline.region.empty()) a.located.broader.push_back({place_name(m.dateline.region), {}, {}});
    }
}

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

// A dateline opening the first paragraph that is not a byline, and starting
// with STATED (what the dateline element says, when there is one).
bool take_from_lead(ReadContext& ctx, Article& a, const std::optional<DateTime>& reference, std::string_view stated) {
    for (std::size_t i = 0; i < a.body.size() && i < 3; ++i) {
        Block& p = a.body[i];
        if (p.kind != Block::Kind::paragraph) return false;
        std::string text = inline_text(p.inlines);
        if (is_byline(text)) continue;
        auto m = parse_dateline(text, reference);
        if (!m || !m->dateline.text.starts_with(stated)) return false;
        take_dateline(a, *m);
        std::size_t count = m->length;
        drop_text_prefix(p.inlines, count);
        if (i > 0) set_extension(a.extensions, dispatch_format, lead_key::lead_index, std::to_string(i));
        ctx.note({}, "dateline '" + m->dateline.text + "' taken from the lead");
        return true;
    }
    return false;
}

}  // namespace

void read_dateline(ReadContext& ctx, pugi::xml_node element, const std::string& body_hint, Article& a) {
    auto reference = reference_date(a, ctx.options());
    std::string text = element ? line_text(element) : std::string();
    if (!text.empty()) {
        a.dateline.text = text;
        if (take_written_parts(element, a)) return;
        // The lead often repeats the element's dateline with more (a credit, a separator).
        if (!without_separator(text).empty() && take_from_lead(ctx, a, reference, without_separator(text))) return;
    } else {
        text = body_hint;
    }
    if (text.empty()) {
        take_from_lead(ctx, a, reference, {});
        return;
    }
    if (auto m = parse_standalone(text, reference)) take_dateline(a, *m);
    else a.dateline.text = text;
}

}  // namespace wirekit::newsml
