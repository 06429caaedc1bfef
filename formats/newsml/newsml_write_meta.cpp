#include "newsml/newsml_write_meta.hpp"

#include <array>

#include "ids/qcode.hpp"
#include "model/media.hpp"
#include "newsml/newsml_names.hpp"
#include "newsml/newsml_write_item.hpp"
#include "newsml/newsml_write_values.hpp"
#include "report/lossy.hpp"
#include "text/language_tag.hpp"
#include "text/text.hpp"
#include "text/uri_syntax.hpp"
#include "time/datetime.hpp"

namespace wirekit::newsml {

namespace {

// Codes of IPTC's Nature of News Item (ninat) and Publishing Status (stat) NewsCodes.
constexpr std::array<std::string_view, 6> item_natures = {"text", "picture", "graphic", "audio", "video", "composite"};
constexpr std::array<std::string_view, 3> publishing_statuses = {"usable", "withheld", "canceled"};

template <std::size_t N>
bool one_of(const std::array<std::string_view, N>& codes, std::string_view code) {
    for (auto c : codes)
        if (c == code) return true;
    return false;
}


// A BlockType element (edNote, description): one line per line of TEXT, <br/> between.
void write_block(XmlOut& out, std::string_view element, const Attributes& attributes, std::string_view text) {
    std::string markup = "<" + std::string(element);
    for (const auto& a : attributes) markup += " " + std::string(a.name) + "=\"" + escape_attribute(a.value) + "\"";
    markup += ">";
    bool first = true;
    for (std::string_view line : split_lines(text)) {
        if (!first) markup += "<br/>";
        markup += escape_text(xml_one_line(line));
        first = false;
    }
    markup += "</" + std::string(element) + ">";
    out.markup(markup);
}

void write_concept(XmlOut& out, std::string_view element, const Concept& c) {
    Attributes attributes;
    std::string qcode = c.scheme.empty() || c.code.empty() ? std::string() : c.scheme + ":" + c.code;
    if (is_iptc_qcode(qcode)) {
        attributes.push_back({"qcode", qcode});
        if (c.uri != expand_qcode(qcode)) attributes.push_back({"uri", c.uri});
    } else if (!qcode.empty()) {
        attributes.push_back({"literal", xml_one_line(qcode)});
        attributes.push_back({"wk:code", qcode});
        attributes.push_back({"uri", c.uri});
    } else {
        attributes.push_back({"uri", c.uri});
        attributes.push_back({"literal", xml_one_line(c.code)});
    }
    if (c.kind == "place") attributes.push_back({"type", "cpnat:geoArea"});
    else if (c.kind == "abstract" || c.kind == "person" || c.kind == "organisation" || c.kind == "event" || c.kind == "object")
        attributes.push_back({"type", "cpnat:" + c.kind});
    else attributes.push_back({"wk:kind", c.kind});
    if (c.relevance && *c.relevance >= 0 && *c.relevance <= 100) attributes.push_back({"relevance", std::to_string(*c.relevance)});
    if (c.name.empty()) {
        out.leaf(element, attributes);
        return;
    }
    out.open(element, attributes);
    out.leaf("name", {}, xml_one_line(c.name));
    out.close(element);
}

void write_located(XmlOut& out, const Located& l) {
    out.open("located", identifier_attributes(l.code));
    if (!l.name.empty()) out.leaf("name", {}, xml_one_line(l.name));
    for (const auto& b : l.broader) {
        Attributes attributes = identifier_attributes(b.code);
        if (!b.type.empty()) attributes.push_back(qcode_or_wk("type", "wk:type", b.type));
        if (b.name.empty()) {
            out.leaf("broader", attributes);
            continue;
        }
        out.open("broader", attributes);
        out.leaf("name", {}, xml_one_line(b.name));
        out.close("broader");
    }
    out.close("located");
}

// creator (or contributor, for a contributing role), with name, id and e-mail.
void write_person(XmlOut& out, const Person& p) {
    bool contributor = p.role == "contributor" || p.role.starts_with("ctrol:");
    std::string_view element = contributor ? "contributor" : "creator";
    Attributes attributes = identifier_attributes(p.uri);
    if (p.role != "author" && p.role != "contributor") attributes.push_back(qcode_or_wk("role", "wk:role", p.role));
    out.open(element, attributes);
    if (!p.name.empty()) out.leaf("name", {}, xml_one_line(p.name));
    if (!p.email.empty()) {
        out.open("personDetails");
        out.open("contactInfo");
        out.leaf("email", {}, xml_one_line(p.email));
        out.close("contactInfo");
        out.close("personDetails");
    }
    out.close(element);
}

void write_link(XmlOut& out, const Link& l) {
    Attributes attributes;
    if (!l.rel.empty()) attributes.push_back(qcode_or_wk("rel", "wk:rel", l.rel));
    attributes.push_back({looks_like_uri(l.href) ? "href" : "residref", l.href});
    attributes.push_back({"contenttype", l.type});
    attributes.push_back({"title", l.title});
    out.leaf("link", attributes);
}

void write_field(XmlOut& out, std::string_view name, const std::string& value) { out.leaf("wk:field", {{"name", std::string(name)}}, value); }

// What the model holds and G2 cannot say where it belongs (see README.md).
void write_wirekit_fields(XmlOut& out, const Article& a) {
    if (!a.version.empty() && !is_positive_integer(a.version)) write_field(out, "version", a.version);
    if (!a.type.empty() && !one_of(item_natures, a.type)) write_field(out, "type", a.type);
    if (!a.language.empty() && !is_language_tag(a.language)) write_field(out, "language", a.language);
    if (a.urgency && (*a.urgency < 1 || *a.urgency > 9)) write_field(out, "urgency", std::to_string(*a.urgency));
    if (!a.pub_status.empty() && !one_of(publishing_statuses, a.pub_status)) write_field(out, "pub_status", a.pub_status);
    if (a.priority) write_field(out, "priority", std::to_string(*a.priority));
    for (const auto& e : a.extensions) out.leaf("wk:extension", {{"format", e.format}, {"key", e.key}}, e.value);
}

void write_administrative(XmlOut& out, const Article& a) {
    if (a.urgency && *a.urgency >= 1 && *a.urgency <= 9) out.leaf("urgency", {}, std::to_string(*a.urgency));
    if (a.content_created) write_time(out, "contentCreated", *a.content_created, TimeSlot::date_or_time);
    else if (a.dateline.date) write_time(out, "contentCreated", *a.dateline.date, TimeSlot::date_or_time, true);
    if (a.updated) write_time(out, "contentModified", *a.updated, TimeSlot::date_or_time);
    if (!a.located.empty()) write_located(out, a.located);
    for (const auto& source : a.sources) {
        out.open("infoSource");
        out.leaf("name", {}, xml_one_line(source));
        out.close("infoSource");
    }
    for (const auto& p : a.authors) write_person(out, p);
}

void write_descriptive(XmlOut& out, const Article& a) {
    if (is_language_tag(a.language)) out.leaf("language", {{"tag", a.language}});
    for (const auto& g : a.genres) write_concept(out, "genre", g);
    for (const auto& s : a.subjects) write_concept(out, "subject", s);
    for (const auto& k : a.keywords) out.leaf("keyword", {}, xml_one_line(k));
    if (!a.slugline.empty()) out.leaf("slugline", {}, xml_one_line(a.slugline));
    if (!a.headline.empty()) out.leaf("headline", {}, xml_one_line(a.headline));
    if (!a.subheadline.empty())
        out.leaf("headline", {{"role", out.marks() ? std::string(subheadline_role) : std::string()}}, xml_one_line(a.subheadline));
    if (!a.dateline.text.empty()) {
        Attributes parts = {{"wk:place", a.dateline.place, true}, {"wk:region", a.dateline.region}, {"wk:credit", a.dateline.credit}};
        if (a.dateline.date) parts.push_back({"wk:date", format_rfc3339(*a.dateline.date)});
        out.leaf("dateline", parts, xml_one_line(a.dateline.text));
    }
    // One <by> per line of a byline printed on several lines.
    for (std::string_view line : split_lines(a.byline))
        if (!xml_one_line(line).empty()) out.leaf("by", {}, xml_one_line(line));
    if (!a.creditline.empty()) out.leaf("creditline", {}, xml_one_line(a.creditline));
    // What describes a picture (graphic, video, audio) is its caption.
    if (!a.summary.empty()) write_block(out, "description", {{"role", is_media_type(a.type) ? "drol:caption" : "drol:summary"}}, a.summary);
}

}  // namespace

std::string item_class_qcode(std::string_view type) {
    return "ninat:" + std::string(one_of(item_natures, type) ? type : "text");
}

void write_rights_info(XmlOut& out, const Copyright& c) {
    if (c == Copyright{}) return;
    out.open("rightsInfo");
    if (!c.holder.empty()) {
        out.open("copyrightHolder");
        out.leaf("name", {}, xml_one_line(c.holder));
        out.close("copyrightHolder");
    }
    if (!c.notice.empty()) write_block(out, "copyrightNotice", {}, c.notice);
    if (!c.usage_terms.empty()) write_block(out, "usageTerms", {}, c.usage_terms);
    out.close("rightsInfo");
}

void write_item_meta(XmlOut& out, const Article& a, const WriteOptions& options) {
    out.open("itemMeta");
    out.leaf("itemClass", {{"qcode", item_class_qcode(a.type)}});
    // provider is required: without one, the credit or the copyright holder stands in (marked derived).
    std::string provider = xml_one_line(a.provider);
    bool derived_provider = provider.empty();
    for (const std::string* fallback : {&a.creditline, &a.copyright.holder})
        if (provider.empty()) provider = xml_one_line(*fallback);
    if (provider.empty() && !a.sources.empty()) provider = xml_one_line(a.sources.front());
    out.leaf("provider", {{"literal", provider.empty() ? "unknown" : provider}, {"wk:derived", derived_provider ? "true" : ""}});
    bool derived_version = false;
    DateTime version = version_time(a, options, derived_version);
    write_time(out, "versionCreated", version, TimeSlot::date_time, derived_version);
    // With +roundtrip wk:derived marks these; otherwise -v tells.
    if (!out.marks())
        note_derived_values(*options.diag, "newsml", "the item's", {{"provider", derived_provider}, {"versionCreated", derived_version}});
    if (a.first_created) write_time(out, "firstCreated", *a.first_created, TimeSlot::date_time);
    if (a.embargoed) write_time(out, "embargoed", *a.embargoed, TimeSlot::date_time);
    if (one_of(publishing_statuses, a.pub_status)) out.leaf("pubStatus", {{"qcode", "stat:" + a.pub_status}});
    if (!a.editor_note.empty()) write_block(out, "edNote", {}, a.editor_note);
    for (const auto& s : a.signals) {
        if (s.empty()) continue;
        Attributes attributes = identifier_attributes(s);
        if (attributes.front().name == "wk:code") attributes.push_back({"literal", xml_one_line(s)});
        out.leaf("signal", attributes);
    }
    // IRIType: what no URI may hold (a second "#", spaces) goes percent-encoded.
    if (!a.url.empty()) out.leaf("altRep", {}, to_absolute_uri(a.url).value_or(a.url));
    for (const auto& l : a.links) write_link(out, l);
    out.close("itemMeta");
}

void write_content_meta(XmlOut& out, const Article& a) {
    out.open("contentMeta");
    write_administrative(out, a);
    write_descriptive(out, a);
    write_wirekit_fields(out, a);
    out.close("contentMeta");
}

}  // namespace wirekit::newsml
