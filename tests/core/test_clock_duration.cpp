// Running times as podcasts write them (itunes:duration).
#include <catch2/catch.hpp>

#include "time/duration_text.hpp"

using wirekit::parse_clock_duration;

TEST_CASE("clock durations: H:MM:SS, M:SS and seconds, fractions on the last part") {
    CHECK(parse_clock_duration("1:02:03") == 3723.0);
    CHECK(parse_clock_duration("62:03") == 3723.0);
    CHECK(parse_clock_duration("3723") == 3723.0);
    CHECK(parse_clock_duration("0:45.5") == 45.5);
    for (const char* bad : {"", "1:60", "1:2:3:4", "1.5:00", "-3", "1h", "1::2", "12:"}) {
        INFO(bad);
        CHECK_FALSE(parse_clock_duration(bad));
    }
}
