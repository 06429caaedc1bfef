#include "nitf/nitf_read_head.hpp"

#include <algorithm>

#include "ids/subject_code.hpp"
#include "nitf/nitf_fields.hpp"
#include "text/numbers.hpp"
#include "text/text.hpp"
#include "time/datetime_basic.hpp"

namespace wirekit::nitf {

namespace {

// The attributes of ELEMENT the model has no field for, as "ELEMENT@ATTRIBUTE".
void keep_attributes(pugi::xml_node element, const KeptElement& kept, Article& a) {
    for (std::string_view attribute : kept.attributes) {
        if (attribute.empty()) break;
        std::string value = attribute_of(element, attribute);
        if (!value.empty())
            set_extension(a.extensions, format_id, std::string(kept.element) + "@" + std::string(attribute), std::move(value));
    }
}

// A norm attribute: ISO 8601, basic as NITF says, or extended as some agencies write it.
std::optional<DateTime> norm_date(XmlReadNotes& notes, pugi::xml_node element) {
    std::string norm = attribute_of(element, "norm");
    if (norm.empty()) return std::nullopt;
    if (auto basic = parse_iso8601_basic(norm)) return basic;
    auto extended = parse_iso8601_either(norm);
    if (extended) notes.forgive(element, "a norm date in ISO 8601's extended form (NITF's is the basic form, 20140829T153112+0200)");
    else notes.forgive(element, "<" + std::string(local_name(element.name())) + "> norm '" + norm + "' is not a date; left out");
    return extended;
}

void read_meta(XmlReadNotes& notes, pugi::xml_node meta, Article& a) {
    std::string name = attribute_of(meta, "name");
    if (name.empty()) return;
    if (!meta.attribute("content")) notes.forgive(meta, "a meta without content");
    std::string key = std::string(meta_prefix) + name;
    std::string value;
    if (const std::string* before = find_extension(a.extensions, format_id, key)) value = *before + "\n";
    set_extension(a.extensions, format_id, key, value + attribute_of(meta, "content"));
}

// The deepest of a tobject.subject's descriptions: detail, matter, type.
std::string subject_name(pugi::xml_node subject) {
    for (std::string_view level : {"tobject.subject.detail", "tobject.subject.matter", "tobject.subject.type"})
        if (std::string name = attribute_of(subject, level); !name.empty()) return name;
    return {};
}

void read_tobject(pugi::xml_node tobject, Article& a) {
    keep_attributes(tobject, kept_tobject, a);
    for (pugi::xml_node child : tobject.children()) {
        if (has_local_name(child, "tobject.property")) {
            std::string genre = attribute_of(child, "tobject.property.type");
            if (!genre.empty()) a.genres.push_back(Concept{{}, genre, {}, {}, {}, {}});
        } else if (has_local_name(child, "tobject.subject")) {
            std::string code = attribute_of(child, "tobject.subject.refnum");
            std::string ipr = attribute_of(child, "tobject.subject.ipr");
            if (code.empty()) continue;
            if (ipr.empty() || iequals_ascii(ipr, "IPTC")) a.subjects.push_back(subject_code_concept(code, subject_name(child)));
            else a.subjects.push_back(Concept{ipr, code, {}, subject_name(child), {}, {}});
        }
    }
}

// identified-content: people, organisations, places, events, objects and
// classifiers, as subjects of their kind.
void read_identified_content(pugi::xml_node content, Article& a) {
    static constexpr std::pair<std::string_view, std::string_view> kinds[] = {
        {"person", "person"}, {"org", "organisation"}, {"location", "place"}, {"event", "event"},
        {"object.title", "object"}, {"function", "abstract"}, {"classifier", "abstract"}};
    for (pugi::xml_node child : content.children()) {
        for (const auto& [element, kind] : kinds) {
            if (!has_local_name(child, element)) continue;
            bool place = element == "location";
            Concept c;
            c.kind = std::string(kind);
            c.scheme = attribute_of(child, place ? "code-source" : "idsrc");
            c.code = attribute_of(child, place ? "location-code" : "value");
            c.name = line_text(child);
            if (!c.code.empty() || !c.name.empty()) a.subjects.push_back(std::move(c));
        }
    }
}

// evloc: where the events took place, as the article's location.
void read_evloc(pugi::xml_node evloc, Article& a) {
    a.located.name = attribute_of(evloc, "city");
    if (std::string state = attribute_of(evloc, "state-prov"); !state.empty()) a.located.broader.push_back({state, {}, "state"});
    if (std::string county = attribute_of(evloc, "county-dist"); !county.empty()) a.located.broader.push_back({county, {}, "county"});
    if (std::string country = attribute_of(evloc, "iso-cc"); !country.empty()) a.located.broader.push_back({{}, country, "country"});
}

void read_docdata(XmlReadNotes& notes, pugi::xml_node docdata, Article& a, HeadFacts& facts) {
    a.pub_status = to_lower_ascii(attribute_of(docdata, "management-status"));
    keep_attributes(docdata, kept_docdata_attributes, a);
    for (pugi::xml_node child : docdata.children()) {
        if (child.type() != pugi::node_element) continue;
        std::string_view name = local_name(child.name());
        if (has_local_name(child, "doc-id")) {
            if (a.id.empty()) a.id = attribute_of(child, "id-string");
        } else if (has_local_name(child, "urgency")) {
            std::string text = attribute_of(child, "ed-urg");
            auto urgency = parse_number<int>(text);
            if (urgency && *urgency >= 1 && *urgency <= 9) a.urgency = urgency;
            else if (!text.empty()) notes.forgive(child, "an urgency that is not 1 to 9, left out");
        } else if (has_local_name(child, "date.issue")) {
            a.first_created = norm_date(notes, child);
        } else if (has_local_name(child, "date.release")) {
            facts.release = norm_date(notes, child);
            facts.release_written = attribute_of(child, "norm");
        } else if (has_local_name(child, "date.expire")) {
            norm_date(notes, child);
        } else if (has_local_name(child, "ed-msg")) {
            append_line(a.editor_note, collapse_spaces(attribute_of(child, "info")));
        } else if (has_local_name(child, "du-key")) {
            a.version = attribute_of(child, "version");
        } else if (has_local_name(child, "doc.copyright")) {
            a.copyright.holder = attribute_of(child, "holder");
        } else if (has_local_name(child, "doc.rights")) {
            a.copyright.usage_terms = collapse_spaces(attribute_of(child, "limitations"));
        } else if (has_local_name(child, "key-list")) {
            if (child.attribute("key")) notes.forgive(child, "a key-list with a key attribute (not NITF's), left out");
            for (pugi::xml_node keyword : child.children())
                if (std::string key = attribute_of(keyword, "key"); has_local_name(keyword, "keyword") && !key.empty()) a.keywords.push_back(key);
        } else if (has_local_name(child, "identified-content")) {
            read_identified_content(child, a);
        } else if (has_local_name(child, "evloc")) {
            if (a.located.empty()) read_evloc(child, a);
            else notes.note(child, "a further evloc, left out");
        } else if (has_local_name(child, "del-list")) {
            for (pugi::xml_node from : child.children())
                if (std::string source = attribute_of(from, "src-name"); has_local_name(from, "from-src") && !source.empty() &&
                                                                          std::find(a.sources.begin(), a.sources.end(), source) == a.sources.end())
                    a.sources.push_back(source);
        } else if (has_local_name(child, "correction")) {
            a.signals.push_back("correction");
            append_line(a.editor_note, collapse_spaces(attribute_of(child, "info")));
        } else if (!kept_docdata_element(name)) {
            notes.note(child, "<" + std::string(name) + "> in docdata, left out");
        }
    }
    // In the table's order, so that the writer's order reads back the same.
    for (const auto& kept : kept_docdata)
        if (kept.element != "date.release")  // kept only when it is no embargo (the reader decides)
            if (pugi::xml_node child = child_with_local_name(docdata, kept.element)) keep_attributes(child, kept, a);
}

void read_pubdata(XmlReadNotes& notes, pugi::xml_node pubdata, Article& a) {
    keep_attributes(pubdata, kept_pubdata, a);
    if (std::string when = attribute_of(pubdata, "date.publication"); !when.empty()) {
        a.published = parse_iso8601_either(when);
        if (!a.published) notes.forgive(pubdata, "pubdata date.publication '" + when + "' is not a date; left out");
    }
    a.url = attribute_of(pubdata, "ex-ref");
}

}  // namespace

void read_head(XmlReadNotes& notes, pugi::xml_node head, Article& a, HeadFacts& facts) {
    bool pubdata_seen = false;
    for (pugi::xml_node child : head.children()) {
        if (child.type() != pugi::node_element) continue;
        if (has_local_name(child, "title")) {
            facts.title = line_text(child);
        } else if (has_local_name(child, "meta")) {
            read_meta(notes, child, a);
        } else if (has_local_name(child, "tobject")) {
            read_tobject(child, a);
        } else if (has_local_name(child, "docdata")) {
            read_docdata(notes, child, a, facts);
        } else if (has_local_name(child, "pubdata")) {
            if (!pubdata_seen) read_pubdata(notes, child, a);
            else notes.note(child, "a further pubdata, left out");
            pubdata_seen = true;
        } else {
            notes.note(child, "<" + std::string(local_name(child.name())) + "> in the head, left out");
        }
    }
}

}  // namespace wirekit::nitf
