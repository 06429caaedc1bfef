#include <catch2/catch.hpp>

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
