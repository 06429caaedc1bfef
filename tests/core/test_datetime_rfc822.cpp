#include <catch2/catch.hpp>

#include <string>

#include "time/datetime.hpp"
#include "time/datetime_rfc822.hpp"

using namespace wirekit;

namespace {

// The parse in RFC 3339 form, or "none".
std::string feed_date(const std::string& text) {
    auto dt = parse_feed_date(text);
    return dt ? format_rfc3339(*dt) : "none";
}

std::string rfc822(const std::string& text) {
    auto dt = parse_rfc822(text);
    return dt ? format_rfc3339(*dt) : "none";
}

}  // namespace

TEST_CASE("feed dates: RFC 822 and RFC 1123 dates parse", "[datetime][rfc822]") {
    CHECK(rfc822("Thu, 01 Jan 2004 19:48:21 GMT") == "2004-01-01T19:48:21Z");
    CHECK(rfc822("Sat, 07 Sep 2002 00:00:01 GMT") == "2002-09-07T00:00:01Z");
    CHECK(rfc822("Sun, 30 Jun 2024 10:00:00 +0200") == "2024-06-30T10:00:00+02:00");
    CHECK(rfc822("Sun, 30 Jun 2024 10:00:00 -0430") == "2024-06-30T10:00:00-04:30");
    CHECK(rfc822("Sun, 30 Jun 2024 10:00:00 UT") == "2024-06-30T10:00:00Z");
    CHECK(rfc822("Sun, 30 Jun 2024 10:00:00 Z") == "2024-06-30T10:00:00Z");
}

TEST_CASE("feed dates: the US zones and the military letters of RFC 822", "[datetime][rfc822]") {
    CHECK(rfc822("Sun, 30 Jun 2024 10:00:00 EST") == "2024-06-30T10:00:00-05:00");
    CHECK(rfc822("Sun, 30 Jun 2024 10:00:00 EDT") == "2024-06-30T10:00:00-04:00");
    CHECK(rfc822("Sun, 30 Jun 2024 10:00:00 CST") == "2024-06-30T10:00:00-06:00");
    CHECK(rfc822("Sun, 30 Jun 2024 10:00:00 CDT") == "2024-06-30T10:00:00-05:00");
    CHECK(rfc822("Sun, 30 Jun 2024 10:00:00 MST") == "2024-06-30T10:00:00-07:00");
    CHECK(rfc822("Sun, 30 Jun 2024 10:00:00 MDT") == "2024-06-30T10:00:00-06:00");
    CHECK(rfc822("Sun, 30 Jun 2024 10:00:00 PST") == "2024-06-30T10:00:00-08:00");
    CHECK(rfc822("Sun, 30 Jun 2024 10:00:00 PDT") == "2024-06-30T10:00:00-07:00");
    CHECK(rfc822("Sun, 30 Jun 2024 10:00:00 UTC") == "2024-06-30T10:00:00Z");
    // RFC 5322 4.3: RFC 822 got the military signs wrong, so they mean UTC.
    CHECK(rfc822("Sun, 30 Jun 2024 10:00:00 A") == "2024-06-30T10:00:00Z");
    CHECK(rfc822("Sun, 30 Jun 2024 10:00:00 Y") == "2024-06-30T10:00:00Z");
}

TEST_CASE("feed dates: real-world variants of RFC 822", "[datetime][rfc822]") {
    SECTION("two- and three-digit years") {
        CHECK(rfc822("Sun, 30 Jun 24 10:00:00 GMT") == "2024-06-30T10:00:00Z");
        CHECK(rfc822("Wed, 30 Jun 99 10:00:00 GMT") == "1999-06-30T10:00:00Z");
        CHECK(rfc822("Wed, 30 Jun 124 10:00:00 GMT") == "2024-06-30T10:00:00Z");
    }
    SECTION("missing seconds, weekday, or both") {
        CHECK(rfc822("Sun, 30 Jun 2024 10:00 +0200") == "2024-06-30T10:00:00+02:00");
        CHECK(rfc822("30 Jun 2024 10:00:00 +0200") == "2024-06-30T10:00:00+02:00");
        CHECK(rfc822("30 Jun 2024 10:00 GMT") == "2024-06-30T10:00:00Z");
        CHECK(rfc822("1 Jun 2024 9:05 GMT") == "2024-06-01T09:05:00Z");
    }
    SECTION("a wrong or localised weekday is ignored") {
        CHECK(rfc822("Mon, 30 Jun 2024 10:00:00 GMT") == "2024-06-30T10:00:00Z");
        CHECK(rfc822("Seg, 15 Set 2014 18:27:00 -0300") == "2014-09-15T18:27:00-03:00");
        CHECK(rfc822("mer, 12 nov 2014 10:47:00 +0100") == "2014-11-12T10:47:00+01:00");
        CHECK(rfc822("mar, 11 nov 2014 10:47:00 +0100") == "2014-11-11T10:47:00+01:00");
        CHECK(rfc822("Sunday, 30 June 2024 10:00:00 GMT") == "2024-06-30T10:00:00Z");
    }
    SECTION("other broken forms") {
        CHECK(rfc822("Sun, 30 Jun 2024 10:00:00 +02:00") == "2024-06-30T10:00:00+02:00");
        CHECK(rfc822("Sun, 30 Jun 2024 10:00:00 GMT+2") == "2024-06-30T10:00:00+02:00");
        CHECK(rfc822("Sun, 30 Jun 2024 10:00:00 UTC-05:00") == "2024-06-30T10:00:00-05:00");
        CHECK(rfc822("Sun, 30 Jun 2024 10:00:00 +0000 (UTC)") == "2024-06-30T10:00:00Z");
        CHECK(rfc822("Sun, 30 Jun 2024 10:00:00 +0200 GMT") == "2024-06-30T10:00:00+02:00");
        CHECK(rfc822("Sunday, 30-Jun-24 10:00:00 GMT") == "2024-06-30T10:00:00Z");
        CHECK(rfc822("Sun Jun 30 10:00:00 2024") == "2024-06-30T10:00:00");
        CHECK(rfc822("Sun Jun 30 10:00:00 UTC 2024") == "2024-06-30T10:00:00Z");
        CHECK(rfc822("June 30, 2024 10:00 PM EDT") == "2024-06-30T22:00:00-04:00");
        CHECK(rfc822("Jun 30, 2024 12:15 AM") == "2024-06-30T00:15:00");
        CHECK(rfc822("Sept. 5, 2024") == "2024-09-05");
        CHECK(rfc822("Sun, 30 Jun 2024 10:00:00") == "2024-06-30T10:00:00");
        CHECK(rfc822("Sun, 30 Jun 2024 10:00:00 XYZ") == "2024-06-30T10:00:00");
        CHECK(rfc822("Sun, 30 Jun 2024 10:00:00.250 GMT") == "2024-06-30T10:00:00.250Z");
        CHECK(rfc822("  Sun,  30  Jun  2024  10:00:00  GMT ") == "2024-06-30T10:00:00Z");
        CHECK(rfc822("30 de junho de 2024 10:00 -0300") == "2024-06-30T10:00:00-03:00");
    }
}

TEST_CASE("feed dates: impossible or unreadable dates are refused", "[datetime][rfc822]") {
    for (const char* s : {"", "yesterday", "Sun, 31 Jun 2024 10:00:00 GMT", "Sun, 30 Jun 2024 25:00:00 GMT",
                          "Sun, 30 Jun 2024 10:61:00 GMT", "Sun, 30 Foo 2024 10:00:00 GMT", "30 Jun 10:00:00 GMT",
                          "Sun, 30 Jun 2024 10:00:00 +2500", "13:00 PM 30 Jun 2024", "2024-06-30", "not a date at all"})
        CHECK(rfc822(s) == "none");
}

TEST_CASE("feed dates: parse_feed_date tries RFC 3339, then RFC 822, then numeric forms", "[datetime][rfc822]") {
    CHECK(feed_date("2024-06-30T10:00:00Z") == "2024-06-30T10:00:00Z");
    CHECK(feed_date("2024-06-30T10:00:00+0200") == "2024-06-30T10:00:00+02:00");
    CHECK(feed_date("2024-06-30") == "2024-06-30");
    CHECK(feed_date("Sun, 30 Jun 2024 10:00:00 GMT") == "2024-06-30T10:00:00Z");
    CHECK(feed_date("2024-06-30 10:00:00 +0200") == "2024-06-30T10:00:00+02:00");
    CHECK(feed_date("2024-06-30 10:00:00 UTC") == "2024-06-30T10:00:00Z");
    CHECK(feed_date("30.06.2024 10:00") == "2024-06-30T10:00:00");
    CHECK(feed_date("06/30/2024") == "2024-06-30");
    CHECK(feed_date("30/06/2024") == "2024-06-30");
    CHECK(feed_date("2024/06/30 10:00:00 -0500") == "2024-06-30T10:00:00-05:00");
    CHECK(feed_date("n/a") == "none");
    CHECK(feed_date("12345678") == "none");
}

TEST_CASE("feed dates: RFC 822 output with the weekday computed", "[datetime][rfc822]") {
    CHECK(format_rfc822(*parse_rfc3339("2024-06-30T10:00:00+02:00")) == "Sun, 30 Jun 2024 10:00:00 +0200");
    CHECK(format_rfc822(*parse_rfc3339("2004-01-01T19:48:21Z")) == "Thu, 01 Jan 2004 19:48:21 +0000");
    CHECK(format_rfc822(*parse_rfc3339("1969-12-31T23:59:59-09:30")) == "Wed, 31 Dec 1969 23:59:59 -0930");
    SECTION("what RFC 822 cannot say is completed, and rfc822_exact says so") {
        auto bare = *parse_rfc3339("2024-06-30");
        CHECK(format_rfc822(bare) == "Sun, 30 Jun 2024 00:00:00 +0000");
        CHECK_FALSE(rfc822_exact(bare));
        CHECK_FALSE(rfc822_exact(*parse_rfc3339("2024-06-30T10:00:00")));
        CHECK_FALSE(rfc822_exact(*parse_rfc3339("2024-06-30T10:00:00.5Z")));
        CHECK(rfc822_exact(*parse_rfc3339("2024-06-30T10:00:00-03:00")));
    }
    SECTION("every exact date survives format and parse") {
        for (const char* s : {"2024-02-29T23:59:59+14:00", "1999-12-31T00:00:00-12:00", "2038-01-19T03:14:08Z"}) {
            auto dt = *parse_rfc3339(s);
            REQUIRE(rfc822_exact(dt));
            CHECK(parse_rfc822(format_rfc822(dt)) == dt);
        }
    }
    CHECK(format_rfc3339(complete_instant(*parse_rfc3339("2024-06-30"))) == "2024-06-30T00:00:00Z");
}

TEST_CASE("the usual RSS date form, read without tokens, reads as the general reader reads it", "[time]") {
    // Every combination of parts in and just outside the usual form: parse_feed_date
    // takes a shortcut for the form, parse_rfc822 never does.
    int usual = 0;
    for (std::string_view weekday : {"Tue, ", "Foo, ", "tue, ", "Tue ", "Tue,", ""})
        for (std::string_view day : {"1", "04", "31", "29", "32", "0", "001"})
            for (std::string_view month : {" Jan ", " Feb ", " May ", " Dec ", " jun ", " June ", " Jux ", "-Jun-"})
                for (std::string_view year : {"2024", "1999", "2023", "0000", "24"})
                    for (std::string_view time : {" 10:10:00", " 23:59:59", " 24:00:00", " 10:60:00", " 10:10:60", " 9:10:00", " 10:10", ""})
                        for (std::string_view zone : {" +0100", " -0530", " GMT", " +2400", " +0160", " Z", " EST", " +01:00", "", " +0100 (CET)"}) {
                            std::string text = std::string(weekday) + std::string(day) + std::string(month) + std::string(year) +
                                               std::string(time) + std::string(zone);
                            for (const std::string& written : {text, "  " + text + " \n"}) {
                                INFO(written);
                                CHECK(parse_feed_date(written) == parse_rfc822(written));
                            }
                            usual += parse_rfc822(text).has_value();
                        }
    CHECK(usual > 1000);
    auto dt = parse_feed_date("Sat, 29 Feb 2020 23:59:59 -0530");
    REQUIRE(dt);
    CHECK(*dt == DateTime{2020, 2, 29, true, 23, 59, 59, "", true, -330});
    CHECK(feed_date("Tue, 04 Jun 2024 10:10:00 GMT") == "2024-06-04T10:10:00Z");
    CHECK(feed_date("Tue, 31 Jun 2024 10:10:00 GMT") == "none");
    // Cut anywhere, it is read as the general reader reads it, or refused.
    const std::string whole = "Tue, 04 Jun 2024 10:10:00 +0100";
    for (std::size_t length = 0; length <= whole.size(); ++length) {
        std::string cut = whole.substr(0, length);
        INFO(cut);
        CHECK(parse_feed_date(cut) == parse_rfc822(cut));
    }
}
