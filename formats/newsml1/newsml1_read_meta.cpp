#include "newsml1/newsml1_read_meta.hpp"

#include <algorithm>

#include "ids/subject_code.hpp"
#include "newsml1/newsml1_fields.hpp"
#include "text/numbers.hpp"
#include "text/text.hpp"
#include "xml/xml_parse.hpp"

namespace wirekit::newsml1 {

namespace {

void fill(std::string& field, std::string value) {
    if (field.empty()) field = std::move(value);
}

template <class T>
void add_once(std::vector<T>& list, T value) {
    if (std::find(list.begin(), list.end(), value) == list.end()) list.push_back(std::move(value));
}

// An extension holding a line per value, each value once.
void add_extension_line(Article& a, std::string_view key, std::string_view value) {
    if (value.empty()) return;
    std::string lines;
    if (const std::string* before = find_extension(a.extensions, format_id, key)) {
        for (std::string_view line : split_lines(*before))
            if (line == value) return;
        lines = *before;
    }
    append_line(lines, value);
    set_extension(a.extensions, format_id, key, lines);
}

void read_news_lines(pugi::xml_node lines, Article& a) {
    std::string byline, byline_title;
    for (pugi::xml_node line : lines.children()) {
        std::string text = line_text(line);
        if (is_nml(line, "HeadLine")) fill(a.headline, text);
        else if (is_nml(line, "SubHeadLine")) fill(a.subheadline, text);
        else if (is_nml(line, "ByLine")) append_line(byline, text);
        else if (is_nml(line, "ByLineTitle")) append_line(byline_title, text);
        else if (is_nml(line, "DateLine")) fill(a.dateline.text, text);
        else if (is_nml(line, "CreditLine")) fill(a.creditline, text);
        else if (is_nml(line, "CopyrightLine")) fill(a.copyright.notice, text);
        else if (is_nml(line, "RightsLine")) fill(a.copyright.usage_terms, text);
        else if (is_nml(line, "SlugLine")) fill(a.slugline, text);
        else if (is_nml(line, "SeriesLine")) add_extension_line(a, series_line, text);
        else if (is_nml(line, "KeywordLine") && !text.empty()) add_once(a.keywords, text);
        else if (is_nml(line, "NewsLine")) {
            std::string type = formal_name(nml_child(line, "NewsLineType"));
            for (pugi::xml_node t : line.children())
                if (is_nml(t, "NewsLineText") && !line_text(t).empty())
                    add_extension_line(a, std::string(news_line_prefix) + type, line_text(t));
        }
    }
    // ByLine and ByLineTitle: the byline as printed, its title on a line of its own.
    append_line(byline, byline_title);
    fill(a.byline, byline);
}

// The FormalName of each Party of a Provider, Creator, Source or Contributor.
std::vector<pugi::xml_node> parties(pugi::xml_node holder) {
    std::vector<pugi::xml_node> out;
    for (pugi::xml_node p : holder.children())
        if (is_nml(p, "Party") && !collapse_spaces(formal_name(p)).empty()) out.push_back(p);
    return out;
}

// A Party's role: its Topic (Belga's AUTHOR, EDITOR) or Role property, else DEFAULT_ROLE.
std::string party_role(pugi::xml_node party, std::string_view default_role) {
    std::string role = to_lower_ascii(attribute_of(party, "Topic"));
    for (pugi::xml_node p : party.children())
        if (is_nml(p, "Property") && iequals_ascii(formal_name(p), "Role") && !attribute_of(p, "Value").empty())
            role = attribute_of(p, "Value");
    return role.empty() ? std::string(default_role) : role;
}

void read_administrative(pugi::xml_node meta, Article& a) {
    for (pugi::xml_node child : meta.children()) {
        if (is_nml(child, "FileName")) {
            if (!find_extension(a.extensions, format_id, file_name) && !text_of(child).empty())
                set_extension(a.extensions, format_id, file_name, text_of(child));
        } else if (is_nml(child, "Provider")) {
            for (pugi::xml_node p : parties(child)) fill(a.provider, collapse_spaces(formal_name(p)));
        } else if (is_nml(child, "Source")) {
            for (pugi::xml_node p : parties(child)) add_once(a.sources, collapse_spaces(formal_name(p)));
        } else if (is_nml(child, "Creator") || is_nml(child, "Contributor")) {
            std::string_view role = is_nml(child, "Creator") ? "author" : "contributor";
            for (pugi::xml_node p : parties(child)) add_once(a.authors, Person{collapse_spaces(formal_name(p)), party_role(p, role), {}, {}});
        }
    }
}

void read_rights(pugi::xml_node meta, Article& a) {
    for (pugi::xml_node child : meta.children()) {
        if (is_nml(child, "Copyright")) {
            fill(a.copyright.holder, line_text(nml_child(child, "CopyrightHolder")));
            if (std::string date = line_text(nml_child(child, "CopyrightDate")); !date.empty())
                set_extension(a.extensions, format_id, copyright_date, date);
        } else if (is_nml(child, "UsageRights")) {
            std::string terms;
            for (pugi::xml_node part : child.children())
                if (part.type() == pugi::node_element) append_line(terms, line_text(part));
            fill(a.copyright.usage_terms, terms);
        }
    }
}

// "SWE", "DK": a country's code; "België": its name.
bool is_country_code(std::string_view value) {
    if (value.size() < 2 || value.size() > 3) return false;
    for (char c : value)
        if (c < 'A' || c > 'Z') return false;
    return true;
}

// A Location (or the Country and City properties of DescriptiveMetadata):
// the city the name, area, country and region broader places.
void read_location(pugi::xml_node holder, Article& a) {
    if (!a.located.empty()) return;
    for (pugi::xml_node p : holder.children()) {
        if (!is_nml(p, "Property")) continue;
        std::string name = to_lower_ascii(formal_name(p));
        std::string value = collapse_spaces(attribute_of(p, "Value"));
        if (value.empty()) continue;
        if (name == "city") a.located.name = value;
        else if (name == "countryarea") a.located.broader.push_back({value, {}, {}});
        else if (name == "country") a.located.broader.push_back(is_country_code(value) ? PlaceRef{{}, value, "country"} : PlaceRef{value, {}, "country"});
        else if (name == "worldregion") a.located.broader.push_back({value, {}, "region"});
    }
}

// The FormalName of a subject code element with its vocabulary: an IPTC
// subject code (eight digits, or the IptcSubjectCodes scheme) is "subj".
Concept subject_of(pugi::xml_node element) {
    std::string code = formal_name(element);
    std::string vocabulary = attribute_of(element, "Vocabulary");
    if (vocabulary.empty()) vocabulary = attribute_of(element, "Scheme");
    if (is_subject_code(code) && (vocabulary.empty() || iequals_ascii(vocabulary, "IptcSubjectCodes"))) return subject_code_concept(code, {});
    return Concept{vocabulary, code, {}, {}, {}, {}};
}

void read_descriptive(ReadContext& ctx, pugi::xml_node meta, Article& a) {
    for (pugi::xml_node child : meta.children()) {
        if (is_nml(child, "Language")) {
            fill(a.language, formal_name(child));
        } else if (is_nml(child, "Genre")) {
            if (std::string genre = formal_name(child); !genre.empty()) add_once(a.genres, Concept{{}, genre, {}, {}, {}, {}});
        } else if (is_nml(child, "SubjectCode")) {
            for (pugi::xml_node s : child.children())
                if ((is_nml(s, "Subject") || is_nml(s, "SubjectMatter") || is_nml(s, "SubjectDetail")) && !formal_name(s).empty())
                    add_once(a.subjects, subject_of(s));
        } else if (is_nml(child, "OfInterestTo")) {
            add_extension_line(a, of_interest_to, formal_name(child));
        } else if (is_nml(child, "DateLineDate")) {
            if (!a.dateline.date) a.dateline.date = ctx.time_of(child);
        } else if (is_nml(child, "Location")) {
            read_location(child, a);
        } else if (is_nml(child, "Property") && iequals_ascii(formal_name(child), "Keyword")) {
            if (std::string keyword = collapse_spaces(attribute_of(child, "Value")); !keyword.empty()) add_once(a.keywords, keyword);
        }
    }
    // ANA-MPA states Country and City as properties of DescriptiveMetadata itself.
    read_location(meta, a);
}

}  // namespace

void read_component_meta(ReadContext& ctx, pugi::xml_node component, Article& a) {
    for (pugi::xml_node child : component.children()) {
        if (is_nml(child, "NewsLines")) read_news_lines(child, a);
        else if (is_nml(child, "AdministrativeMetadata")) read_administrative(child, a);
        else if (is_nml(child, "RightsMetadata")) read_rights(child, a);
        else if (is_nml(child, "DescriptiveMetadata")) read_descriptive(ctx, child, a);
    }
}

}  // namespace wirekit::newsml1
