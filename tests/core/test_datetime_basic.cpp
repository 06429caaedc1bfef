#include <catch2/catch.hpp>

#include "time/datetime.hpp"
#include "time/datetime_basic.hpp"

using namespace wirekit;

TEST_CASE("ISO 8601 basic dates as NITF and NewsML 1.x write them", "[datetime][basic]") {
    auto afp = parse_iso8601_basic("20140829T153112+0200");
    REQUIRE(afp);
    CHECK(format_rfc3339(*afp) == "2014-08-29T15:31:12+02:00");
    CHECK(format_rfc3339(*parse_iso8601_basic("20140829T135002Z")) == "2014-08-29T13:50:02Z");
    CHECK(format_rfc3339(*parse_iso8601_basic(" 20190129T133356 ")) == "2019-01-29T13:33:56");
    CHECK(format_rfc3339(*parse_iso8601_basic("20240710")) == "2024-07-10");
    CHECK(format_rfc3339(*parse_iso8601_basic("20020225T1430-05")) == "2002-02-25T14:30:00-05:00");
    CHECK(format_rfc3339(*parse_iso8601_basic("20020225T143000-05:30")) == "2002-02-25T14:30:00-05:30");
    CHECK(format_rfc3339(*parse_iso8601_basic("20020225T143000,25Z")) == "2002-02-25T14:30:00.25Z");
}

TEST_CASE("ISO 8601 basic refuses what is not a basic date", "[datetime][basic]") {
    for (const char* s : {"", "2014", "201408", "20140230", "20140829T", "20140829T2500", "20140829T1530x", "2014-08-29",
                          "20140829T153112+02000", "20140829 153112", "20140829T153112Zx"})
        CHECK_FALSE(parse_iso8601_basic(s));
}

TEST_CASE("either form: basic first, then RFC 3339", "[datetime][basic]") {
    CHECK(format_rfc3339(*parse_iso8601_either("2016-05-12T00:05:13+02:00")) == "2016-05-12T00:05:13+02:00");
    CHECK(format_rfc3339(*parse_iso8601_either("2022-07-11 18:33")) == "2022-07-11T18:33:00");
    CHECK(format_rfc3339(*parse_iso8601_either("20151210T191044Z")) == "2015-12-10T19:10:44Z");
    CHECK_FALSE(parse_iso8601_either("07.09.2020 14:45"));
}

TEST_CASE("ISO 8601 basic formats back what it parses", "[datetime][basic]") {
    for (const char* s : {"20140829T153112+0200", "20140829T135002Z", "20190129T133356", "20240710", "20020225T143000-0530",
                          "20020225T143000,250Z"})
        CHECK(format_iso8601_basic(*parse_iso8601_basic(s)) == s);
}
