#include "newsml/newsml_read_concepts.hpp"

#include <utility>

#include "ids/qcode.hpp"
#include "text/numbers.hpp"
#include "text/text.hpp"

namespace wirekit::newsml {

namespace {

// The model's kind for a concept type code (IPTC cpnat).
std::string kind_of_type(std::string_view type_qcode) {
    auto q = split_qcode(type_qcode);
    std::string_view code = q ? q->code : type_qcode;
    if (code == "abstract" || code == "person" || code == "event" || code == "object") return std::string(code);
    if (code == "organisation" || code == "organization") return "organisation";
    if (code == "geoArea" || code == "poi") return "place";
    return {};
}

// A duration attribute in seconds, whatever its unit: seconds (the default),
// milliseconds, or a time code hh:mm:ss.
std::optional<double> duration_of(std::string_view value, std::string_view unit) {
    if (value.find(':') != std::string_view::npos) {
        double seconds = 0;
        std::size_t start = 0;
        for (int fields = 0; fields < 3 && start <= value.size(); ++fields) {
            std::size_t colon = value.find(':', start);
            auto part = parse_number<long long>(value.substr(start, colon == std::string_view::npos ? std::string_view::npos : colon - start));
            if (!part) return std::nullopt;
            seconds = seconds * 60 + static_cast<double>(*part);
            if (colon == std::string_view::npos) return seconds;
            start = colon + 1;
        }
        return std::nullopt;
    }
    auto n = parse_number<double>(value);
    if (!n) return std::nullopt;
    if (unit.ends_with("milliseconds")) return *n / 1000;
    return n;
}

}  // namespace

std::string identifier_of(pugi::xml_node element) {
    if (auto code = wk_attribute(element, "code")) return *code;
    for (const char* attribute : {"qcode", "uri", "literal"}) {
        std::string v = plain_attribute(element, attribute);
        if (!v.empty()) return v;
    }
    return {};
}

std::string name_of(pugi::xml_node element, bool literal_fallback) {
    if (pugi::xml_node name = g2_child(element, "name")) {
        std::string text = line_text(name);
        if (!text.empty()) return text;
    }
    return literal_fallback ? collapse_spaces(element.attribute("literal").value()) : std::string();
}

Concept read_concept(pugi::xml_node element) {
    Concept c;
    std::string qcode = plain_attribute(element, "qcode");
    c.uri = plain_attribute(element, "uri");
    if (auto code = wk_attribute(element, "code")) qcode = *code;
    // A URI under an IPTC scheme has a QCode too.
    std::string compacted = qcode.empty() ? compact_uri(c.uri) : std::string();
    if (auto q = split_qcode(qcode.empty() ? compacted : qcode)) {
        c.scheme = std::string(q->alias);
        c.code = std::string(q->code);
        if (c.uri.empty() && !wk_attribute(element, "code")) c.uri = expand_qcode(qcode);
    } else if (!qcode.empty()) {
        c.code = qcode;
    } else {
        c.code = collapse_spaces(element.attribute("literal").value());
    }
    c.name = name_of(element, false);
    if (auto kind = wk_attribute(element, "kind")) c.kind = *kind;
    else c.kind = kind_of_type(plain_attribute(element, "type"));
    if (auto relevance = parse_number<int>(plain_attribute(element, "relevance"))) c.relevance = relevance;
    return c;
}

Person read_party(pugi::xml_node element, std::string_view default_role) {
    Person p;
    p.name = name_of(element, true);
    if (auto role = wk_attribute(element, "role")) p.role = *role;
    else p.role = plain_attribute(element, "role");
    if (p.role.empty()) p.role = std::string(default_role);
    if (auto code = wk_attribute(element, "code")) {
        p.uri = *code;
    } else {
        p.uri = plain_attribute(element, "uri");
        std::string qcode = plain_attribute(element, "qcode");
        if (p.uri.empty() && !qcode.empty()) {
            std::string expanded = expand_qcode(qcode);
            p.uri = expanded.empty() ? qcode : expanded;
        }
    }
    if (pugi::xml_node details = g2_child(element, "personDetails"))
        if (pugi::xml_node contact = g2_child(details, "contactInfo"))
            if (pugi::xml_node email = g2_child(contact, "email")) p.email = line_text(email);
    return p;
}

Located read_located(pugi::xml_node element) {
    Located l;
    bool has_code = wk_attribute(element, "code") || element.attribute("qcode") || element.attribute("uri");
    l.code = has_code ? identifier_of(element) : std::string();
    // A literal without a name child is the place name (ANSA: literal="Rome").
    l.name = name_of(element, true);
    for (pugi::xml_node broader : element.children()) {
        if (!is_g2(broader, "broader")) continue;
        PlaceRef ref;
        ref.name = name_of(broader, true);
        bool broader_has_code = wk_attribute(broader, "code") || broader.attribute("qcode") || broader.attribute("uri");
        ref.code = broader_has_code ? identifier_of(broader) : std::string();
        if (auto wk_type = wk_attribute(broader, "type")) {
            ref.type = *wk_type;
        } else {
            std::string type = plain_attribute(broader, "type");
            auto q = split_qcode(type);
            ref.type = q ? std::string(q->code) : type;
        }
        l.broader.push_back(std::move(ref));
    }
    return l;
}

Link read_link(pugi::xml_node element, std::string_view rel) {
    Link link;
    if (auto wk_rel = wk_attribute(element, "rel")) link.rel = *wk_rel;
    else link.rel = plain_attribute(element, "rel");
    if (link.rel.empty()) link.rel = plain_attribute(element, "reluri");
    if (link.rel.empty()) link.rel = std::string(rel);
    for (const char* attribute : {"href", "residref", "guidref"}) {
        link.href = plain_attribute(element, attribute);
        if (!link.href.empty()) break;
    }
    link.type = plain_attribute(element, "contenttype");
    link.title = collapse_spaces(element.attribute("title").value());
    for (const char* child : {"title", "headline"}) {
        if (!link.title.empty()) break;
        if (pugi::xml_node t = g2_child(element, child)) link.title = line_text(t);
    }
    return link;
}

void read_wk_media_fields(pugi::xml_node element, Media& m) {
    const std::pair<const char*, std::string Media::*> fields[] = {
        {"role", &Media::role}, {"caption", &Media::caption}, {"credit", &Media::credit}, {"alt", &Media::alt_text},
        {"id", &Media::id},     {"type", &Media::type},       {"title", &Media::title},   {"by", &Media::by}};
    for (const auto& [name, field] : fields)
        if (auto v = wk_attribute(element, name)) m.*field = *v;
}

Media read_remote_content(ReadContext& ctx, pugi::xml_node element) {
    Media m;
    m.url = plain_attribute(element, "href");
    if (m.url.empty()) m.url = plain_attribute(element, "residref");
    m.mime_type = plain_attribute(element, "contenttype");
    if (auto rendition = wk_attribute(element, "rendition")) m.rendition = *rendition;
    else m.rendition = plain_attribute(element, "rendition");
    m.width = parse_number<long long>(plain_attribute(element, "width"));
    m.height = parse_number<long long>(plain_attribute(element, "height"));
    m.bytes = parse_number<long long>(plain_attribute(element, "size"));
    std::string duration = plain_attribute(element, "duration");
    if (!duration.empty()) {
        m.duration = duration_of(duration, plain_attribute(element, "durationunit"));
        if (!m.duration) ctx.note(element, "duration '" + duration + "' is not a number of seconds; left out");
    }
    read_wk_media_fields(element, m);
    return m;
}

}  // namespace wirekit::newsml
