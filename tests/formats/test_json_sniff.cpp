// Content sniffing for json and jsonl, alone and among the other formats.
#include <catch2/catch.hpp>

#include "support/options.hpp"
#include "json/json_reader.hpp"
#include "json/json_writer.hpp"
#include "registry/detect.hpp"
#include "test_json_fixture.hpp"

using namespace wirekit;

namespace {

std::string_view prefix_of(std::string_view bytes) { return bytes.substr(0, sniff_prefix_size); }

std::string detected(const std::string& bytes) {
    const FormatInfo* format = detect_input_format("-", bytes, "").format;
    return format ? std::string(format->id) : std::string("none");
}

Document typical_document(int articles) {
    Document doc;
    doc.feed.title = "Wire";
    for (int i = 0; i < articles; ++i) doc.articles.push_back(test::typical_article(i));
    return doc;
}

}  // namespace

TEST_CASE("sniff: a json document", "[json]") {
    Diagnostics diag;
    const std::string pretty = write_json(typical_document(2), test::write_options(diag));
    CHECK(sniff_json(prefix_of(pretty)) == 95);
    CHECK(sniff_jsonl(prefix_of(pretty)) == 0);
    CHECK(detected(pretty) == "json");

    const std::string one_line = R"({"wirekit":1,"articles":[{"headline":"x"}]})" "\n";  // jq -c
    CHECK(sniff_json(one_line) == 95);
    CHECK(sniff_jsonl(one_line) == 0);
    CHECK(detected(one_line) == "json");

    // Without the version key, "articles" with article keys will do ...
    CHECK(sniff_json(R"({"articles": [{"id": "a", "headline": "H"}]})") == 90);
    // ... but not "articles" alone: other APIs (NewsAPI) use it too.
    CHECK(sniff_json(R"({"status": "ok", "articles": [{"title": "T", "author": "A"}]})") == 50);
    CHECK(sniff_json("{\"title\": \"some other JSON\"}") == 20);
    // A key inside a string value does not count.
    CHECK(sniff_json(R"({"note": "say \"wirekit\": 1 here"})") == 20);
}

TEST_CASE("sniff: json lines", "[json]") {
    Diagnostics diag;
    const std::string lines = write_jsonl(typical_document(3), test::write_options(diag));
    CHECK(sniff_jsonl(prefix_of(lines)) == 95);  // several lines, and "body" is an array
    CHECK(sniff_json(prefix_of(lines)) == 20);
    CHECK(detected(lines) == "jsonl");

    // A first line longer than the prefix cannot be parsed: its keys must decide.
    Document long_articles = typical_document(2);
    for (auto& article : long_articles.articles) {
        const Body twice = article.body;
        article.body.insert(article.body.end(), twice.begin(), twice.end());
    }
    const std::string long_lines = write_jsonl(long_articles, test::write_options(diag));
    REQUIRE(long_lines.find('\n') > sniff_prefix_size);
    CHECK(sniff_jsonl(prefix_of(long_lines)) == 70);
    CHECK(detected(long_lines) == "jsonl");

    const std::string short_lines = "{\"id\":\"a\",\"headline\":\"A\"}\n{\"id\":\"b\",\"headline\":\"B\"}\n";
    CHECK(sniff_jsonl(short_lines) == 85);
    CHECK(detected(short_lines) == "jsonl");
    CHECK(sniff_jsonl("{\"id\":\"a\",\"body\":[{\"kind\":\"rule\"}],\"pub_status\":\"usable\"}\r\n{\"id\":\"b\"}") == 95);

    // One object with article keys, alone.
    CHECK(sniff_jsonl("{\"id\":\"a\",\"headline\":\"A\"}\n") == 60);
    CHECK(sniff_jsonl("{\"id\":\"a\",\"headline\":\"A\",\"version_created\":\"2023-06-06\"}") == 70);
    CHECK(detected("{\"id\":\"a\",\"headline\":\"A\"}\n") == "jsonl");

    // Not article lines.
    CHECK(sniff_jsonl("{\"level\":\"info\",\"msg\":\"x\"}\n{\"level\":\"info\"}\n") == 10);
    CHECK(sniff_jsonl("{\"id\":17,\"msg\":\"x\"}\n") == 10);  // "id" alone is not enough
    CHECK(sniff_jsonl("{\"id\":\"a\",\"headline\":\"A\",}\n{}\n") == 10);  // a broken first line
    CHECK(sniff_jsonl("{\n  \"id\": \"a\",\n  \"headline\": \"A\"\n}\n") == 0);  // pretty-printed: one document
}

TEST_CASE("sniff: other inputs score nothing and never throw", "[json]") {
    for (std::string_view other : {"", "   ", "[1,2]", "<?xml version=\"1.0\"?><rss/>", "HEADLINE\n\nLONDON (Reuters) - Text.",
                                   "\xEF\xBB\xBF", "\"wirekit\": 1", "null"}) {
        INFO(other);
        CHECK(sniff_json(other) == 0);
        CHECK(sniff_jsonl(other) == 0);
    }
    // Every cut of real output, and some garbage, is handled.
    Diagnostics diag;
    const std::string lines = write_jsonl(test::full_document(), test::write_options(diag));
    const std::string pretty = write_json(test::full_document(), test::write_options(diag));
    for (std::size_t n = 0; n <= std::min(lines.size(), sniff_prefix_size); ++n) {
        for (const std::string* text : {&lines, &pretty}) {
            int json = sniff_json(std::string_view(*text).substr(0, n));
            int jsonl = sniff_jsonl(std::string_view(*text).substr(0, n));
            CHECK((json >= 0 && json <= 100 && jsonl >= 0 && jsonl <= 100));
        }
    }
    std::string garbage = "{\"id\":\"";
    for (int i = 0; i < 4096; ++i) garbage += static_cast<char>((i * 7919) % 256);
    CHECK_NOTHROW(sniff_json(prefix_of(garbage)));
    CHECK_NOTHROW(sniff_jsonl(prefix_of(garbage)));
    const std::string deep = "{\"id\":\"a\",\"headline\":" + std::string(4000, '[') + "\n{}";
    CHECK(sniff_jsonl(prefix_of(deep)) == 10);
}
