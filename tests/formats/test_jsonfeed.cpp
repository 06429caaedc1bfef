// The JSON Feed reader and writer: the spec's and the schemas' examples and
// gofeed's inputs (golden model files), the mapping, round trips, detection
// and bad input.
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <filesystem>

#include "dispatch/dispatch_reader.hpp"
#include "json/json_reader.hpp"
#include "json/json_writer.hpp"
#include "jsonfeed/jsonfeed_reader.hpp"
#include "jsonfeed/jsonfeed_writer.hpp"
#include "registry/detect.hpp"
#include "report/error.hpp"
#include "support/golden.hpp"
#include "support/options.hpp"
#include "support/paths.hpp"
#include "time/datetime.hpp"

using namespace wirekit;
using namespace wirekit::test;
using nlohmann::json;

namespace {

struct Io {
    Diagnostics diag;
    ReadOptions read = read_options(diag, "in.feed.json");
    WriteOptions write = write_options(diag);

    bool noted(std::string_view text) const {
        return std::any_of(diag.all().begin(), diag.all().end(),
                           [&](const Diagnostic& d) { return d.message.find(text) != std::string::npos; });
    }
};

// Every JSON Feed input with the name of its golden file: the schemas'
// examples, and gofeed's test inputs (not its expected outputs).
std::vector<std::pair<std::string, std::string>> feed_inputs() {
    std::vector<std::pair<std::string, std::string>> out;
    for (const auto& file : files_in(shared_path("formats-ref/jsonfeed/examples"), ".json"))
        out.emplace_back(file, std::filesystem::path(file).filename().string());
    for (const char* dir : {"parser/json", "parser/universal", "translator/json"}) {
        for (const auto& file : files_in(shared_path("corpus/feeds/gofeed/") + dir, ".json")) {
            std::string name = std::filesystem::path(file).filename().string();
            if (name.ends_with("_expected.json") || name == "invalid.json") continue;
            std::string prefix = std::string("gofeed-") + dir;
            std::replace(prefix.begin(), prefix.end(), '/', '-');
            out.emplace_back(file, prefix + "-" + name);
        }
    }
    return out;
}

const std::string sample = "samples/night-market-kaohsiung.feed.json";

std::string error_of(const std::string& text) {
    Diagnostics diag;
    try {
        read_jsonfeed(text, read_options(diag, "bad.feed.json"));
    } catch (const Error& e) {
        CHECK(e.code() == Exit::data);
        return e.format();
    }
    return "no error";
}

}  // namespace

TEST_CASE("jsonfeed: every example and gofeed input reads, matching its golden model file", "[jsonfeed]") {
    const auto inputs = feed_inputs();
    REQUIRE(inputs.size() == 21);
    std::vector<std::string> goldens;
    for (const auto& [input, name] : inputs) {
        INFO(input);
        Io io;
        const Document doc = read_jsonfeed(read_file(input), io.read);
        const std::string golden = source_path("tests/golden/jsonfeed-json/" + name);
        CHECK(matches_golden(golden, write_json(doc, io.write)));
        goldens.push_back(golden);
    }
    std::sort(goldens.begin(), goldens.end());
    CHECK(files_in(source_path("tests/golden/jsonfeed-json"), ".json") == goldens);
}

TEST_CASE("jsonfeed: the sample reads and writes back byte for byte, also through json", "[jsonfeed]") {
    Io io;
    const std::string text = read_file(source_path(sample));
    const Document doc = read_jsonfeed(text, io.read);
    REQUIRE(doc.articles.size() == 2);
    const Article& a = doc.articles[0];
    CHECK(a.headline == "Night market returns to Pier-2 after harbour works");
    CHECK(a.authors.size() == 2);
    CHECK(a.keywords.size() == 3);
    CHECK(a.media.size() == 3);
    CHECK(doc.feed.hub_url == "https://hub.harbourlantern.example/");
    CHECK(doc.articles[1].links.at(0).href == "https://ferries.example/kaohsiung/cijin/timetable");
    CHECK(doc.articles[1].language == "zh-TW");
    CHECK(a.language == "en");  // the feed's

    CHECK(write_jsonfeed(doc, io.write) == text);
    const Document via_json = read_json(write_json(doc, io.write), io.read);
    CHECK(via_json == doc);
    CHECK(write_jsonfeed(via_json, io.write) == text);
}

TEST_CASE("jsonfeed: round trips keep every field JSON Feed has", "[jsonfeed]") {
    for (const auto& [input, name] : feed_inputs()) {
        INFO(input);
        Io io;
        const Document original = read_jsonfeed(read_file(input), io.read);
        const std::string first = write_jsonfeed(original, io.write);
        // The original and our output say the same, up to what 1.1 renamed.
        json in = json::parse(read_file(input));
        json out = json::parse(first);
        CHECK(in.value("title", "") == out.value("title", ""));
        for (const char* key :
             {"home_page_url", "feed_url", "description", "user_comment", "next_url", "icon", "favicon", "language"})
            CHECK(in.value(key, json()) == out.value(key, json()));
        // Items without an id are discarded, as the spec says.
        json with_id = json::array();
        for (const auto& item : in["items"])
            if (item.contains("id")) with_id.push_back(item);
        in["items"] = with_id;
        REQUIRE(in["items"].size() == out["items"].size());
        for (std::size_t i = 0; i < in["items"].size(); ++i) {
            const json& from = in["items"][i];
            const json& to = out["items"][i];
            for (const char* key : {"url", "external_url", "title", "summary", "image", "banner_image", "tags"})
                CHECK(from.value(key, json()) == to.value(key, json()));
            CHECK(from.value("id", json()).dump().find(to["id"].get<std::string>()) != std::string::npos);
            const bool has_authors = from.contains("authors") || from.contains("author");
            CHECK(has_authors == to.contains("authors"));
            if (from.contains("content_text") && !from.contains("content_html"))
                CHECK(to["content_text"] == from["content_text"]);
            if (from.contains("attachments")) CHECK(from["attachments"].size() == to["attachments"].size());
        }
        // ... and our own output is a fixed point, through json too.
        const Document again = read_jsonfeed(first, io.read);
        CHECK(write_jsonfeed(again, io.write) == first);
        CHECK(write_jsonfeed(read_json(write_json(again, io.write), io.read), io.write) == first);
    }
}

TEST_CASE("jsonfeed: a dispatch as a feed of one item", "[jsonfeed]") {
    Io io;
    const Document doc = read_dispatch(read_file(shared_path("corpus/dispatch/lavrov-dushanbe-sputnik.txt")), io.read);
    const json out = json::parse(write_jsonfeed(doc, io.write));
    CHECK(out["version"] == "https://jsonfeed.org/version/1.1");
    CHECK(out["title"] == "Pakistan Point News / Sputnik");  // derived from the credit line
    CHECK(out["language"] == "en");
    REQUIRE(out["items"].size() == 1);
    const json& item = out["items"][0];
    CHECK(item["id"] == doc.articles[0].id);
    CHECK_FALSE(item.contains("language"));  // the feed's
    CHECK(item["content_html"].get<std::string>().starts_with("<p>Building a dialogue"));
    CHECK(item["content_text"].get<std::string>().starts_with("Building a dialogue"));
    CHECK(io.noted("the feed has no title"));
    CHECK(io.noted("jsonfeed cannot carry, dropped: type, dateline, located, creditline, sources"));
}

TEST_CASE("jsonfeed: versions, deprecated author, numeric ids and items without id", "[jsonfeed]") {
    Io io;
    const Document doc = read_jsonfeed(R"({"version": "https://jsonfeed.org/version/1", "title": "T",
        "author": {"name": "A", "url": "mailto:a@example.org"},
        "items": [{"id": 42, "content_text": "x"}, {"content_text": "no id"}, {"id": " ", "content_text": "blank"}]})",
                                       io.read);
    REQUIRE(doc.feed.authors.size() == 1);
    CHECK(doc.feed.authors[0].email == "a@example.org");
    REQUIRE(doc.articles.size() == 1);
    CHECK(doc.articles[0].id == "42");
    CHECK(io.noted("item without id discarded"));
    CHECK_FALSE(io.noted("unknown version"));

    Io bare;
    read_jsonfeed(R"({"version": "1.1", "title": "T", "items": []})", bare.read);
    CHECK(bare.diag.all().empty());
    read_jsonfeed(R"({"version": "https://jsonfeed.org/version/2", "title": "T", "items": [], "colour": 1})", bare.read);
    CHECK(bare.noted("unknown version"));
    CHECK(bare.noted("colour: unknown key ignored"));
}

TEST_CASE("jsonfeed: what the writer derives and leaves out", "[jsonfeed]") {
    Io io;
    Document doc;
    Article& a = doc.articles.emplace_back();
    a.headline = "No id, no body";
    a.summary = "Only a summary.";
    a.first_created = parse_rfc3339("2024-06-11");
    Media clip;
    clip.url = "https://example.org/a.mp3";
    clip.role = "enclosure";
    clip.bytes = 1000;
    clip.duration = 90.5;
    clip.caption = "Clip";
    a.media.push_back(clip);
    Media relative;
    relative.url = "/relative.png";
    relative.mime_type = "image/png";
    a.media.push_back(relative);
    a.extensions.push_back({"jsonfeed", "_bad.key", "{}"});
    a.extensions.push_back({"jsonfeed", "_scalar", "5"});
    const json out = json::parse(write_jsonfeed(doc, io.write));
    const json& item = out["items"][0];
    CHECK(item["id"].get<std::string>().starts_with("urn:uuid:"));
    CHECK(item["content_text"] == "Only a summary.");
    CHECK(item["date_published"] == "2024-06-11T00:00:00Z");
    CHECK(item["attachments"] ==
          json::parse(R"([{"url": "https://example.org/a.mp3", "mime_type": "audio/mpeg", "title": "Clip",
                                                  "size_in_bytes": 1000, "duration_in_seconds": 90.5}])"));
    CHECK_FALSE(item.contains("_bad.key"));
    CHECK_FALSE(item.contains("_scalar"));
    CHECK(io.noted("\"/relative.png\" is not an absolute URL"));
    CHECK(io.noted("extension _scalar is not an object"));
    // Reading it back: content_text that repeats the summary is no body.
    Io back;
    CHECK(read_jsonfeed(out.dump(), back.read).articles[0].body.empty());
}

TEST_CASE("jsonfeed: detection of every example and gofeed input", "[jsonfeed]") {
    for (const auto& [input, name] : feed_inputs()) {
        INFO(input);
        CHECK(std::string(detect_input_format(input, read_file(input), "").format->id) == "jsonfeed");
    }
    CHECK(std::string(detect_input_format("-", read_file(source_path(sample)), "").format->id) == "jsonfeed");
    CHECK(sniff_jsonfeed(R"({"version": "https://jsonfeed.org/version/1.1", "title": "T")") == 99);
    CHECK(sniff_jsonfeed(R"({"version": "1.1", "items": [])") == 95);
    CHECK(sniff_jsonfeed(R"({"wirekit": 1, "articles": []})") == 0);
    CHECK(sniff_jsonfeed(R"({"version": "2", "uri": "urn:a", "headlines": []})") == 0);
    CHECK(sniff_jsonfeed("[") == 0);
}

TEST_CASE("jsonfeed errors: invalid JSON, wrong types, depth, UTF-8", "[jsonfeed]") {
    for (const char* file :
         {"corpus/feeds/gofeed/parser/json/invalid/invalid.json", "corpus/feeds/gofeed/parser/universal/invalid.json"})
        CHECK(error_of(read_file(shared_path(file))).starts_with("bad.feed.json:3:1: error: invalid JSON"));
    CHECK(error_of(R"({"version": "1.1", "title": 5, "items": []})") ==
          "bad.feed.json: error: title: expected a string, got 5");
    CHECK(error_of(R"({"version": "1.1", "items": [{"id": "a", "tags": ["x", 2]}]})") ==
          "bad.feed.json: error: items[0].tags[1]: expected a string, got 2");
    CHECK(error_of(R"({"version": "1.1", "items": [{"id": "a", "attachments": [{"url": "u", "size_in_bytes": "big"}]}]})") ==
          "bad.feed.json: error: items[0].attachments[0].size_in_bytes: expected a number, got \"big\"");
    CHECK(error_of(R"({"version": "1.1", "items": [{"id": {"a": 1}}]})") ==
          "bad.feed.json: error: items[0].id: expected a string, got an object");
    CHECK(error_of(R"({"version": "1.1", "items": "none"})") == "bad.feed.json: error: items: expected an array, got \"none\"");
    CHECK(error_of(std::string(100000, '[')).find("nested deeper than 512 levels") != std::string::npos);
    CHECK(error_of("{\"version\": \"1.1\", \"title\": \"\xC3\x28\", \"items\": []}").starts_with("bad.feed.json:1:"));

    // A bad date is a warning (the spec asks readers to cope), an error with --strict.
    Diagnostics diag;
    ReadOptions options = read_options(diag, "in");
    const Document doc =
        read_jsonfeed(R"({"version": "1.1", "items": [{"id": "a", "date_published": "Tue, 11 Jun 2024 09:15:30 +0200",
                                           "date_modified": "soon"}]})",
                      options);
    CHECK(doc.articles[0].published == parse_rfc3339("2024-06-11T09:15:30+02:00"));
    CHECK_FALSE(doc.articles[0].updated);
    options.strict = true;
    CHECK_THROWS_AS(read_jsonfeed(R"({"version": "1.1", "items": [{"id": "a", "date_modified": "soon"}]})", options), Error);
}

// The acceptance figure, run with the sanitizer build: wirekit_tests "[huge]".
TEST_CASE("jsonfeed errors: a 100 MB string reads", "[.][huge]") {
    const std::string text = R"({"version": "1.1", "title": "T", "items": [{"id": "a", "content_text": ")" +
                             std::string(std::size_t{100} << 20, 'x') + R"("}]})";
    Diagnostics diag;
    const Document doc = read_jsonfeed(text, read_options(diag));
    REQUIRE(doc.articles.size() == 1);
    CHECK(doc.articles[0].body.size() == 1);
}

TEST_CASE("jsonfeed: whole numbers of seconds are written as integers, as readers like gofeed want", "[jsonfeed]") {
    Diagnostics diag;
    Document doc;
    doc.feed.title = "Harbour Hour";
    Article a;
    a.id = "urn:ep12";
    a.headline = "Episode 12";
    Media whole;
    whole.url = "https://harbour.example/12.mp3";
    whole.mime_type = "audio/mpeg";
    whole.duration = 3156.0;
    Media part = whole;
    part.url = "https://harbour.example/12-short.mp3";
    part.duration = 12.5;
    a.media = {whole, part};
    doc.articles.push_back(a);
    std::string out = write_jsonfeed(doc, test::write_options(diag));
    CHECK(out.find("\"duration_in_seconds\": 3156\n") != std::string::npos);
    CHECK(out.find("\"duration_in_seconds\": 12.5") != std::string::npos);
    CHECK(out.find("3156.0") == std::string::npos);
    Document back = read_jsonfeed(out, test::read_options(diag));
    CHECK(back.articles.at(0).media.at(0).duration == 3156.0);
}
