#include <catch2/catch.hpp>

#include <string>

#include "dateline/dateline_date.hpp"
#include "time/datetime.hpp"
#include "time/month_names.hpp"

using namespace wirekit;

namespace {

// "YYYY-MM-DD", or "" when no date came out.
std::string date_of(std::string_view text, const char* reference) {
    std::optional<DateTime> ref = reference ? parse_rfc3339(reference) : std::nullopt;
    auto date = parse_dateline_date(text, ref);
    return date ? format_rfc3339(*date) : std::string();
}

struct DateCase {
    const char* text;
    const char* reference;  // nullptr: none
    const char* expected;   // "" for nullopt
};

}  // namespace

TEST_CASE("dateline dates in English, with ordinals and AP abbreviations", "[dateline]") {
    const DateCase cases[] = {
        {"06th June, 2023", nullptr, "2023-06-06"},
        {"4th Jan, 2023", nullptr, "2023-01-04"},
        {"12th March, 2024", nullptr, "2024-03-12"},
        {"1st May 2024", nullptr, "2024-05-01"},
        {"2nd Feb, 2024", nullptr, "2024-02-02"},
        {"3rd Oct 2022", nullptr, "2022-10-03"},
        {"Aug 29, 2014", nullptr, "2014-08-29"},
        {"Aug 29 2014", nullptr, "2014-08-29"},
        {"July 21st", "2023-07-25", "2023-07-21"},
        {"Jan. 3", "2016-01-04", "2016-01-03"},
        {"Feb. 26", "2016-03-01", "2016-02-26"},
        {"Aug. 20", "2019-08-20", "2019-08-20"},
        {"Sept. 5", "2019-09-10", "2019-09-05"},
        {"Sep 5", "2019-09-10", "2019-09-05"},
        {"Nov. 24", "2013-11-25", "2013-11-24"},
        {"DECEMBER 1, 2020", nullptr, "2020-12-01"},
        {" (Aug 29, 2014) ", nullptr, "2014-08-29"},
        {"Aug 29, 2014.", nullptr, "2014-08-29"},
    };
    for (const auto& c : cases) {
        INFO(c.text);
        CHECK(date_of(c.text, c.reference) == c.expected);
    }
}

TEST_CASE("dateline dates in French, Spanish, German, Italian and Russian", "[dateline]") {
    const DateCase cases[] = {
        {"12 janvier 2024", nullptr, "2024-01-12"},
        {"3 févr. 2024", nullptr, "2024-02-03"},
        {"15 août 2023", nullptr, "2023-08-15"},
        {"1er mai 2024", nullptr, "2024-05-01"},
        {"7 FÉVRIER 2024", nullptr, "2024-02-07"},
        {"30 jun", "2013-07-01", "2013-06-30"},
        {"9 enero 2024", nullptr, "2024-01-09"},
        {"30 de junio de 2013", nullptr, "2013-06-30"},
        {"4 sept. 2023", nullptr, "2023-09-04"},
        {"1º de mayo", "2024-05-02", "2024-05-01"},
        {"5. März 2023", nullptr, "2023-03-05"},
        {"14. Januar 2024", nullptr, "2024-01-14"},
        {"2 Mai 2024", nullptr, "2024-05-02"},
        {"11 ottobre 2017", nullptr, "2017-10-11"},
        {"8 gennaio 2024", nullptr, "2024-01-08"},
        {"1 LUG", "2017-07-03", "2017-07-01"},
        {"10 фев", "2019-02-11", "2019-02-10"},
        {"10 февраля 2019", nullptr, "2019-02-10"},
        {"8 марта", "2024-03-09", "2024-03-08"},
        {"3 января 2024", nullptr, "2024-01-03"},
        {"22 ИЮНЯ 2021", nullptr, "2021-06-22"},
    };
    for (const auto& c : cases) {
        INFO(c.text);
        CHECK(date_of(c.text, c.reference) == c.expected);
    }
}

TEST_CASE("dateline dates in CJK form", "[dateline]") {
    const DateCase cases[] = {
        {"6月18日", "2015-06-19", "2015-06-18"},
        {"11月17日", "2023-11-18", "2023-11-17"},
        {"2023年6月18日", nullptr, "2023-06-18"},
        {"３月１２日", "2024-03-14", "2024-03-12"},
        {"2月30日", "2024-03-14", ""},
    };
    for (const auto& c : cases) {
        INFO(c.text);
        CHECK(date_of(c.text, c.reference) == c.expected);
    }
}

TEST_CASE("a yearless date is never more than two days after the reference", "[dateline]") {
    const DateCase cases[] = {
        {"Dec 30", "2014-01-02", "2013-12-30"},
        {"Jan 2", "2014-01-02", "2014-01-02"},
        {"Jan 3", "2014-01-02", "2014-01-03"},
        {"Jan 4", "2014-01-02", "2014-01-04"},
        {"Jan 5", "2014-01-02", "2013-01-05"},
        {"Jan 1", "2013-12-31", "2014-01-01"},
        {"Feb 29", "2023-06-01", "2020-02-29"},
        {"Feb 29", "2024-03-01", "2024-02-29"},
        // the reference's time and zone do not matter, only its date
        {"Jan 3", "2014-01-02T23:30:00-05:00", "2014-01-03"},
        {"Jan 3", nullptr, ""},
        {"Jan 3, 2011", nullptr, "2011-01-03"},
    };
    for (const auto& c : cases) {
        INFO(c.text << " / " << (c.reference ? c.reference : "no reference"));
        CHECK(date_of(c.text, c.reference) == c.expected);
    }
}

TEST_CASE("what is not a dateline date gives nothing", "[dateline]") {
    for (const char* text : {"", "Feb 30, 2024", "Feb 29, 2023", "31 April 2024", "June", "2023", "32 May 2024", "May 2023",
                             "Monday", "15th-century", "Jan 3 story", "13月1日", "1 of 2", "Ore. 26"}) {
        INFO(text);
        CHECK_FALSE(parse_dateline_date(text, parse_rfc3339("2024-03-14")));
    }
}

TEST_CASE("scan_dateline_date reports how much of the text the date spans", "[dateline]") {
    struct ScanCase {
        std::string_view text;
        std::size_t length;
    };
    const ScanCase cases[] = {
        {"Aug 29, 2014 (AFP) - A", 12},
        {"Feb 26 - Widget", 6},
        {"Nov. 24 (Xinhua)", 7},
        {"Jan 3, then more", 5},
        {"30 jun (Xinhua)", 6},
        {"11月17日电 记者", 10},
    };
    for (const auto& c : cases) {
        INFO(c.text);
        auto date = scan_dateline_date(c.text);
        REQUIRE(date);
        CHECK(date->length == c.length);
    }
}

TEST_CASE("month names in every language, any case, with or without the period", "[dateline]") {
    struct MonthCase {
        const char* word;
        int month;
    };
    const MonthCase cases[] = {
        {"January", 1}, {"jan", 1}, {"Jan.", 1},     {"SEPT.", 9},      {"Sept", 9},        {"sep", 9},
        {"Aug.", 8},    {"Nov.", 11}, {"may", 5},    {"janvier", 1},    {"févr.", 2},       {"FÉVRIER", 2},
        {"août", 8},    {"aout", 8}, {"décembre", 12}, {"enero", 1},   {"jun", 6},         {"sept.", 9},
        {"setiembre", 9}, {"Januar", 1}, {"März", 3}, {"MÄRZ", 3},      {"Mai", 5},         {"Dezember", 12},
        {"gennaio", 1}, {"ottobre", 10}, {"OTT", 10}, {"января", 1},     {"Январь", 1},      {"фев", 2},
        {"ФЕВ", 2},     {"марта", 3},  {"май", 5},   {"мая", 5},         {"сент.", 9},       {"декабря", 12},
        {"Monday", 0},  {"Ore.", 0},   {"", 0},      {"Reuters", 0},     {"mars-avril", 0},  {"ma", 0},
    };
    for (const auto& c : cases) {
        INFO(c.word);
        CHECK(month_from_name(c.word) == c.month);
    }
}
