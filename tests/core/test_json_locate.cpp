// Where a value of a parsed JSON text is, for validators' findings.
#include <catch2/catch.hpp>

#include "json/json_locate.hpp"

using namespace wirekit;

namespace {

std::string at(JsonLocations& locations, const std::string& path) {
    LineColumn where = locations.at(path);
    return std::to_string(where.line) + ":" + std::to_string(where.column);
}

}  // namespace

TEST_CASE("json locate: members at their keys, elements at their first character") {
    std::string text = "{\n  \"a\": [1, {\"b\": \"x,]}\"}, [true]],\n  \"c\\\"d\": {\"é\": null}\n}";
    JsonLocations locations(text);
    CHECK(at(locations, "a") == "2:3");
    CHECK(at(locations, "a[0]") == "2:9");
    CHECK(at(locations, "a[1]") == "2:12");
    CHECK(at(locations, "a[1].b") == "2:13");
    CHECK(at(locations, "a[2]") == "2:27");
    CHECK(at(locations, "a[2][0]") == "2:28");
    CHECK(at(locations, "c\"d") == "3:3");
    CHECK(at(locations, "c\"d.é") == "3:12");
    CHECK(at(locations, "nowhere") == "1:1");
}

TEST_CASE("json locate: a JSON Lines record counts lines from its own") {
    JsonLocations locations("{\"id\": 1, \"x\": 2}", 7);
    CHECK(at(locations, "x") == "7:11");
}
