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
