// The "format" checks JSON schemas ask of strings, as the reference validator does them.
#include <catch2/catch.hpp>

#include "json/json_shape.hpp"

using namespace wirekit;

TEST_CASE("json shape: RFC 3339 date-times") {
    CHECK(is_json_date_time("2024-03-12T08:00:00Z"));
    CHECK(is_json_date_time("2024-03-12t08:00:00.125+05:30"));
    CHECK(is_json_date_time("2024-02-29T23:59:60-00:00"));
    CHECK_FALSE(is_json_date_time("2023-02-29T10:00:00Z"));  // no such day
    CHECK_FALSE(is_json_date_time("2024-03-12T08:00:00"));   // no zone
    CHECK_FALSE(is_json_date_time("2024-03-12T08:00Z"));     // no seconds
    CHECK_FALSE(is_json_date_time("2024-03-12 08:00:00Z"));
    CHECK_FALSE(is_json_date_time("2024-03-12T08:00:00+0530"));
    CHECK_FALSE(is_json_date_time("2024-03-12T24:00:00Z"));
    CHECK_FALSE(is_json_date_time("2024-03-12"));
}

TEST_CASE("json shape: type names in messages") {
    CHECK(json_types_name(json_type_string) == "a string");
    CHECK(json_types_name(json_type_integer | json_type_null) == "an integer or null");
    CHECK(json_types_name(json_type_number | json_type_integer) == "a number");
    CHECK(json_types_name(json_type_any) == "any value");
}
