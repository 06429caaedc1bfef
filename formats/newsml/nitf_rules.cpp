#include <initializer_list>

#include "newsml/newsml_names.hpp"
#include "newsml/newsml_rules.hpp"

// Written from nitf-3-6.xsd, for the NITF that NewsML-G2 items carry in
// inlineXML: the document structure, the head and body heads, the block
// content and the inline text of paragraphs and headlines. Elements the table
// leaves out (tables, media, the metadata of docdata, ...) are checked only
// where their parents allow them.
namespace wirekit {

namespace {

using Attributes = std::vector<AttributeRule>;
using Names = std::vector<std::string_view>;

Attributes join(std::initializer_list<Attributes> groups) {
    Attributes all;
    for (const auto& group : groups) all.insert(all.end(), group.begin(), group.end());
    return all;
}

Names join_names(std::initializer_list<Names> groups) {
    Names all;
    for (const auto& group : groups) all.insert(all.end(), group.begin(), group.end());
    return all;
}

ValueProblem check_one_of(std::string_view value, std::initializer_list<std::string_view> allowed) {
    std::string list;
    for (auto a : allowed) {
        if (value == a) return std::nullopt;
        list += (list.empty() ? "" : ", ") + std::string(a);
    }
    return quoted_value(value) + " is not one of " + list;
}

ValueProblem check_title_type(std::string_view value) {
    return check_one_of(value, {"main", "subtitle", "parttitle", "alternate", "abbrev", "other"});
}
ValueProblem check_tagline_type(std::string_view value) { return check_one_of(value, {"std", "pa", "npa"}); }
ValueProblem check_nowrap(std::string_view value) { return check_one_of(value, {"nowrap"}); }

const Attributes global = {{"id", check_xs_id}};
const Attributes common = {{"id", check_xs_id}, {"class"}, {"style"}, {"xml:lang"}};

// The groups enrichedText (inline) and blockContent.
const Names enriched_text = {"chron", "classifier", "copyrite", "event", "function", "location", "money",
                             "num", "object.title", "org", "person", "postaddr", "virtloc", "a",
                             "br", "em", "lang", "pronounce", "q", other_namespace};
const Names block_content = {"p", "hl2", "table", "nitf-table", "media", "ol", "ul", "dl", "bq", "fn", "note", "pre", "hr"};

// Mixed text with the elements NAMES.
ElementRule inline_text(std::string_view name, Names names, Attributes more = {}) {
    return {.name = name,
            .content = {{std::move(names), 0, unbounded}},
            .text = TextRule::mixed,
            .attributes = join({common, more})};
}

const std::vector<ElementRule>& rules() {
    static const std::vector<ElementRule> table = {
        {.name = "nitf",
         .content = {{{"head"}, 0, 1}, {{"body"}, 1, 1}, {{other_namespace}, 0, unbounded}},
         .attributes = join({global,
                             {{"uno"},
                              {"version", nullptr, false, "-//IPTC//DTD NITF 3.6//EN"},
                              {"change.date", nullptr, false, "September 11, 2009"},
                              {"change.time", nullptr, false, "12:26"},
                              {"baselang"}}})},
        {.name = "head",
         .content = {{{"title"}, 0, 1},
                     {{"meta"}, 0, unbounded},
                     {{"tobject"}, 0, 1},
                     {{"iim"}, 0, 1},
                     {{"docdata"}, 0, 1},
                     {{"pubdata"}, 0, unbounded},
                     {{"revision-history"}, 0, unbounded},
                     {{other_namespace}, 0, unbounded}},
         .attributes = global},
        {.name = "head/title", .text = TextRule::value, .attributes = join({global, {{"type", check_title_type}}})},
        {.name = "body",
         .content = {{{"body.head"}, 0, 1}, {{"body.content"}, 0, unbounded}, {{"body.end"}, 0, 1}},
         .attributes = common},
        {.name = "body.head",
         .content = {{{"hedline"}, 0, unbounded},
                     {{"note"}, 0, unbounded},
                     {{"rights"}, 0, 1},
                     {{"byline"}, 0, unbounded},
                     {{"distributor"}, 0, 1},
                     {{"dateline"}, 0, unbounded},
                     {{"abstract"}, 0, unbounded},
                     {{"series"}, 0, 1},
                     {{other_namespace}, 0, unbounded}},
         .attributes = global},
        {.name = "hedline", .content = {{{"hl1"}, 1, 1}, {{"hl2"}, 0, unbounded}}, .attributes = common},
        inline_text("hl1", enriched_text),
        inline_text("hl2", enriched_text),
        inline_text("byline", {"person", "byttl", "location", "virtloc"}),
        inline_text("distributor", {"org"}),
        inline_text("dateline", {"location", "story.date"}),
        {.name = "abstract", .content = {{block_content, 1, unbounded}}, .attributes = common},
        {.name = "body.content", .content = {{join_names({{"block"}, block_content}), 0, unbounded}}, .attributes = global},
        {.name = "block",
         .content = {{{"tobject"}, 0, 1},
                     {{"key-list"}, 0, 1},
                     {{"classifier"}, 0, unbounded},
                     {{"byline"}, 0, 1},
                     {{"dateline"}, 0, 1},
                     {{"copyrite"}, 0, 1},
                     {{"abstract"}, 0, unbounded},
                     {block_content, 0, unbounded},
                     {{"datasource"}, 0, 1},
                     {{other_namespace}, 0, unbounded}},
         .attributes = common},
        inline_text("p", enriched_text, {{"lede"}, {"summary"}, {"optional-text"}}),
        inline_text("a", enriched_text, {{"href"}, {"name"}, {"rel"}, {"rev"}, {"title"}}),
        inline_text("em", enriched_text),
        inline_text("li", join_names({enriched_text, block_content})),
        {.name = "ul", .content = {{{"li"}, 0, unbounded}}, .attributes = common},
        {.name = "ol", .content = {{{"li"}, 0, unbounded}}, .attributes = join({common, {{"seqnum"}}})},
        {.name = "bq",
         .content = {{{"block", "credit"}, 0, unbounded}},
         .attributes = join({common, {{"nowrap", check_nowrap}, {"quote-source"}}})},
        {.name = "body.end",
         .content = {{{"tagline"}, 0, 1}, {{"bibliography"}, 0, 1}, {{other_namespace}, 0, unbounded}},
         .attributes = global},
        inline_text("tagline", enriched_text, {{"type", check_tagline_type}}),
    };
    return table;
}

}  // namespace

RuleTable nitf_rule_table() { return {newsml::nitf_ns, rules()}; }

}  // namespace wirekit
