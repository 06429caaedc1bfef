#include <catch2/catch.hpp>

#include <string_view>

#include "text/word_table.hpp"

using namespace wirekit;

namespace {

constexpr std::string_view colours[] = {"red", "green", "blue", "amber", "violet", "grey", "greyish"};
constexpr auto sorted_colours = sorted_by_word(colours);

struct Code {
    std::string_view name;
    int value = 0;
};
constexpr Code codes[] = {{"zulu", 26}, {"alpha", 1}, {"mike", 13}, {"bravo", 2}};
constexpr auto sorted_codes = sorted_by_word(codes);

// Sorted at compile time: the tables of the readers are checked when they are built.
static_assert(!has_repeated_word(sorted_colours));
static_assert(find_word(sorted_codes, "mike")->value == 13);

}  // namespace

TEST_CASE("word tables: sorted by word, every word found, others not", "[text][word_table]") {
    for (std::size_t i = 1; i < sorted_colours.size(); ++i) CHECK(sorted_colours[i - 1] < sorted_colours[i]);
    for (std::string_view c : colours) {
        INFO(c);
        const std::string_view* found = find_word(sorted_colours, c);
        REQUIRE(found);
        CHECK(*found == c);
    }
    // Before the first, after the last, between two, a prefix, an extension, another case.
    for (std::string_view absent : {"", "aaa", "zzz", "brown", "gre", "greyishly", "Red"}) {
        INFO(absent);
        CHECK(find_word(sorted_colours, absent) == nullptr);
    }
}

TEST_CASE("word tables: entries found by their name keep their value", "[text][word_table]") {
    for (const Code& c : codes) {
        INFO(c.name);
        const Code* found = find_word(sorted_codes, c.name);
        REQUIRE(found);
        CHECK(found->value == c.value);
    }
    CHECK(find_word(sorted_codes, "charlie") == nullptr);
}

TEST_CASE("word tables: a word written twice is found out", "[text][word_table]") {
    constexpr std::string_view twice[] = {"may", "june", "may"};
    CHECK(has_repeated_word(sorted_by_word(twice)));
    constexpr Code twice_named[] = {{"mar", 3}, {"mar", 5}};
    CHECK(has_repeated_word(sorted_by_word(twice_named)));
    CHECK_FALSE(has_repeated_word(sorted_codes));
}
