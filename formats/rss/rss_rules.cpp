#include "rss/rss_rules.hpp"

#include "text/text.hpp"
#include "time/datetime_rfc822.hpp"

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

// The specification's elements, in no namespace, in any order; elements in
// a namespace are extensions and always allowed.
const std::vector<std::string_view> extension = {other_namespace};

ElementRule text(std::string_view name, ValueCheck check = nullptr) {
    return {.name = name, .text = TextRule::value, .text_check = check, .other_attributes = OtherAttributes::any};
}

// Elements whose own content the specification describes in prose only;
// their children are not checked.
ElementRule structured(std::string_view name) {
    return {.name = name, .text = TextRule::mixed, .other_attributes = OtherAttributes::any, .skip_children = true};
}

const std::vector<ElementRule>& rules() {
    static const std::vector<ElementRule> table = {
        {.name = "rss",
         .content = {{{"channel"}, 1, 1}, {extension, 0, unbounded}},
         .order = Order::interleave,
         .text = TextRule::mixed,
         .attributes = {{"version", nullptr, true, "2.0"}},
         .other_attributes = OtherAttributes::any},
        {.name = "channel",
         .content = {{{"title"}, 1, unbounded},
                     {{"link"}, 1, unbounded},
                     {{"description"}, 1, unbounded},
                     {{"language", "copyright", "managingEditor", "webMaster", "pubDate", "lastBuildDate", "category",
                       "generator", "docs", "cloud", "ttl", "image", "rating", "textInput", "skipHours", "skipDays", "item"},
                      0,
                      unbounded},
                     {extension, 0, unbounded}},
         .order = Order::interleave,
         .text = TextRule::mixed,
         .other_attributes = OtherAttributes::any},
        {.name = "item",
         .content = {{{"title", "link", "description", "author", "category", "comments", "enclosure", "guid", "pubDate",
                       "source"},
                      0,
                      unbounded},
                     {extension, 0, unbounded}},
         .order = Order::interleave,
         .text = TextRule::mixed,
         .other_attributes = OtherAttributes::any},
        text("channel/link", check_absolute_url),
        text("item/link", check_absolute_url),
        text("pubDate", check_rfc822_date),
        text("lastBuildDate", check_rfc822_date),
        text("language", check_language_code),
        text("ttl", check_minutes),
        text("item/author", check_email_address),
        structured("image"),
        structured("textInput"),
        structured("skipHours"),
        structured("skipDays"),
        structured("cloud"),
    };
    return table;
}

}  // namespace

RuleTable rss_rule_table() { return {"", rules()}; }

}  // namespace wirekit
