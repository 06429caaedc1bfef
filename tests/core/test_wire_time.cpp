#include <catch2/catch.hpp>

#include "time/datetime.hpp"
#include "wire/wire_time.hpp"

using namespace wirekit;

namespace {

const std::optional<DateTime> reference = parse_rfc3339("2024-06-30");

std::string stamp_time(std::string_view line) {
    auto stamp = read_anpa_stamp(line, reference);
    return stamp ? std::string(stamp->sender) + " " + format_rfc3339(stamp->when) : "none";
}

std::string end_time(std::string_view line) {
    auto when = iptc7901_end_time(line, reference);
    return when ? format_rfc3339(*when) : "none";
}

}  // namespace

TEST_CASE("ANPA stamps: AP's in GMT, Kyodo's in local time", "[wire]") {
    CHECK(stamp_time("AP-WF-11-13-13 1509GMT") == "AP-WF 2013-11-13T15:09:00Z");
    CHECK(stamp_time("AP-WF-03-15-24 0340GMT<") == "AP-WF 2024-03-15T03:40:00Z");
    CHECK(stamp_time("CP-12-05-24 0412GMT") == "CP 2024-12-05T04:12:00Z");
    // Kyodo: local hh:mm, day-month-year, no zone named.
    CHECK(stamp_time("KWS-14:20-05-12-24") == "KWS 2024-12-05T14:20:00");
    CHECK(stamp_time("AP-WF-13-11-13 1509GMT") == "none");  // month 13
    CHECK(stamp_time("KWS-25:20-05-12-24") == "none");
    CHECK(stamp_time("END") == "none");
    CHECK(stamp_time("") == "none");
}

TEST_CASE("ANPA stamps are written in the shape they read back from", "[wire]") {
    DateTime utc = *parse_rfc3339("2024-12-05T13:20:00+09:00");
    CHECK(anpa_stamp("AP-WF", utc) == "AP-WF-12-05-24 0420GMT");
    DateTime local = *parse_rfc3339("2024-12-05T14:20:00");
    CHECK(anpa_stamp("KWS", local) == "KWS-14:20-05-12-24");
    CHECK(read_anpa_stamp(anpa_stamp("KWS", local), reference)->when == local);
}

TEST_CASE("IPTC 7901 end lines: GMT, or a local time without it (ATS)", "[wire]") {
    CHECK(end_time("131137 GMT Nov 13") == "2013-11-13T11:37:00Z");
    CHECK(end_time("071341 GMT Okt 15") == "2015-10-07T13:41:00Z");
    CHECK(end_time("121530 dec 24") == "2024-12-12T15:30:00");
    CHECK(end_time("121530 déc 24") == end_time("121530 dec 24"));
    CHECK(end_time("121530 GMT Foo 24") == "none");
    CHECK(end_time("1215 GMT Dec 24") == "none");
    CHECK(iptc7901_end_line(*parse_rfc3339("2024-12-12T15:30:00")) == "121530 Dec 24");
    CHECK(iptc7901_end_line(*parse_rfc3339("2024-12-12T16:30:00+01:00")) == "121530 GMT Dec 24");
}

TEST_CASE("a message's transmission time dates its dateline", "[wire]") {
    ReadOptions opts;
    opts.reference_date = reference;
    Article a;
    CHECK(dated_by_transmission(opts, a).reference_date == reference);
    a.version_created = parse_rfc3339("2013-11-13T15:09:00Z");
    CHECK(dated_by_transmission(opts, a).reference_date == a.version_created);
}
