// Bad ninjs input: a precise error (exit 65) with line and column or the
// path of the value, never a crash or a hang.
#include <catch2/catch.hpp>

#include "ninjs/ninjs_reader.hpp"
#include "report/error.hpp"
#include "support/options.hpp"

using namespace wirekit;
using namespace wirekit::test;

namespace {

// The error reading TEXT, as printed.
std::string error_of(const std::string& text) {
    Diagnostics diag;
    try {
        read_ninjs(text, read_options(diag, "bad.ninjs"));
    } catch (const Error& e) {
        CHECK(e.code() == Exit::data);
        return e.format();
    }
    return "no error";
}

}  // namespace

TEST_CASE("ninjs errors: invalid JSON names line and column", "[ninjs]") {
    CHECK(error_of("{\n  \"uri\": \"urn:a\",\n  \"headlines\": [\n}").starts_with("bad.ninjs:4:1: error: invalid JSON"));
    CHECK(error_of("{\"uri\": \"urn:a\"}\n{\"uri\": \"urn:b\",}\n").starts_with("bad.ninjs:2:"));
    CHECK(error_of("").find("empty input") != std::string::npos);
    CHECK(error_of("[1, 2]").find("[0]: expected an object, got 1") != std::string::npos);
}

TEST_CASE("ninjs errors: a value of the wrong type names its path", "[ninjs]") {
    CHECK(error_of(R"({"uri": 42})") == "bad.ninjs: error: uri: expected a string, got 42");
    CHECK(error_of(R"({"uri": "urn:a", "headlines": [{"role": "main", "value": 7}]})") ==
          "bad.ninjs: error: headlines[0].value: expected a string, got 7");
    CHECK(error_of(R"({"uri": "urn:a", "headlines": [{"role": "main"}]})") ==
          "bad.ninjs: error: headlines[0]: missing \"value\"");
    CHECK(error_of(R"({"uri": "urn:a", "urgency": "high"})") ==
          "bad.ninjs: error: urgency: expected an integer, got \"high\"");
    CHECK(error_of(R"({"uri": "urn:a", "urgency": 2.5})") == "bad.ninjs: error: urgency: expected an integer, got 2.5");
    CHECK(error_of(R"({"uri": "urn:a", "versioncreated": "yesterday"})") ==
          "bad.ninjs: error: versioncreated: expected an RFC 3339 date-time, got \"yesterday\"");
    CHECK(error_of(R"({"uri": "urn:a", "subjects": "x"})") == "bad.ninjs: error: subjects: expected an array, got \"x\"");
    CHECK(error_of(R"({"uri": "urn:a", "renditions": [{"name": "m", "width": 10.5}]})") ==
          "bad.ninjs: error: renditions[0].width: expected a whole number, got 10.5");
    CHECK(error_of("{\"uri\": \"urn:a\"}\n{\"uri\": \"urn:b\", \"by\": []}\n") ==
          "bad.ninjs:2: error: by: expected a string, got an array");
    CHECK(error_of(R"({"uri": "urn:a", "versionCreated": "2024-01-01T00:00:00Z", "infoSources": [{"name": 1}]})") ==
          "bad.ninjs: error: infoSources[0].name: expected a string, got 1");
}

TEST_CASE("ninjs errors: deep nesting and invalid UTF-8", "[ninjs]") {
    CHECK(error_of(std::string(100000, '[') + std::string(100000, ']')).find("nested deeper than 512 levels") !=
          std::string::npos);
    CHECK(error_of("{\"uri\": \"urn:a\", \"by\": \"" + std::string(100000, '{') + "\"}") == "no error");
    CHECK(error_of("{\"uri\": \"urn:a\", \"by\": \"caf\xE9\"}").starts_with("bad.ninjs:1:"));
    CHECK(error_of("{\"uri\": \"urn:a\", \"by\": \"\xF0\x9F\x93\"}").find("invalid JSON") != std::string::npos);
}

namespace {

void reads_a_huge_headline(std::size_t bytes) {
    std::string text = "{\"uri\": \"urn:a\", \"headlines\": [{\"value\": \"" + std::string(bytes, 'x') + "\"}]}";
    Diagnostics diag;
    Document doc = read_ninjs(text, read_options(diag));
    REQUIRE(doc.articles.size() == 1);
    CHECK(doc.articles[0].headline.size() == bytes);
}

}  // namespace

TEST_CASE("ninjs errors: a long string reads", "[ninjs]") { reads_a_huge_headline(std::size_t{8} << 20); }

// The acceptance figure, run with the sanitizer build: wirekit_tests "[huge]".
// Hidden from the normal suite, which it would slow down by seconds.
TEST_CASE("ninjs errors: a 100 MB string reads", "[.][huge]") { reads_a_huge_headline(std::size_t{100} << 20); }

TEST_CASE("ninjs leniency: an object where an array belongs is a list of one, with a warning", "[ninjs]") {
    // IPTC's own 3.0 event-timeline sample writes "events": {...}.
    const std::string text = R"({"uri": "urn:a", "headlines": [{"role": "main", "value": "Fair opens"}],
        "events": {"name": "Harbour fair", "uri": "http://example.com/events/fair"}})";
    Diagnostics diag;
    Document doc = read_ninjs(text, read_options(diag, "lenient.ninjs"));
    REQUIRE(doc.articles.at(0).subjects.size() == 1);
    CHECK(doc.articles[0].subjects[0].name == "Harbour fair");
    CHECK(doc.articles[0].subjects[0].kind == "event");
    bool warned = false;
    for (const auto& d : diag.all())
        warned = warned || d.format() == "lenient.ninjs: warning: events: an object where an array belongs; read as a list of one";
    CHECK(warned);
    ReadOptions strict = read_options(diag, "bad.ninjs");
    strict.strict = true;
    CHECK_THROWS_WITH(read_ninjs(text, strict), "events: expected an array, got an object");
}
