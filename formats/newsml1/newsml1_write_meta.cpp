#include "newsml1/newsml1_write_meta.hpp"

#include "ids/subject_code.hpp"
#include "newsml1/newsml1_fields.hpp"
#include "text/text.hpp"
#include "time/datetime_basic.hpp"

namespace wirekit::newsml1 {

namespace {

// The non-empty lines of TEXT, each on one line of XML text.
std::vector<std::string> lines_of(std::string_view text) {
    std::vector<std::string> out;
    for (std::string_view line : split_lines(text))
        if (std::string one = xml_one_line(line); !one.empty()) out.push_back(std::move(one));
    return out;
}

std::vector<std::string> extension_lines(const Article& a, std::string_view key) {
    const std::string* value = find_extension(a.extensions, format_id, key);
    return value ? lines_of(*value) : std::vector<std::string>{};
}

void line(XmlOut& out, std::string_view element, std::string_view text) {
    if (std::string one = xml_one_line(text); !one.empty()) out.leaf(element, {}, one);
}

bool has_news_lines(const Article& a) {
    if (!a.headline.empty() || !a.subheadline.empty() || !a.byline.empty() || !a.dateline.text.empty() || !a.creditline.empty() ||
        !a.copyright.notice.empty() || !a.slugline.empty() || !a.keywords.empty())
        return true;
    for (const auto& e : a.extensions)
        if (e.format == format_id && (e.key == series_line || e.key.starts_with(news_line_prefix))) return true;
    return false;
}

void write_news_lines(XmlOut& out, const Article& a) {
    if (!has_news_lines(a)) return;
    out.open("NewsLines");
    // HeadLine leads its SubHeadLines, ByLine its ByLineTitles.
    if (!a.headline.empty() || !a.subheadline.empty()) {
        out.leaf("HeadLine", {}, xml_one_line(a.headline));
        line(out, "SubHeadLine", a.subheadline);
    }
    std::vector<std::string> byline = lines_of(a.byline);
    for (std::size_t i = 0; i < byline.size(); ++i) out.leaf(i == 0 ? "ByLine" : "ByLineTitle", {}, byline[i]);
    line(out, "DateLine", a.dateline.text);
    line(out, "CreditLine", a.creditline);
    line(out, "CopyrightLine", a.copyright.notice);
    for (const auto& series : extension_lines(a, series_line)) out.leaf("SeriesLine", {}, series);
    line(out, "SlugLine", a.slugline);
    for (const auto& k : a.keywords) line(out, "KeywordLine", k);
    for (const auto& e : a.extensions) {
        if (e.format != format_id || !e.key.starts_with(news_line_prefix)) continue;
        for (const auto& text : lines_of(e.value)) {
            out.open("NewsLine");
            out.leaf("NewsLineType", {{"FormalName", e.key.substr(news_line_prefix.size()), true}});
            out.leaf("NewsLineText", {}, text);
            out.close("NewsLine");
        }
    }
    out.close("NewsLines");
}

void party(XmlOut& out, std::string_view holder, std::string_view name, std::string_view role, std::string_view default_role) {
    out.open(holder);
    if (role.empty() || role == default_role) {
        out.leaf("Party", {{"FormalName", xml_one_line(name), true}});
    } else {
        out.open("Party", {{"FormalName", xml_one_line(name), true}});
        out.leaf("Property", {{"FormalName", "Role"}, {"Value", xml_one_line(role)}});
        out.close("Party");
    }
    out.close(holder);
}

void write_administrative(XmlOut& out, const Article& a) {
    const std::string* file = find_extension(a.extensions, format_id, file_name);
    if (!file && a.provider.empty() && a.authors.empty() && a.sources.empty()) return;
    out.open("AdministrativeMetadata");
    if (file) out.leaf("FileName", {}, xml_one_line(*file));
    if (!a.provider.empty()) party(out, "Provider", a.provider, {}, {});
    for (const auto& p : a.authors)
        if (!p.name.empty() && p.role != "contributor") party(out, "Creator", p.name, p.role, "author");
    for (const auto& s : a.sources) party(out, "Source", s, {}, {});
    for (const auto& p : a.authors)
        if (!p.name.empty() && p.role == "contributor") party(out, "Contributor", p.name, p.role, "contributor");
    out.close("AdministrativeMetadata");
}

void write_rights(XmlOut& out, const Article& a) {
    std::vector<std::string> terms = lines_of(a.copyright.usage_terms);
    if (a.copyright.holder.empty() && terms.empty()) return;
    out.open("RightsMetadata");
    if (!a.copyright.holder.empty()) {
        out.open("Copyright");
        out.leaf("CopyrightHolder", {}, xml_one_line(a.copyright.holder));
        const std::string* date = find_extension(a.extensions, format_id, copyright_date);
        out.leaf("CopyrightDate", {}, date ? xml_one_line(*date) : std::string());
        out.close("Copyright");
    }
    if (!terms.empty()) {
        // UsageType, then what more the terms say as Limitations (read back a line each).
        out.open("UsageRights");
        out.leaf("UsageType", {}, terms.front());
        std::string rest;
        for (std::size_t i = 1; i < terms.size(); ++i) rest += (i > 1 ? " " : "") + terms[i];
        if (!rest.empty()) out.leaf("Limitations", {}, rest);
        out.close("UsageRights");
    }
    out.close("RightsMetadata");
}

void write_subject(XmlOut& out, const Concept& c) {
    std::string code = xml_one_line(c.code);
    if (code.empty()) return;
    bool iptc = c.scheme == subject_code_scheme && is_subject_code(code);
    static constexpr std::string_view levels[] = {"Subject", "Subject", "SubjectMatter", "SubjectDetail"};
    out.open("SubjectCode");
    out.leaf(iptc ? levels[subject_code_level(code)] : "Subject",
             {{"FormalName", code}, {"Scheme", iptc ? "IptcSubjectCodes" : std::string()}, {"Vocabulary", iptc ? std::string() : xml_one_line(c.scheme)}});
    out.close("SubjectCode");
}

void write_location(XmlOut& out, const Located& located) {
    Attributes none;
    std::vector<std::pair<std::string_view, std::string>> properties;
    if (!located.name.empty()) properties.push_back({"City", located.name});
    for (const auto& b : located.broader) {
        if (b.type == "country") properties.push_back({"Country", b.code.empty() ? b.name : b.code});
        else if (b.type == "region") properties.push_back({"WorldRegion", b.name});
        else if (b.type == "state" || b.type.empty()) properties.push_back({"CountryArea", b.name});
    }
    std::erase_if(properties, [](const auto& p) { return xml_one_line(p.second).empty(); });
    if (properties.empty()) return;
    out.open("Location");
    for (const auto& [name, value] : properties) out.leaf("Property", {{"FormalName", std::string(name)}, {"Value", xml_one_line(value)}});
    out.close("Location");
}

}  // namespace

void write_component_meta(XmlOut& out, const Article& a) {
    write_news_lines(out, a);
    write_administrative(out, a);
    write_rights(out, a);
    out.open("DescriptiveMetadata");
    if (!xml_one_line(a.language).empty()) out.leaf("Language", {{"FormalName", xml_one_line(a.language)}});
    for (const auto& g : a.genres)
        if (std::string genre = xml_one_line(g.code.empty() ? g.name : g.code); !genre.empty()) out.leaf("Genre", {{"FormalName", genre}});
    for (const auto& s : a.subjects) write_subject(out, s);
    for (const auto& interest : extension_lines(a, of_interest_to)) out.leaf("OfInterestTo", {{"FormalName", interest}});
    if (a.dateline.date) out.leaf("DateLineDate", {}, format_iso8601_basic(*a.dateline.date));
    write_location(out, a.located);
    out.close("DescriptiveMetadata");
}

}  // namespace wirekit::newsml1
