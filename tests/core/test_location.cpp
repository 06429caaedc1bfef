#include <catch2/catch.hpp>

#include <string>
#include <string_view>
#include <thread>
#include <vector>

#include "text/location.hpp"

using namespace wirekit;

namespace {
std::pair<std::size_t, std::size_t> at(std::string_view text, std::size_t offset) {
    LineColumn lc = line_column(text, offset);
    return {lc.line, lc.column};
}
}  // namespace

TEST_CASE("line_column: lines end at LF, CRLF or CR; columns count characters", "[location][json]") {
    using P = std::pair<std::size_t, std::size_t>;
    CHECK(at("", 0) == P{1, 1});
    CHECK(at("abc", 2) == P{1, 3});
    CHECK(at("ab\ncd", 3) == P{2, 1});
    CHECK(at("ab\r\ncd", 5) == P{2, 2});
    CHECK(at("ab\rcd", 4) == P{2, 2});
    CHECK(at("a\n\nb", 3) == P{3, 1});
    CHECK(at("café x", 6) == P{1, 6});     // é is two bytes, one column
    CHECK(at("\xFF\xFEx", 2) == P{1, 3});  // invalid bytes count one each
    CHECK(at("abc", 99) == P{1, 4});       // past the end: just after the last character
}

TEST_CASE("LineIndex answers as line_column does, at every offset", "[location]") {
    // Every line end (LF, CRLF, lone CR, at the start, doubled, at the end),
    // multibyte and invalid characters, and offsets between a CR and its LF.
    for (std::string_view text : {std::string_view(""), std::string_view("\n"), std::string_view("\r"), std::string_view("\r\n"),
                                  std::string_view("ab\ncd\r\nef\rgh\n\n\r\r\n"), std::string_view("\ncafé\r\n\xFF\xFEx\r"),
                                  std::string_view("one line, no end"), std::string_view("a\rb\r\r\nc\r\r"),
                                  std::string_view("\r\r\n\r\n\n\rx\r\n")}) {
        LineIndex lines(text);
        for (std::size_t offset = 0; offset <= text.size() + 2; ++offset) {
            INFO("offset " << offset << " of " << text.size());
            LineColumn expected = line_column(text, offset);
            LineColumn got = lines.at(offset);
            CHECK(got.line == expected.line);
            CHECK(got.column == expected.column);
        }
    }
}

TEST_CASE("LineIndex answers out of order", "[location]") {
    std::string text;
    for (int i = 0; i < 1000; ++i) text += "line " + std::to_string(i) + "\n";
    LineIndex lines(text);
    CHECK(lines.at(text.size()).line == 1001);
    CHECK(lines.at(0).line == 1);
    std::size_t at = text.find("line 500");
    CHECK(lines.at(at + 3).line == 501);
    CHECK(lines.at(at + 3).column == 4);
}

TEST_CASE("LineIndex answers as line_column does, in any order", "[location]") {
    // Counting on from the previous answer must give what counting from the
    // line's start gives: going back, staying put, and moving on from the
    // middle of a multibyte character or from between a CR and its LF.
    std::string_view text = "ab\r\ncafé\xFF\xE2\x82x\rcafé café\n";
    LineIndex lines(text);
    std::vector<std::size_t> offsets;
    for (std::size_t offset = text.size() + 1; offset-- > 0;) offsets.push_back(offset);
    for (std::size_t step : {1, 2, 3, 5})
        for (std::size_t offset = 0; offset <= text.size(); offset += step) offsets.push_back(offset);
    for (std::size_t first = 0; first < text.size(); ++first)
        for (std::size_t then = first; then <= text.size(); ++then) offsets.insert(offsets.end(), {first, then});
    for (std::size_t offset : offsets) {
        INFO("offset " << offset);
        LineColumn expected = line_column(text, offset);
        LineColumn got = lines.at(offset);
        CHECK(got.line == expected.line);
        CHECK(got.column == expected.column);
    }
}

TEST_CASE("LineIndex for another thread shares the line starts and answers on its own", "[location]") {
    std::string text;
    for (int line = 0; line < 2000; ++line) text += "line " + std::to_string(line) + (line % 3 ? "\n" : "\r\n");
    LineIndex first(text);
    std::vector<LineIndex> others;
    for (int i = 0; i < 4; ++i) others.push_back(first.for_another_thread());
    std::vector<std::vector<LineColumn>> answers(others.size());
    {
        // Each asks from its own thread, so that the line starts are found by whichever comes first.
        std::vector<std::jthread> threads;
        for (std::size_t i = 0; i < others.size(); ++i)
            threads.emplace_back([&, i] {
                for (std::size_t offset = i; offset < text.size(); offset += 97) answers[i].push_back(others[i].at(offset));
            });
    }
    for (std::size_t i = 0; i < others.size(); ++i) {
        std::size_t n = 0;
        for (std::size_t offset = i; offset < text.size(); offset += 97, ++n) {
            LineColumn expected = line_column(text, offset);
            REQUIRE(answers[i][n].line == expected.line);
            REQUIRE(answers[i][n].column == expected.column);
        }
    }
    CHECK(first.at(text.size()).line == 2001);
}
