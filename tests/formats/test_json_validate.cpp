// `wirekit validate` for wirekit's own json and jsonl: the rules of
// formats/json/wirekit.schema.json (bundled), each problem at its place.
#include <catch2/catch.hpp>

#include "json/json_validate.hpp"
#include "json/json_writer.hpp"
#include "support/findings_text.hpp"

using namespace wirekit;
using wirekit::test::validate_text;
using Lines = std::vector<std::string>;

TEST_CASE("json validate: what the writers write is valid") {
    Document doc;
    doc.feed.title = "Harbour news";
    Article a;
    a.id = "urn:x";
    a.headline = "Strike";
    a.urgency = 3;
    doc.articles.push_back(a);
    Diagnostics diag;
    WriteOptions options;
    options.diag = &diag;
    CHECK(validate_text(validate_json, write_json(doc, options)) == Lines{});
    CHECK(validate_text(validate_jsonl, write_jsonl(doc, options)) == Lines{});
}

TEST_CASE("json validate: the document's members, empty text and dates") {
    CHECK(validate_text(validate_json, R"({"wirekit": 2, "feed": {},
"articles": [{"headline": "", "published": "12 March 2024", "urgency": 3.5, "keywords": [],
"dateline": {"place": "R", "weather": "cold"}}], "extra": 1})") ==
          Lines{"1:2: error: wirekit: expected 1, got 2",
                "1:16: error: feed: expected a non-empty object",
                "2:15: error: articles[0].headline: expected a non-empty string",
                "2:31: error: articles[0].published: expected a string matching the pattern "
                "^[0-9]{4}-[0-9]{2}-[0-9]{2}(T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]+)?(Z|[+-][0-9]{2}:[0-9]{2})?)?$, got \"12 March 2024\"",
                "2:61: error: articles[0].urgency: expected an integer, got 3.5",
                "2:77: error: articles[0].keywords: expected a non-empty array",
                "3:28: error: articles[0].dateline.weather: unknown member (not allowed here)",
                "3:50: error: extra: unknown member (not allowed here)"});
    CHECK(validate_text(validate_json, R"({"articles": []})") == Lines{"1:1: error: missing required member \"wirekit\""});
}

TEST_CASE("json validate: body blocks and inline runs") {
    CHECK(validate_text(validate_json, R"({"wirekit": 1, "articles": [{"body": [
{"kind": "paragraph", "inlines": [{"kind": "text"}, {"kind": "text", "href": "https://example.org/"}, 5]},
{"kind": "figure", "level": 0, "ordered": false},
{"kind": "list", "children": []}]}]})") ==
          Lines{"2:35: error: articles[0].body[0].inlines[0]: missing required member \"href\" or \"children\"",
                "2:103: error: articles[0].body[0].inlines[2]: expected a string or an object, got 5",
                "3:2: error: articles[0].body[1].kind: expected one of \"paragraph\", \"heading\", \"quote\", \"list\", \"list_item\", \"preformatted\", \"rule\", \"table\", \"table_row\", \"table_cell\", got \"figure\"",
                "3:20: error: articles[0].body[1].level: expected anything but 0",
                "3:32: error: articles[0].body[1].ordered: expected true, got false",
                "4:18: error: articles[0].body[2].children: expected a non-empty array"});
}

TEST_CASE("json validate: jsonl checks each line as one article") {
    CHECK(validate_text(validate_jsonl, "{\"id\":\"a\"}\n{\"id\":\"b\",\"headline\":7}\n\n{\"wirekit\":1,\"articles\":[]}\n") ==
          Lines{"2:11: error: headline: expected a string, got 7",
                "4:2: error: wirekit: unknown member (not allowed here)",
                "4:14: error: articles: unknown member (not allowed here)"});
}
