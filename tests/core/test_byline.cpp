#include <catch2/catch.hpp>

#include "dateline/byline.hpp"

using namespace wirekit;

TEST_CASE("bylines are recognised", "[byline]") {
    for (const char* s : {"By Anna Keller", "By MARTA OLSEN and JON EIDE", "By Tom Hale, The Harbour Gazette", "BY LENA STROM",
                          "    By Arpan Varghese"})
        CHECK(is_byline(s));
    for (const char* s : {"By then, most of the crew had left the ship.", "Bystanders watched", "by", "By",
                          "by the harbour the workers gathered", "Harbour workers by the dozen"})
        CHECK_FALSE(is_byline(s));
}

TEST_CASE("byline names are split and title-cased", "[byline]") {
    using V = std::vector<std::string>;
    CHECK(byline_names("By MARTA OLSEN and JON EIDE") == V{"Marta Olsen", "Jon Eide"});
    CHECK(byline_names("By Tom Hale, The Harbour Gazette") == V{"Tom Hale"});
    CHECK(byline_names("By Anna Keller & Ola Berg") == V{"Anna Keller", "Ola Berg"});
    CHECK(byline_names("By SEAN O'NEILL") == V{"Sean O'Neill"});
    CHECK(byline_names("By Angus McDonald") == V{"Angus McDonald"});
    CHECK(byline_names("Not a byline").empty());
}
