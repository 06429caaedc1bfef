// What the json and jsonl readers refuse, and how precisely they say so.
#include <catch2/catch.hpp>

#include "json/json_reader.hpp"
#include "json/json_writer.hpp"
#include "report/error.hpp"
#include "test_json_fixture.hpp"

using namespace wirekit;

namespace {

struct Refusal {
    std::string message;
    std::size_t line = 0;
    std::size_t column = 0;
    Exit code = Exit::ok;
};

template <class Read>
Refusal refusal(Read read, std::string_view input) {
    Diagnostics diag;
    ReadOptions options;
    options.source = "in.json";
    options.diag = &diag;
    try {
        read(input, options);
    } catch (const Error& e) {
        CHECK(e.source() == "in.json");
        return {e.what(), e.line(), e.column(), e.code()};
    }
    FAIL("no error for: " << input);
    return {};
}

Refusal json_refusal(std::string_view input) { return refusal(read_json, input); }
Refusal jsonl_refusal(std::string_view input) { return refusal(read_jsonl, input); }

std::string one_article(std::string_view members) {
    return "{\"wirekit\": 1, \"articles\": [" + std::string(members) + "]}";
}

}  // namespace

TEST_CASE("json reader: malformed JSON is refused at its line and column", "[json]") {
    auto r = json_refusal("{\n  \"wirekit\": 1,\n  \"articles\": [tru]\n}\n");
    CHECK(r.code == Exit::data);
    CHECK(r.line == 3);
    CHECK(r.column == 19);
    CHECK(r.message.starts_with("invalid JSON: syntax error while parsing value - invalid literal"));

    r = json_refusal("{\"wirekit\": 1, \"articles\": []");  // cut short
    CHECK(r.line == 1);
    CHECK(r.column == 30);  // just after the last character
    CHECK(r.message.find("unexpected end of input") != std::string::npos);

    r = json_refusal("\xEF\xBB\xBF{\"a\":\n\"caf\xC3\xA9 \xFF\"}");  // columns count characters, after the BOM
    CHECK(r.line == 2);
    CHECK(r.column == 7);
    CHECK(r.message.find("ill-formed UTF-8") != std::string::npos);

    r = json_refusal("{\"wirekit\": 1, \"articles\": [{\"urgency\": 1e400}]}");
    CHECK(r.code == Exit::data);
    CHECK(r.column == 41);
    CHECK(r.message.find("number overflow") != std::string::npos);

    CHECK(json_refusal("").message.find("unexpected end of input") != std::string::npos);
    CHECK(json_refusal("{} {}").message.find("expected end of input") != std::string::npos);
}

TEST_CASE("json reader: a value of the wrong type names its path", "[json]") {
    CHECK(json_refusal(one_article(R"({"urgency": "high"})")).message ==
          "articles[0].urgency: expected an integer, got \"high\"");
    CHECK(json_refusal(one_article(R"({"urgency": 2.5})")).message == "articles[0].urgency: expected an integer, got 2.5");
    CHECK(json_refusal(one_article(R"({"urgency": 4294967296})")).message ==
          "articles[0].urgency: expected an integer from -2147483648 to 2147483647, got 4294967296");
    CHECK(json_refusal(one_article(R"({"media": [{"bytes": 18446744073709551615}]})")).message ==
          "articles[0].media[0].bytes: expected an integer from -9223372036854775808 to 9223372036854775807, got "
          "18446744073709551615");
    CHECK(json_refusal(one_article(R"({}, {"headline": 7})")).message == "articles[1].headline: expected a string, got 7");
    CHECK(json_refusal(one_article(R"({"keywords": "a, b"})")).message ==
          "articles[0].keywords: expected an array, got \"a, b\"");
    CHECK(json_refusal(one_article(R"({"keywords": ["a", null]})")).message ==
          "articles[0].keywords[1]: expected a string, got null");
    CHECK(json_refusal(one_article(R"({"dateline": "LONDON"})")).message ==
          "articles[0].dateline: expected an object, got \"LONDON\"");
    CHECK(json_refusal(one_article(R"({"dateline": {"date": "6 June 2023"}})")).message ==
          "articles[0].dateline.date: expected an RFC 3339 date or date-time, got \"6 June 2023\"");
    CHECK(json_refusal(one_article(R"({"media": [{"duration": "93s"}]})")).message ==
          "articles[0].media[0].duration: expected a number, got \"93s\"");
    CHECK(json_refusal(one_article(R"({"body": [{"kind": "list", "ordered": "yes"}]})")).message ==
          "articles[0].body[0].ordered: expected true or false, got \"yes\"");
    CHECK(json_refusal(R"({"wirekit": 1, "feed": {"ttl": "15"}, "articles": []})").message ==
          "feed.ttl: expected an integer, got \"15\"");
    CHECK(json_refusal(R"({"wirekit": 1, "articles": {}})").message == "articles: expected an array, got an object");
    CHECK(json_refusal(one_article("[]")).message == "articles[0]: expected an object, got an array");
    CHECK(json_refusal("[]").message == "expected an object, got an array");
    CHECK(json_refusal(one_article(R"({"urgency": ")" + std::string(60, 'x') + "\"}")).message ==
          "articles[0].urgency: expected an integer, got \"" + std::string(40, 'x') + "\"…");
    // Type errors have no line in a json document (the path says where) ...
    CHECK(json_refusal(one_article(R"({"urgency": "high"})")).line == 0);
}

TEST_CASE("json reader: the body tree is checked too", "[json]") {
    CHECK(json_refusal(one_article(R"({"body": [{"kind": "para"}]})")).message ==
          "articles[0].body[0].kind: unknown block kind \"para\" (known: paragraph, heading, quote, list, list_item, "
          "preformatted, rule, table, table_row, table_cell)");
    CHECK(json_refusal(one_article(R"({"body": [{"inlines": ["x"]}]})")).message == "articles[0].body[0]: missing \"kind\"");
    CHECK(json_refusal(one_article(R"({"body": ["text"]})")).message ==
          "articles[0].body[0]: expected an object, got \"text\"");
    CHECK(json_refusal(one_article(
                           R"({"body": [{"kind": "quote", "children": [{"kind": "paragraph", "inlines": ["a", 1]}]}]})"))
              .message == "articles[0].body[0].children[0].inlines[1]: expected an object, got 1");
    CHECK(json_refusal(one_article(R"({"body": [{"kind": "paragraph", "inlines": [{"kind": "bold"}]}]})")).message ==
          "articles[0].body[0].inlines[0].kind: unknown inline kind \"bold\" (known: text, emphasis, strong, link, "
          "line_break)");
    CHECK(json_refusal(one_article(R"({"body": [{"kind": "heading", "level": "2"}]})")).message ==
          "articles[0].body[0].level: expected an integer, got \"2\"");
}

TEST_CASE("json reader: the version key", "[json]") {
    CHECK(json_refusal(R"({"wirekit": 2, "articles": []})").message ==
          "wirekit: version 2 is not supported (this wirekit reads version 1)");
    CHECK(json_refusal(R"({"wirekit": "1", "articles": []})").message == "wirekit: expected an integer, got \"1\"");
    CHECK(json_refusal(R"({"headline": "a lone article"})").message ==
          "not a wirekit json document: it has neither a \"wirekit\" nor an \"articles\" key");

    Diagnostics diag;
    ReadOptions options;
    options.source = "in.json";
    options.diag = &diag;
    CHECK(read_json(R"({"articles": [{"id": "x"}]})", options).articles.at(0).id == "x");
    REQUIRE(diag.all().size() == 1);
    CHECK(diag.all()[0].severity == Diagnostic::Severity::note);
    CHECK(diag.all()[0].message.find("no \"wirekit\" version key") != std::string::npos);
}

TEST_CASE("json reader: unknown keys are warned about and ignored", "[json]") {
    Diagnostics diag;
    ReadOptions options;
    options.source = "in.json";
    options.diag = &diag;
    Document doc = read_json(R"({"wirekit": 1, "generator": "x", "feed": {"title": "T", "color": "red"},
        "articles": [{"id": "a", "headline_text": "H", "body": [{"kind": "rule", "style": {"deep": [1]}}]}]})",
                             options);
    CHECK(doc.feed.title == "T");
    REQUIRE(doc.articles.size() == 1);
    CHECK(doc.articles[0].id == "a");
    CHECK(doc.articles[0].headline.empty());
    CHECK(doc.articles[0].body == Body{Block{Block::Kind::rule, 0, false, {}, {}}});
    std::vector<std::string> messages;
    for (const auto& d : diag.all()) {
        CHECK(d.severity == Diagnostic::Severity::warning);
        CHECK(d.source == "in.json");
        messages.push_back(d.message);
    }
    CHECK(messages == std::vector<std::string>{"feed.color: unknown key ignored", "articles[0].body[0].style: unknown key ignored",
                                               "articles[0].headline_text: unknown key ignored",
                                               "generator: unknown key ignored"});
}

TEST_CASE("jsonl reader: errors name the line", "[json]") {
    auto r = jsonl_refusal("{\"id\":\"a\"}\n\n{\"id\":\"b\",}\n");
    CHECK(r.line == 3);
    CHECK(r.column == 11);
    CHECK(r.message.starts_with("invalid JSON: "));

    r = jsonl_refusal("{\"id\":\"a\"}\r\n{\"id\":\"b\"}\r\n{\"urgency\":\"high\"}\r\n");
    CHECK(r.line == 3);
    CHECK(r.column == 0);
    CHECK(r.message == "urgency: expected an integer, got \"high\"");

    r = jsonl_refusal("{\"id\":\"a\"}\n{\"id\":\"b\"\r\n");  // cut short: the CR is not a line of its own
    CHECK(r.line == 2);
    CHECK(r.column == 10);

    CHECK(jsonl_refusal("{}\n[1]\n").message == "expected an object, got an array");
    r = jsonl_refusal("{}\n{\"wirekit\":1,\"articles\":[]}\n");
    CHECK(r.line == 2);
    CHECK(r.message.find("read it as json") != std::string::npos);
    // Two objects on one line are not two records.
    CHECK(jsonl_refusal("{} {}\n").message.find("expected end of input") != std::string::npos);

    Diagnostics diag;
    ReadOptions options;
    options.source = "in.jsonl";
    options.diag = &diag;
    read_jsonl("{}\n{\"colour\":1}\n", options);
    REQUIRE(diag.all().size() == 1);
    CHECK(diag.all()[0].line == 2);
    CHECK(diag.all()[0].message == "colour: unknown key ignored");
}

TEST_CASE("json readers: deep nesting is refused, not a crash", "[json]") {
    const std::string deep = std::string(100000, '[') + std::string(100000, ']');
    auto r = json_refusal(deep);
    CHECK(r.code == Exit::data);
    CHECK(r.line == 1);
    CHECK(r.column == 513);
    CHECK(r.message == "JSON nested deeper than 512 levels");

    r = jsonl_refusal("{}\n{\"body\":" + std::string(5000, '[') + "\n");
    CHECK(r.line == 2);
    CHECK(r.message == "JSON nested deeper than 512 levels");

    // Brackets inside strings do not count.
    Diagnostics diag;
    ReadOptions options;
    options.source = "in.json";
    options.diag = &diag;
    const std::string brackets = std::string(2000, '[') + "\\\"{";
    CHECK(read_jsonl("{\"headline\":\"" + brackets + "\"}", options).articles.at(0).headline == std::string(2000, '[') + "\"{");
}

TEST_CASE("json readers: the deepest body the limit allows reads and writes back", "[json]") {
    // Each quote level costs two JSON levels (the block and its children array).
    Block innermost = test::paragraph("deep");
    for (int i = 0; i < 250; ++i) innermost = Block{Block::Kind::quote, 0, false, {}, {innermost}};
    Document doc;
    doc.articles.push_back(Article{});
    doc.articles[0].body.push_back(innermost);
    Diagnostics diag;
    WriteOptions wo;
    wo.diag = &diag;
    ReadOptions ro;
    ro.source = "in.json";
    ro.diag = &diag;
    const std::string json = write_json(doc, wo);
    CHECK(read_json(json, ro) == doc);
    CHECK(read_jsonl(write_jsonl(doc, wo), ro) == doc);
}

TEST_CASE("jsonl reader: a large input reads in one pass", "[json]") {
    Document doc;
    for (int i = 0; i < 5000; ++i) doc.articles.push_back(test::typical_article(i));
    Diagnostics diag;
    WriteOptions wo;
    wo.diag = &diag;
    const std::string lines = write_jsonl(doc, wo);
    CHECK(lines.size() > 5000 * 1500);
    ReadOptions ro;
    ro.source = "big.jsonl";
    ro.diag = &diag;
    CHECK(read_jsonl(lines, ro) == doc);
    CHECK(diag.all().empty());
}
