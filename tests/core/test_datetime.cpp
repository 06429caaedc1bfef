#include <catch2/catch.hpp>

#include "time/datetime.hpp"

using namespace wirekit;

TEST_CASE("RFC 3339 parses and formats back", "[datetime]") {
    for (const char* s : {"2023-06-06", "2023-06-06T10:00:00Z", "2023-06-06T10:00:00+05:00",
                          "2023-06-06T10:00:00.250-03:30", "2023-06-06T10:00:00"}) {
        auto dt = parse_rfc3339(s);
        REQUIRE(dt);
        CHECK(format_rfc3339(*dt) == s);
    }
}

TEST_CASE("W3CDTF variants seen in feeds are accepted", "[datetime]") {
    auto dt = parse_rfc3339(" 2014-08-29T09:15:00+0200 ");
    REQUIRE(dt);
    CHECK(dt->offset_minutes == 120);
    CHECK(format_rfc3339(*dt) == "2014-08-29T09:15:00+02:00");
    CHECK(format_rfc3339(*parse_rfc3339("2014-08-29T09:15")) == "2014-08-29T09:15:00");
    CHECK(format_rfc3339(*parse_rfc3339("2014")) == "2014-01-01");
}

TEST_CASE("invalid dates are refused", "[datetime]") {
    for (const char* s : {"", "2023-02-30", "2023-13-01", "2023-06-06T25:00:00Z", "06/06/2023", "2023-06-06T10:00:00+05:00x"})
        CHECK_FALSE(parse_rfc3339(s));
}

TEST_CASE("unix seconds convert to civil time", "[datetime]") {
    CHECK(format_rfc3339(from_unix_seconds(0)) == "1970-01-01T00:00:00Z");
    CHECK(format_rfc3339(from_unix_seconds(1685999999)) == "2023-06-05T21:19:59Z");
    CHECK(days_from_civil(2000, 3, 1) == 11017);
}

TEST_CASE("RFC 3339 output pads each field and writes every zone form", "[datetime]") {
    DateTime dt;
    dt.year = 987;
    dt.month = 3;
    dt.day = 4;
    CHECK(format_rfc3339(dt) == "0987-03-04");
    dt.has_time = true;
    dt.hour = 5;
    dt.minute = 6;
    dt.second = 7;
    CHECK(format_rfc3339(dt) == "0987-03-04T05:06:07");
    dt.fraction = "250";
    dt.has_offset = true;
    CHECK(format_rfc3339(dt) == "0987-03-04T05:06:07.250Z");
    dt.offset_minutes = -210;
    CHECK(format_rfc3339(dt) == "0987-03-04T05:06:07.250-03:30");
    dt.offset_minutes = 345;
    dt.fraction.clear();
    dt.year = 12345;
    CHECK(format_rfc3339(dt) == "12345-03-04T05:06:07+05:45");
}
