// `wirekit validate` for JSON Feed: the spec's rules, each problem at its place.
#include <catch2/catch.hpp>

#include "jsonfeed/jsonfeed_validate.hpp"
#include "support/findings_text.hpp"

using namespace wirekit;
using wirekit::test::validate_text;
using Lines = std::vector<std::string>;

namespace {

Lines check(std::string_view text) { return validate_text(validate_jsonfeed, text); }

}  // namespace

TEST_CASE("jsonfeed validate: a complete 1.1 feed with extensions is valid") {
    CHECK(check(R"({"version": "https://jsonfeed.org/version/1.1", "title": "T",
        "authors": [{"name": "A", "_x": {"k": 1}}], "_ext": {"about": "https://example.org/"},
        "items": [{"id": "1", "content_text": "x", "date_published": "2024-03-12T08:00:00+01:00",
                   "attachments": [{"url": "https://example.org/a.mp3", "mime_type": "audio/mpeg"}]}]})") == Lines{});
    CHECK(check(R"({"version": "https://jsonfeed.org/version/1", "title": "T", "items": []})") == Lines{});
}

TEST_CASE("jsonfeed validate: required members and the version") {
    CHECK(check(R"({"version": "1.1",
"items": [{"title": "x"}]})") ==
          Lines{"1:1: error: missing required member \"title\"",
                "1:2: error: version: expected one of \"https://jsonfeed.org/version/1\", \"https://jsonfeed.org/version/1.1\", got \"1.1\"",
                "1:2: error: version: expected an absolute URI, got \"1.1\"",
                "2:11: error: items[0]: missing required member \"id\"",
                "2:11: error: items[0]: missing required member \"content_html\" or \"content_text\""});
}

TEST_CASE("jsonfeed validate: types, formats and unknown members") {
    Lines found = check(R"({"version": "https://jsonfeed.org/version/1.1", "title": "T", "home_page_url": "home",
"items": [{"id": 2, "content_html": "<p>", "date_modified": "2024-02-30T10:00:00Z", "tags": "food",
"authors": [{}], "attachments": [{"url": "https://example.org/a"}]}], "feed.x": true, "_bad.ext": {}})");
    CHECK(found ==
          Lines{"1:63: error: home_page_url: expected an absolute URI, got \"home\"",
                "2:12: error: items[0].id: expected a string, got 2",
                "2:44: error: items[0].date_modified: expected an RFC 3339 date-time such as 2024-03-12T08:00:00Z, got \"2024-02-30T10:00:00Z\"",
                "2:85: error: items[0].tags: expected an array, got \"food\"",
                "3:13: error: items[0].authors[0]: expected a non-empty object",
                "3:34: error: items[0].attachments[0]: missing required member \"mime_type\"",
                "3:71: error: feed.x: unknown member (not allowed here)",
                "3:87: error: _bad.ext: unknown member (not allowed here)"});
}

TEST_CASE("jsonfeed validate: what is not JSON is one finding at its place") {
    CHECK(check("{\n  \"title\": \"T\",\n  \"items\": [}\n") == Lines{"3:13: error: invalid JSON: syntax error while parsing value - unexpected '}'; expected '[', '{', or a literal"});
    CHECK(check("[]") == Lines{"1:1: error: expected an object, got an array"});
    CHECK(check(" \n") == Lines{"0:0: error: empty input: no JSON value"});
}
