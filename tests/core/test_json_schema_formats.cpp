// The formats the bundled JSON schemas assert: RFC 3339 date-times and absolute URIs.
#include <catch2/catch.hpp>

#include "schema/json_schema_formats.hpp"

using namespace wirekit;

TEST_CASE("json schema formats: RFC 3339 date-times", "[json_schema]") {
    CHECK(is_json_date_time("2024-03-12T08:00:00Z"));
    CHECK(is_json_date_time("2024-03-12t08:00:00.125+05:30"));
    CHECK(is_json_date_time("2024-02-29T23:59:60-00:00"));    // a leap second, at the end of a UTC day
    CHECK(is_json_date_time("1998-12-31T15:59:60.123-08:00"));
    CHECK_FALSE(is_json_date_time("1998-12-31T23:58:60Z"));    // a leap second on a wrong minute
    CHECK_FALSE(is_json_date_time("2023-02-29T10:00:00Z"));    // no such day
    CHECK_FALSE(is_json_date_time("2024-03-12T08:00:00"));     // no zone
    CHECK_FALSE(is_json_date_time("2024-03-12T08:00Z"));       // no seconds
    CHECK_FALSE(is_json_date_time("2024-03-12 08:00:00Z"));
    CHECK_FALSE(is_json_date_time("2024-03-12T08:00:00+0530"));
    CHECK_FALSE(is_json_date_time("2024-03-12T24:00:00Z"));
    CHECK_FALSE(is_json_date_time("2024-03-12T08:00:00Z\n"));
    CHECK_FALSE(is_json_date_time("2024-03-12"));
}

TEST_CASE("json schema formats: uri is an absolute URI, other formats pass", "[json_schema]") {
    CHECK(passes_json_format("uri", "https://example.org/a?b#c"));
    CHECK(passes_json_format("uri", "urn:uuid:60a76c80-d399-11d9-b93C-0003939e0af6"));
    CHECK_FALSE(passes_json_format("uri", "renditions-example"));
    CHECK_FALSE(passes_json_format("uri", "https://example.org/a b"));
    CHECK(passes_json_format("email", "not checked"));
}
