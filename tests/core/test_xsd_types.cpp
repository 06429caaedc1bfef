#include <catch2/catch.hpp>

#include "xml/xsd_types.hpp"

using namespace wirekit;

TEST_CASE("xsd types: xs:dateTime accepts the lexical forms of XML Schema", "[xsd_types]") {
    CHECK_FALSE(check_xs_date_time("2023-06-06T10:00:00"));
    CHECK_FALSE(check_xs_date_time("2023-06-06T10:00:00Z"));
    CHECK_FALSE(check_xs_date_time("2023-06-06T10:00:00.123+01:00"));
    CHECK_FALSE(check_xs_date_time("-0044-03-15T12:00:00-14:00"));
    CHECK_FALSE(check_xs_date_time("2024-02-29T24:00:00"));
}

TEST_CASE("xsd types: xs:dateTime says why a value is not one", "[xsd_types]") {
    CHECK(check_xs_date_time("2023-06-06T10:00:00+0100").value() ==
          "'2023-06-06T10:00:00+0100' is not an xs:dateTime (the offset needs a colon: +01:00)");
    CHECK(check_xs_date_time("").value() == "'' is not an xs:dateTime (it is empty)");
    CHECK(check_xs_date_time("\n 2018-01-03T20:13:08Z\n").value() ==
          "'\\n 2018-01-03T20:13:08Z\\n' is not an xs:dateTime (it starts with blanks)");
    CHECK(check_xs_date_time("2023-06-06").value() ==
          "'2023-06-06' is not an xs:dateTime (the time is missing: YYYY-MM-DDThh:mm:ss)");
    CHECK(check_xs_date_time("2023-02-30T10:00:00").value() == "'2023-02-30T10:00:00' is not an xs:dateTime (there is no such date)");
    CHECK(check_xs_date_time("2023-06-06T25:00:00").value() ==
          "'2023-06-06T25:00:00' is not an xs:dateTime (the time is out of range)");
    CHECK(check_xs_date_time("2023-06-06T10:00").value() == "'2023-06-06T10:00' is not an xs:dateTime (the time must be hh:mm:ss)");
}

TEST_CASE("xsd types: xs:date, gYearMonth and gYear", "[xsd_types]") {
    CHECK_FALSE(check_xs_date("2023-06-06"));
    CHECK_FALSE(check_xs_date("2023-06-06+02:00"));
    CHECK(check_xs_date("2023-6-6"));
    CHECK_FALSE(check_xs_g_year_month("2023-06"));
    CHECK(check_xs_g_year_month("2023-13"));
    CHECK_FALSE(check_xs_g_year("2023"));
    CHECK(check_xs_g_year("23"));
}

TEST_CASE("xsd types: numbers, booleans, language tags, names, one-line strings", "[xsd_types]") {
    CHECK_FALSE(check_xs_integer("-12"));
    CHECK(check_xs_integer("1.5"));
    CHECK_FALSE(check_xs_non_negative_integer("0"));
    CHECK(check_xs_non_negative_integer("-1").value() == "'-1' is not an xs:nonNegativeInteger");
    CHECK(check_xs_non_negative_integer(""));
    CHECK_FALSE(check_xs_boolean("false"));
    CHECK(check_xs_boolean("yes").value() == "'yes' is not an xs:boolean (true, false, 1 or 0)");
    CHECK_FALSE(check_xs_language("en"));
    CHECK_FALSE(check_xs_language("zh-Hant-TW"));
    CHECK(check_xs_language("en_US").value() == "'en_US' is not an xs:language (a tag like en or pt-BR)");
    CHECK(check_xs_language("en-"));
    CHECK_FALSE(check_xs_ncname("item-1.a"));
    CHECK(check_xs_ncname("1abc"));
    CHECK(check_xs_ncname("a:b"));
    CHECK_FALSE(check_single_line("SOCCER-PORTUGAL/RESULTS (UPDATE 2)"));
    CHECK(check_single_line("Opta Sports\n    Data").value() == "'Opta Sports\\n    Data' must stay on one line (no line breaks or tabs)");
}
