#include "nitf/nitf_write_head.hpp"

#include "ids/subject_code.hpp"
#include "nitf/nitf_fields.hpp"
#include "text/text.hpp"
#include "time/datetime.hpp"
#include "time/datetime_basic.hpp"

namespace wirekit::nitf {

namespace {

// An attribute NAME holding the value kept as ELEMENT@NAME, if any.
void add_kept(const Article& a, std::string_view element, std::string_view name, Attributes& attributes) {
    if (const std::string* value = find_extension(a.extensions, format_id, std::string(element) + "@" + std::string(name)))
        attributes.push_back({name, xml_one_line(*value)});
}

void add_kept(const Article& a, const KeptElement& kept, Attributes& attributes) {
    for (std::string_view name : kept.attributes) {
        if (name.empty()) break;
        add_kept(a, kept.element, name, attributes);
    }
}

bool has_value(const Attributes& attributes) {
    for (const auto& attribute : attributes)
        if (!attribute.value.empty() || attribute.keep_empty) return true;
    return false;
}

// ELEMENT with ATTRIBUTES (the model's) and the kept ones, when any has a value.
void write_element(XmlOut& out, std::string_view element, Attributes attributes, const Article& a) {
    if (const KeptElement* kept = kept_docdata_element(element)) add_kept(a, *kept, attributes);
    if (has_value(attributes)) out.leaf(element, attributes);
}

std::string norm(const std::optional<DateTime>& t) {
    return t && is_valid_date(t->year, t->month, t->day) ? format_iso8601_basic(*t) : std::string();
}

// An NMTOKEN (du-key's version, a refnum): name characters only.
bool is_name_token(std::string_view text) {
    if (text.empty()) return false;
    for (char c : text)
        if (!is_ascii_alpha(c) && !is_ascii_digit(c) && c != '.' && c != '-' && c != '_' && c != ':' && static_cast<unsigned char>(c) < 0x80)
            return false;
    return true;
}

void write_meta(XmlOut& out, const Article& a) {
    for (const auto& e : a.extensions) {
        if (e.format != format_id || !e.key.starts_with(meta_prefix)) continue;
        std::string name = e.key.substr(meta_prefix.size());
        if (!is_name_token(name)) continue;
        // Several metas of one name were kept a line each; an empty content stays one.
        std::vector<std::string_view> contents = split_lines(e.value);
        if (contents.empty()) contents.emplace_back();
        for (std::string_view content : contents) out.leaf("meta", {{"name", name}, {"content", xml_one_line(content), true}});
    }
}

// Subject codes and other codes without a kind: tobject.subject.
bool is_tobject_subject(const Concept& c) { return c.kind.empty() && is_name_token(c.code); }

void write_tobject(XmlOut& out, const Article& a) {
    Attributes attributes;
    add_kept(a, kept_tobject, attributes);
    bool any = has_value(attributes) || !a.genres.empty();
    for (const auto& c : a.subjects) any = any || is_tobject_subject(c);
    if (!any) return;
    out.open("tobject", attributes);
    for (const auto& g : a.genres)
        if (std::string genre = xml_one_line(g.code.empty() ? g.name : g.code); !genre.empty())
            out.leaf("tobject.property", {{"tobject.property.type", genre}});
    for (const auto& c : a.subjects) {
        if (!is_tobject_subject(c)) continue;
        bool iptc = c.scheme == subject_code_scheme;
        static constexpr std::string_view level_names[] = {"tobject.subject.detail", "tobject.subject.type", "tobject.subject.matter",
                                                           "tobject.subject.detail"};
        out.leaf("tobject.subject", {{"tobject.subject.ipr", iptc ? std::string() : xml_one_line(c.scheme)},
                                     {"tobject.subject.refnum", c.code},
                                     {level_names[subject_code_level(c.code)], xml_one_line(c.name)}});
    }
    out.close("tobject");
}

// identified-content: the subjects of a kind, and classifiers.
void write_identified_content(XmlOut& out, const Article& a) {
    static constexpr std::pair<std::string_view, std::string_view> elements[] = {
        {"person", "person"}, {"organisation", "org"}, {"place", "location"}, {"event", "event"}, {"object", "object.title"}};
    std::vector<std::string> markup;
    for (const auto& c : a.subjects) {
        if (is_tobject_subject(c)) continue;
        std::string_view element = "classifier";
        for (const auto& [kind, name] : elements)
            if (c.kind == kind) element = name;
        bool place = element == "location";
        std::string tag = "<" + std::string(element);
        for (auto [name, value] : {std::pair{place ? "code-source" : "idsrc", c.scheme}, std::pair{place ? "location-code" : "value", c.code}})
            if (!value.empty()) tag += std::string(" ") + name + "=\"" + escape_attribute(xml_one_line(value)) + "\"";
        std::string name = xml_one_line(c.name);
        markup.push_back(name.empty() ? tag + "/>" : tag + ">" + escape_text(name) + "</" + std::string(element) + ">");
    }
    if (markup.empty()) return;
    out.open("identified-content");
    for (const auto& m : markup) out.markup(m);
    out.close("identified-content");
}

void write_evloc(XmlOut& out, const Located& located) {
    if (located.empty()) return;
    Attributes attributes = {{"city", xml_one_line(located.name)}};
    for (const auto& b : located.broader) {
        if (b.type == "country" && !b.code.empty()) attributes.push_back({"iso-cc", xml_one_line(b.code)});
        else if (b.type == "county") attributes.push_back({"county-dist", xml_one_line(b.name)});
        else if (b.type == "state" || b.type.empty()) attributes.push_back({"state-prov", xml_one_line(b.name)});
    }
    // One attribute of each name: the first broader place of a kind.
    Attributes unique;
    for (auto& attribute : attributes) {
        bool seen = false;
        for (const auto& u : unique) seen = seen || u.name == attribute.name;
        if (!seen && !attribute.value.empty()) unique.push_back(std::move(attribute));
    }
    if (!unique.empty()) out.leaf("evloc", unique);
}

void write_docdata(XmlOut& out, const Article& a) {
    Attributes attributes = {{"management-status", xml_one_line(a.pub_status)}};
    add_kept(a, kept_docdata_attributes, attributes);
    out.open("docdata", attributes);
    for (const auto& s : a.signals)
        if (s == "correction") out.leaf("correction");
    write_evloc(out, a.located);
    write_element(out, "doc-id", {{"id-string", xml_one_line(a.id)}}, a);
    if (!a.sources.empty()) {
        out.open("del-list");
        for (const auto& s : a.sources) out.leaf("from-src", {{"src-name", xml_one_line(s)}});
        out.close("del-list");
    }
    if (a.urgency) out.leaf("urgency", {{"ed-urg", std::to_string(*a.urgency)}});
    write_element(out, "fixture", {}, a);
    write_element(out, "date.issue", {{"norm", norm(a.first_created ? a.first_created : a.version_created)}}, a);
    if (a.embargoed) out.leaf("date.release", {{"norm", norm(a.embargoed)}});
    else write_element(out, "date.release", {}, a);
    write_element(out, "date.expire", {}, a);
    write_element(out, "doc-scope", {}, a);
    write_element(out, "series", {}, a);
    bool first = true;
    for (std::string_view line : split_lines(a.editor_note)) {
        if (xml_one_line(line).empty()) continue;
        Attributes note = {{"info", xml_one_line(line)}};
        if (first) add_kept(a, *kept_docdata_element("ed-msg"), note);
        out.leaf("ed-msg", note);
        first = false;
    }
    write_element(out, "du-key", {{"version", is_name_token(a.version) ? a.version : std::string()}}, a);
    write_element(out, "doc.copyright", {{"holder", xml_one_line(a.copyright.holder)}}, a);
    write_element(out, "doc.rights", {{"limitations", xml_one_line(a.copyright.usage_terms)}}, a);
    if (!a.keywords.empty()) {
        out.open("key-list");
        for (const auto& k : a.keywords) out.leaf("keyword", {{"key", xml_one_line(k)}});
        out.close("key-list");
    }
    write_identified_content(out, a);
    out.close("docdata");
}

void write_pubdata(XmlOut& out, const Article& a) {
    Attributes attributes = {{"date.publication", norm(a.published)}, {"ex-ref", xml_one_line(a.url)}};
    add_kept(a, kept_pubdata, attributes);
    if (has_value(attributes)) out.leaf("pubdata", attributes);
}

}  // namespace

void write_head(XmlOut& out, const Article& a) {
    out.open("head");
    if (!a.headline.empty()) out.leaf("title", {}, xml_one_line(a.headline));
    write_meta(out, a);
    write_tobject(out, a);
    write_docdata(out, a);
    write_pubdata(out, a);
    out.close("head");
}

}  // namespace wirekit::nitf
