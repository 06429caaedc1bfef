#include "atom/atom_rules.hpp"

#include "feed/feed_xml.hpp"
#include "text/text.hpp"

namespace wirekit {

namespace {

// atomEmailAddress: ".+@.+" (libxml2 matches '.' against anything but a line break).
ValueProblem check_email(std::string_view value) {
    auto at = value.find('@', 1);
    bool ok = at != std::string_view::npos && at + 1 < value.size() && value.find_first_of("\n\r") == std::string_view::npos;
    return ok ? std::nullopt : std::optional<std::string>(quoted_value(value) + " is not an e-mail address (.+@.+)");
}

// atomLanguageTag: the xs:language pattern.
ValueProblem check_language_tag(std::string_view value) { return check_xs_language(value); }

// atomDateConstruct: xsd:dateTime, blanks around it collapsed.
ValueProblem check_date(std::string_view value) { return check_xs_date_time(trim(value)); }

ValueProblem check_text_type(std::string_view value) {
    if (value == "text" || value == "html" || value == "xhtml") return std::nullopt;
    return quoted_value(value) + " is not a text type (text, html or xhtml)";
}

// atomCommonAttributes: xml:base, xml:lang, and attributes in any namespace
// but none (undefinedAttribute).
std::vector<AttributeRule> common(std::vector<AttributeRule> more = {}) {
    more.push_back({"xml:base"});
    more.push_back({"xml:lang", check_language_tag});
    return more;
}

const std::vector<std::string_view> extension = {foreign_element};

ElementRule text_construct(std::string_view name) {
    // Its content depends on its type; atom_validate.cpp checks it.
    return {.name = name, .text = TextRule::mixed, .attributes = common({{"type", check_text_type}}), .skip_children = true};
}

ElementRule person(std::string_view name) {
    return {.name = name,
            .content = {{{"name"}, 1, 1}, {{"uri"}, 0, 1}, {{"email"}, 0, 1}, {extension, 0, unbounded}},
            .order = Order::interleave,
            .attributes = common()};
}

ElementRule text_only(std::string_view name, ValueCheck check = nullptr) {
    return {.name = name, .text = TextRule::value, .text_check = check, .attributes = common()};
}

const std::vector<ElementRule>& rules() {
    static const std::vector<ElementRule> table = {
        {.name = "feed",
         .content = {{{"author"}, 0, unbounded},
                     {{"category"}, 0, unbounded},
                     {{"contributor"}, 0, unbounded},
                     {{"generator"}, 0, 1},
                     {{"icon"}, 0, 1},
                     {{"id"}, 1, 1},
                     {{"link"}, 0, unbounded},
                     {{"logo"}, 0, 1},
                     {{"rights"}, 0, 1},
                     {{"subtitle"}, 0, 1},
                     {{"title"}, 1, 1},
                     {{"updated"}, 1, 1},
                     {extension, 0, unbounded},
                     {{"entry"}, 0, unbounded}},
         .order = Order::interleave,
         .trailing_slots = 1,
         .attributes = common()},
        {.name = "entry",
         .content = {{{"author"}, 0, unbounded},
                     {{"category"}, 0, unbounded},
                     {{"content"}, 0, 1},
                     {{"contributor"}, 0, unbounded},
                     {{"id"}, 1, 1},
                     {{"link"}, 0, unbounded},
                     {{"published"}, 0, 1},
                     {{"rights"}, 0, 1},
                     {{"source"}, 0, 1},
                     {{"summary"}, 0, 1},
                     {{"title"}, 1, 1},
                     {{"updated"}, 1, 1},
                     {extension, 0, unbounded}},
         .order = Order::interleave,
         .attributes = common()},
        {.name = "source",
         .content = {{{"author"}, 0, unbounded},
                     {{"category"}, 0, unbounded},
                     {{"contributor"}, 0, unbounded},
                     {{"generator"}, 0, 1},
                     {{"icon"}, 0, 1},
                     {{"id"}, 0, 1},
                     {{"link"}, 0, unbounded},
                     {{"logo"}, 0, 1},
                     {{"rights"}, 0, 1},
                     {{"subtitle"}, 0, 1},
                     {{"title"}, 0, 1},
                     {{"updated"}, 0, 1},
                     {extension, 0, unbounded}},
         .order = Order::interleave,
         .attributes = common()},
        person("author"),
        person("contributor"),
        text_only("name"),
        text_only("uri"),
        text_only("email", check_email),
        text_construct("title"),
        text_construct("subtitle"),
        text_construct("rights"),
        text_construct("summary"),
        {.name = "content", .text = TextRule::mixed, .attributes = common({{"type"}, {"src"}}), .skip_children = true},
        text_only("updated", check_date),
        text_only("published", check_date),
        text_only("id"),
        text_only("icon"),
        text_only("logo"),
        {.name = "generator", .text = TextRule::value, .attributes = common({{"uri"}, {"version"}})},
        // undefinedContent: text and elements of other namespaces.
        {.name = "category",
         .content = {{extension, 0, unbounded}},
         .text = TextRule::mixed,
         .attributes = common({{"term", nullptr, true}, {"scheme"}, {"label"}})},
        {.name = "link",
         .content = {{extension, 0, unbounded}},
         .text = TextRule::mixed,
         .attributes = common({{"href", nullptr, true},
                               {"rel"},
                               {"type", check_atom_media_type},
                               {"hreflang", check_language_tag},
                               {"title"},
                               {"length"}})},
    };
    return table;
}

}  // namespace

ValueProblem check_atom_media_type(std::string_view value) {
    auto slash = value.find('/', 1);
    bool ok = slash != std::string_view::npos && slash + 1 < value.size() &&
              value.find_first_of("\n\r") == std::string_view::npos;
    return ok ? std::nullopt : std::optional<std::string>(quoted_value(value) + " is not a media type (type/subtype)");
}

RuleTable atom_rule_table() { return {feed_ns::atom, rules()}; }

}  // namespace wirekit
