#include <catch2/catch.hpp>

#include <string>
#include <string_view>

#include "json/json_emitter.hpp"

using namespace wirekit;

namespace {

// {"plain":"as is","escaped":"a\"b\\c\nd","empty":"","list":["first",1,2.5,true,null],"nested":{}}
// with the member names and the strings that need no escape written by key
// and string, or (PLAIN) by plain_key and plain_string.
std::string sample(JsonEmitter::Style style, bool plain) {
    std::string out;
    JsonEmitter json(out, style);
    auto key = [&](std::string_view name) { plain ? json.plain_key(name) : json.key(name); };
    auto as_is = [&](std::string_view text) { plain ? json.plain_string(text) : json.string(text); };
    json.begin_object();
    key("plain");
    as_is("as is");
    key("escaped");
    json.string("a\"b\\c\nd");
    key("empty");
    as_is(std::string_view());
    key("list");
    json.begin_array();
    as_is("first");
    json.integer(1);
    json.number(2.5);
    json.boolean(true);
    json.null();
    json.end_array();
    key("nested");
    json.begin_object();
    json.end_object();
    json.end_object();
    return out;
}

}  // namespace

TEST_CASE("JSON emitter: compact and pretty, strings escaped only where they must be", "[json]") {
    CHECK(sample(JsonEmitter::Style::compact, false) ==
          R"({"plain":"as is","escaped":"a\"b\\c\nd","empty":"","list":["first",1,2.5,true,null],"nested":{}})");
    CHECK(sample(JsonEmitter::Style::pretty, false) ==
          "{\n  \"plain\": \"as is\",\n  \"escaped\": \"a\\\"b\\\\c\\nd\",\n  \"empty\": \"\",\n  \"list\": [\n    \"first\",\n    1,\n"
          "    2.5,\n    true,\n    null\n  ],\n  \"nested\": {}\n}");
}

TEST_CASE("JSON emitter: plain_key and plain_string write what key and string write", "[json]") {
    for (auto style : {JsonEmitter::Style::compact, JsonEmitter::Style::pretty})
        CHECK(sample(style, true) == sample(style, false));
}

TEST_CASE("JSON emitter: invalid UTF-8 becomes U+FFFD and is counted; controls are escaped", "[json]") {
    std::string out;
    JsonEmitter json(out, JsonEmitter::Style::compact);
    json.string("ok \xC3\xA9 \xFF end \x01");
    CHECK(out == "\"ok \xC3\xA9 \xEF\xBF\xBD end \\u0001\"");
    CHECK(json.replaced_sequences() == 1);
}

TEST_CASE("JSON emitter: each top-level value is in OUT once complete, and the caller writes between them", "[json]") {
    std::string out;
    JsonEmitter json(out, JsonEmitter::Style::compact);
    json.integer(1);
    CHECK(out == "1");
    out += '\n';
    json.string("two");
    out += '\n';
    json.begin_object();
    json.plain_key("three");
    json.boolean(false);
    json.end_object();
    out += '\n';
    CHECK(out == "1\n\"two\"\n{\"three\":false}\n");
}

TEST_CASE("JSON emitter: strings and documents longer than its buffer come out whole", "[json]") {
    // Plain runs longer than the 4 KiB pieces a string is copied in, a
    // character across the end of the first piece, escapes and an invalid byte.
    const std::string text = std::string(4095, 'a') + "\xC3\xA9" + std::string(4000, 'b') + "\"\n" + std::string(5000, 'c') +
                             "\xFF" + std::string(3000, 'd') + "\\" + std::string(9000, 'e');
    const std::string expected = "\"" + std::string(4095, 'a') + "\xC3\xA9" + std::string(4000, 'b') + "\\\"\\n" +
                                 std::string(5000, 'c') + "\xEF\xBF\xBD" + std::string(3000, 'd') + "\\\\" +
                                 std::string(9000, 'e') + "\"";
    std::string out;
    JsonEmitter json(out, JsonEmitter::Style::compact);
    json.string(text);
    CHECK(out == expected);
    CHECK(json.replaced_sequences() == 1);

    // Ten thousand members: many times the buffer, spilled as it fills.
    std::string document, expected_document = "[";
    JsonEmitter many(document, JsonEmitter::Style::compact);
    many.begin_array();
    for (int i = 0; i < 10000; ++i) {
        many.plain_string("member");
        expected_document += i ? ",\"member\"" : "\"member\"";
    }
    many.end_array();
    expected_document += ']';
    CHECK(document == expected_document);
}
