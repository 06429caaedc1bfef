#include "rss/rss_rules.hpp"

#include <algorithm>
#include <map>

#include "text/text.hpp"
#include "time/datetime_rfc822.hpp"
#include "xml/xml_findings.hpp"

namespace wirekit {

namespace {

bool is_ascii_digit(char c) { return c >= '0' && c <= '9'; }
bool is_ascii_alpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

// Reads N to M characters of CLASS at POS.
template <typename Class>
bool read_run(std::string_view s, std::size_t& pos, std::size_t n, std::size_t m, Class in_class) {
    std::size_t start = pos;
    while (pos < s.size() && pos - start < m && in_class(s[pos])) ++pos;
    return pos - start >= n;
}

bool read_char(std::string_view s, std::size_t& pos, char c) {
    if (pos >= s.size() || s[pos] != c) return false;
    ++pos;
    return true;
}

// "[Wkd, ]D[D] Mon YYYY hh:mm[:ss] ZONE": RFC 822 as the specification's
// examples write it, with a four-digit year (the form the specification
// prefers), and a date that exists.
bool has_rfc822_shape(std::string_view s) {
    auto word = [](char c) { return is_ascii_alpha(c) || is_ascii_digit(c) || c == '_'; };
    auto digit = [](char c) { return is_ascii_digit(c); };
    std::size_t pos = 0;
    std::size_t weekday = 0;
    if (read_run(s, weekday, 3, 3, word) && read_char(s, weekday, ',') && read_char(s, weekday, ' ')) pos = weekday;
    bool ok = read_run(s, pos, 1, 2, digit) && read_char(s, pos, ' ') && read_run(s, pos, 3, 3, word) &&
              read_char(s, pos, ' ') && read_run(s, pos, 4, 4, digit) && read_char(s, pos, ' ') &&
              read_run(s, pos, 2, 2, digit) && read_char(s, pos, ':') && read_run(s, pos, 2, 2, digit);
    if (!ok) return false;
    std::size_t seconds = pos;
    if (read_char(s, seconds, ':') && read_run(s, seconds, 2, 2, digit)) pos = seconds;
    if (!read_char(s, pos, ' ') || pos >= s.size()) return false;
    for (; pos < s.size(); ++pos)
        if (is_ascii_space(s[pos])) return false;
    return true;
}

ValueProblem check_rfc822_date(std::string_view value) {
    std::string_view date = trim(value);
    if (has_rfc822_shape(date) && parse_rfc822(date)) return std::nullopt;
    return quoted_value(date) + " is not an RFC 822 date like 'Sat, 07 Sep 2002 09:42:31 GMT'";
}

// A URL with a scheme and no blanks.
ValueProblem check_absolute_url(std::string_view value) {
    std::string_view url = trim(value);
    std::size_t pos = 0;
    bool ok = !url.empty() && is_ascii_alpha(url[0]);
    while (ok && pos < url.size() && url[pos] != ':') {
        char c = url[pos++];
        ok = is_ascii_alpha(c) || is_ascii_digit(c) || c == '+' || c == '.' || c == '-';
    }
    ok = ok && pos + 1 < url.size();
    for (std::size_t i = pos; ok && i < url.size(); ++i) ok = !is_ascii_space(url[i]);
    return ok ? std::nullopt : std::optional<std::string>(quoted_value(url) + " is not an absolute URL");
}

// A language code of RSS's list (W3C's codes): "en", "en-us", "pt-BR".
ValueProblem check_language_code(std::string_view value) {
    std::string_view code = trim(value);
    std::size_t pos = 0;
    bool ok = read_run(code, pos, 2, 3, is_ascii_alpha);
    while (ok && pos < code.size())
        ok = read_char(code, pos, '-') &&
             read_run(code, pos, 1, 8, [](char c) { return is_ascii_alpha(c) || is_ascii_digit(c); });
    return ok ? std::nullopt : std::optional<std::string>(quoted_value(code) + " is not a language code like en or en-us");
}

ValueProblem check_minutes(std::string_view value) {
    std::string_view minutes = trim(value);
    bool ok = !minutes.empty();
    for (char c : minutes) ok &= is_ascii_digit(c);
    return ok ? std::nullopt : std::optional<std::string>(quoted_value(minutes) + " is not a number of minutes");
}

ValueProblem check_email_address(std::string_view value) {
    if (value.find('@') != std::string_view::npos) return std::nullopt;
    return quoted_value(trim(value)) + " is not an e-mail address (like 'desk@example.com (Desk)')";
}

// Why a value is not what an element holds, or nullopt.
using ValueCheck = ValueProblem (*)(std::string_view value);

// The children of rss, channel and item: which may occur, in any order,
// how often; elements in a namespace are extensions and always allowed.
struct Child {
    std::string_view name;
    int min = 0;
    int max = 1 << 30;
};

struct Container {
    std::string_view name;
    std::vector<Child> children;
};

const std::vector<Container>& containers() {
    static const std::vector<Container> table = {
        {"rss", {{"channel", 1, 1}}},
        {"channel",
         {{"title", 1}, {"link", 1}, {"description", 1}, {"language"}, {"copyright"}, {"managingEditor"}, {"webMaster"},
          {"pubDate"}, {"lastBuildDate"}, {"category"}, {"generator"}, {"docs"}, {"cloud"}, {"ttl"}, {"image"},
          {"rating"}, {"textInput"}, {"skipHours"}, {"skipDays"}, {"item"}}},
        {"item",
         {{"title"}, {"link"}, {"description"}, {"author"}, {"category"}, {"comments"}, {"enclosure"}, {"guid"},
          {"pubDate"}, {"source"}}},
    };
    return table;
}

// Elements that hold a value of one kind: by "parent/name" or name.
const std::map<std::string_view, ValueCheck>& values() {
    static const std::map<std::string_view, ValueCheck> table = {
        {"channel/link", check_absolute_url}, {"item/link", check_absolute_url}, {"pubDate", check_rfc822_date},
        {"lastBuildDate", check_rfc822_date}, {"language", check_language_code}, {"ttl", check_minutes},
        {"item/author", check_email_address}};
    return table;
}

// Elements whose content the specification describes in prose only.
bool is_structured(std::string_view name) {
    return name == "image" || name == "textInput" || name == "skipHours" || name == "skipDays" || name == "cloud";
}

std::string tag(std::string_view name) { return "<" + std::string(name) + ">"; }

bool is_rss_element(pugi::xml_node node) {
    return node.type() == pugi::node_element && namespace_view(node).empty() && std::string_view(node.name()).find(':') == std::string_view::npos;
}

void check_value(const XmlDocument& xml, pugi::xml_node element, ValueCheck check, Findings& findings) {
    for (pugi::xml_node child : element.children())
        if (child.type() == pugi::node_element) {
            report_at(xml, child, tag(element.name()) + " holds text only, not elements like " + tag(local_name(child.name())), findings);
            return;
        }
    if (auto bad = check(direct_text(element))) report_at(xml, element, tag(element.name()) + ": " + *bad, findings);
}

void check_children(const XmlDocument& xml, pugi::xml_node element, const Container& rule, Findings& findings) {
    std::vector<int> counts(rule.children.size(), 0);
    for (pugi::xml_node child : element.children()) {
        if (!is_rss_element(child)) continue;
        auto known = std::find_if(rule.children.begin(), rule.children.end(), [&](const Child& c) { return c.name == child.name(); });
        if (known == rule.children.end()) {
            report_at(xml, child, tag(rule.name) + ": " + tag(child.name()) + " is not allowed here", findings);
            continue;
        }
        if (++counts[static_cast<std::size_t>(known - rule.children.begin())] > known->max)
            report_at(xml, child, tag(rule.name) + ": " + tag(child.name()) + " once too often (only one is allowed)", findings);
    }
    for (std::size_t i = 0; i < rule.children.size(); ++i)
        if (counts[i] < rule.children[i].min)
            report_at(xml, element, tag(rule.name) + ": " + tag(rule.children[i].name) + " is required", findings);
}

void check_element(const XmlDocument& xml, pugi::xml_node element, std::string_view parent, Findings& findings) {
    std::string_view name = element.name();
    auto value = values().find(std::string(parent) + "/" + std::string(name));
    if (value == values().end()) value = values().find(name);
    if (value != values().end()) return check_value(xml, element, value->second, findings);
    if (is_structured(name)) return;
    for (const auto& container : containers())
        if (container.name == name) check_children(xml, element, container, findings);
    for (pugi::xml_node child : element.children())
        if (is_rss_element(child)) check_element(xml, child, name, findings);
}

}  // namespace

std::string quoted_value(std::string_view value) {
    std::string out = "'";
    for (char c : value) {
        if (c == '\n')
            out += "\\n";
        else if (c == '\r')
            out += "\\r";
        else if (c == '\t')
            out += "\\t";
        else
            out += c;
    }
    return out + "'";
}

void check_rss_rules(const XmlDocument& xml, pugi::xml_node root, Findings& findings) { check_element(xml, root, "", findings); }

}  // namespace wirekit
