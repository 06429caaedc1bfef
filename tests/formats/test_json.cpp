// The json and jsonl writers and readers: round trips, the exact shape of the
// output, and what is left out.
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "json/json_reader.hpp"
#include "json/json_writer.hpp"
#include "report/diagnostics.hpp"
#include "test_json_fixture.hpp"

using namespace wirekit;
using namespace wirekit::test;

namespace {

struct Io {
    Diagnostics diag;
    ReadOptions read;
    WriteOptions write;

    Io() {
        read.source = "in.json";
        read.diag = &diag;
        write.diag = &diag;
    }
};

}  // namespace

TEST_CASE("json: a fully populated document round-trips exactly", "[json]") {
    Io io;
    const Document doc = full_document();
    const std::string first = write_json(doc, io.write);
    const Document back = read_json(first, io.read);
    CHECK(back.feed == doc.feed);
    REQUIRE(back.articles.size() == doc.articles.size());
    CHECK(back.articles[0].body == doc.articles[0].body);
    CHECK(back.articles[0] == doc.articles[0]);
    CHECK(back == doc);
    CHECK(write_json(back, io.write) == first);
    CHECK(io.diag.all().empty());
}

TEST_CASE("jsonl: articles round-trip exactly, one per line", "[json]") {
    Io io;
    Document doc = full_document();
    const std::string lines = write_jsonl(doc, io.write);
    CHECK(std::count(lines.begin(), lines.end(), '\n') == 3);
    CHECK(lines.ends_with("\n{}\n"));  // the empty article
    const Document back = read_jsonl(lines, io.read);
    CHECK(back.articles == doc.articles);
    CHECK(back.feed == FeedInfo{});
    CHECK(write_jsonl(back, io.write) == lines);
}

TEST_CASE("jsonl: feed information is left out, with a note", "[json]") {
    Io io;
    CHECK(write_jsonl(full_document(), io.write).find("Example News: World") == std::string::npos);
    REQUIRE(io.diag.all().size() == 1);
    CHECK(io.diag.all()[0].message.find("feed") != std::string::npos);

    Io quiet;
    Document no_feed;
    no_feed.articles.push_back(typical_article(1));
    write_jsonl(no_feed, quiet.write);
    CHECK(quiet.diag.all().empty());
}

TEST_CASE("json: an empty document", "[json]") {
    Io io;
    const std::string out = write_json(Document{}, io.write);
    CHECK(out == "{\n  \"wirekit\": 1,\n  \"articles\": []\n}\n");
    CHECK(read_json(out, io.read) == Document{});
    CHECK(write_jsonl(Document{}, io.write).empty());
    CHECK(read_jsonl("", io.read) == Document{});
}

TEST_CASE("json: exact output for a small article", "[json]") {
    Io io;
    Document doc;
    doc.feed.title = "Wire";
    Article a;
    a.id = "a1";
    a.headline = "Rates held";
    a.body = {Block{Block::Kind::heading, 2, false, {text("Outlook")}, {}},
              paragraph({text("Prices "), span(Inline::Kind::strong, {text("eased")}), text(".")}),
              Block{Block::Kind::list, 0, true, {}, {Block{Block::Kind::list_item, 0, false, {}, {paragraph("one")}}}},
              Block{Block::Kind::rule, 0, false, {}, {}}};
    a.dateline.place = "LONDON";  // a dateline without text is still written
    a.published = date("2023-06-06T10:31:00+01:00");
    a.urgency = 3;
    a.subjects = {{"medtop", "20000763", "", "", "", 0}};
    a.extensions = {{"dispatch", "flag", ""}};
    doc.articles.push_back(a);
    // Keys in model order, not alphabetical; empty fields left out.
    CHECK(write_json(doc, io.write) == R"({
  "wirekit": 1,
  "feed": {
    "title": "Wire"
  },
  "articles": [
    {
      "id": "a1",
      "headline": "Rates held",
      "body": [
        {
          "kind": "heading",
          "level": 2,
          "inlines": [
            "Outlook"
          ]
        },
        {
          "kind": "paragraph",
          "inlines": [
            "Prices ",
            {
              "kind": "strong",
              "children": [
                "eased"
              ]
            },
            "."
          ]
        },
        {
          "kind": "list",
          "ordered": true,
          "children": [
            {
              "kind": "list_item",
              "children": [
                {
                  "kind": "paragraph",
                  "inlines": [
                    "one"
                  ]
                }
              ]
            }
          ]
        },
        {
          "kind": "rule"
        }
      ],
      "dateline": {
        "place": "LONDON"
      },
      "published": "2023-06-06T10:31:00+01:00",
      "urgency": 3,
      "subjects": [
        {
          "scheme": "medtop",
          "code": "20000763",
          "relevance": 0
        }
      ],
      "extensions": [
        {
          "format": "dispatch",
          "key": "flag"
        }
      ]
    }
  ]
}
)");
    CHECK(write_jsonl(doc, io.write) ==
          R"({"id":"a1","headline":"Rates held","body":[{"kind":"heading","level":2,"inlines":["Outlook"]},)"
          R"({"kind":"paragraph","inlines":["Prices ",{"kind":"strong","children":["eased"]},"."]},)"
          R"({"kind":"list","ordered":true,"children":[{"kind":"list_item","children":[{"kind":"paragraph","inlines":["one"]}]}]},)"
          R"({"kind":"rule"}],"dateline":{"place":"LONDON"},"published":"2023-06-06T10:31:00+01:00","urgency":3,)"
          R"("subjects":[{"scheme":"medtop","code":"20000763","relevance":0}],"extensions":[{"format":"dispatch","key":"flag"}]})"
          "\n");
}

TEST_CASE("json: every date shape is written as its RFC 3339 text", "[json]") {
    Io io;
    Document doc;
    doc.articles.push_back(full_article());
    const std::string out = write_json(doc, io.write);
    for (const char* expected : {R"("date": "2023-06-06")", R"("first_created": "2023-06-06T10:00:00Z")",
                                 R"("version_created": "2023-06-06T10:30:00.250+05:00")",
                                 R"("content_created": "2023-06-06T09:59:59")",
                                 R"("published": "2023-06-06T10:31:00.000001-03:30")", R"("updated": "2023-06-06T12:00:00.10Z")",
                                 R"("embargoed": "2023-06-07")"}) {
        INFO(expected);
        CHECK(out.find(expected) != std::string::npos);
    }
}

TEST_CASE("json: the layout is exactly nlohmann's and jq's", "[json]") {
    // Re-indenting our output with a standard tool must change nothing.
    Io io;
    const Document doc = full_document();
    const std::string pretty = write_json(doc, io.write);
    CHECK(nlohmann::ordered_json::parse(pretty).dump(2) + "\n" == pretty);
    const std::string lines = write_jsonl(doc, io.write);
    std::size_t start = 0;
    for (std::size_t end = lines.find('\n'); end != std::string::npos; start = end + 1, end = lines.find('\n', start)) {
        const std::string line = lines.substr(start, end - start);
        CHECK(nlohmann::ordered_json::parse(line).dump() == line);
    }
}

TEST_CASE("json: numbers keep their type and value", "[json]") {
    Io io;
    Document doc;
    Article a;
    a.urgency = std::numeric_limits<int>::min();
    a.priority = std::numeric_limits<int>::max();
    a.media = {Media{}, Media{}, Media{}};
    a.media[0].bytes = std::numeric_limits<long long>::max();
    a.media[0].width = std::numeric_limits<long long>::min();
    a.media[0].duration = 30.0;
    a.media[1].duration = 0.1;
    a.media[2].duration = 1e22;
    doc.articles.push_back(a);
    const std::string out = write_jsonl(doc, io.write);
    CHECK(out.find(R"("urgency":-2147483648,"priority":2147483647)") != std::string::npos);
    CHECK(out.find(R"("width":-9223372036854775808,"bytes":9223372036854775807,"duration":30.0)") != std::string::npos);
    CHECK(out.find(R"("duration":0.1})") != std::string::npos);
    CHECK(out.find(R"("duration":1e+22})") != std::string::npos);
    CHECK(read_jsonl(out, io.read) == doc);
}

TEST_CASE("json: strings are escaped as JSON requires and no more", "[json]") {
    Io io;
    Document doc;
    Article a;
    a.headline = std::string("q\" b\\ s/ nl\n cr\r tab\t bs\b ff\f nul") + '\0' + " x1f\x1f del\x7f \u2028 é";
    doc.articles.push_back(a);
    const std::string out = write_jsonl(doc, io.write);
    CHECK(out == "{\"headline\":\"q\\\" b\\\\ s/ nl\\n cr\\r tab\\t bs\\b ff\\f nul\\u0000 x1f\\u001f del\x7f \u2028 é\"}\n");
    CHECK(read_jsonl(out, io.read) == doc);
}

TEST_CASE("json: invalid UTF-8 is written as U+FFFD, with a warning", "[json]") {
    Io io;
    Document doc;
    Article a;
    a.headline = "bad \xff byte, truncated \xe2\x82, overlong \xc0\xaf, real \xEF\xBF\xBD";
    doc.articles.push_back(a);
    const std::string out = write_jsonl(doc, io.write);
    CHECK(out == "{\"headline\":\"bad \xEF\xBF\xBD byte, truncated \xEF\xBF\xBD\xEF\xBF\xBD, overlong \xEF\xBF\xBD\xEF\xBF\xBD, "
                 "real \xEF\xBF\xBD\"}\n");
    REQUIRE(io.diag.all().size() == 1);
    CHECK(io.diag.all()[0].severity == Diagnostic::Severity::warning);
    CHECK(io.diag.all()[0].message.starts_with("5 invalid UTF-8"));
    CHECK_NOTHROW(read_jsonl(out, io.read));
}

TEST_CASE("json: what the writer cannot say exactly is reported", "[json]") {
    Io io;
    Document doc;
    Article a;
    a.media = {Media{}};
    a.media[0].url = "u";
    a.media[0].duration = std::numeric_limits<double>::infinity();
    DateTime odd = date("2023-06-06");
    odd.has_offset = true;  // a bare date with an offset: RFC 3339 has no such thing
    odd.offset_minutes = 60;
    a.published = odd;
    doc.articles.push_back(a);
    const std::string out = write_jsonl(doc, io.write);
    CHECK(out == R"({"published":"2023-06-06","media":[{"url":"u"}]})" "\n");
    REQUIRE(io.diag.all().size() == 2);
    CHECK(io.diag.all()[0].message.starts_with("articles[0].published: date has no exact RFC 3339 form"));
    CHECK(io.diag.all()[1].message.starts_with("articles[0].media[0].duration: "));
}

TEST_CASE("jsonl reader: blank lines, CRLF, a BOM and a missing final newline", "[json]") {
    Io io;
    const std::string input = "\xEF\xBB\xBF{\"id\":\"a\"}\r\n\r\n   \n{\"id\":\"b\",\"headline\":\"B\"}\n\t\n{\"id\":\"c\"}";
    const Document doc = read_jsonl(input, io.read);
    REQUIRE(doc.articles.size() == 3);
    CHECK(doc.articles[0].id == "a");
    CHECK(doc.articles[1].headline == "B");
    CHECK(doc.articles[2].id == "c");
    CHECK(io.diag.all().empty());
}

TEST_CASE("json reader: null means absent, and a BOM is fine", "[json]") {
    Io io;
    const Document doc = read_json(
        "\xEF\xBB\xBF{\"wirekit\": 1, \"feed\": null, \"articles\": [{\"id\": null, \"urgency\": null, \"dateline\": null, "
        "\"body\": [{\"kind\": \"paragraph\", \"inlines\": null}]}]}",
        io.read);
    REQUIRE(doc.articles.size() == 1);
    CHECK(doc.articles[0].id.empty());
    CHECK_FALSE(doc.articles[0].urgency);
    CHECK(doc.articles[0].body == Body{Block{}});
    CHECK(io.diag.all().empty());
}

TEST_CASE("json reader: a text run may also be written as an object", "[json]") {
    Io io;
    const Document doc =
        read_jsonl(R"({"body":[{"kind":"paragraph","inlines":["a",{"kind":"text","text":"b"},{"kind":"line_break"}]}]})", io.read);
    REQUIRE(doc.articles.size() == 1);
    CHECK(doc.articles[0].body[0].inlines == std::vector<Inline>{text("a"), text("b"), Inline{Inline::Kind::line_break, {}, {}, {}}});
    // ... and is written back in the short form.
    CHECK(write_jsonl(doc, io.write) == R"({"body":[{"kind":"paragraph","inlines":["a","b",{"kind":"line_break"}]}]})" "\n");
}
