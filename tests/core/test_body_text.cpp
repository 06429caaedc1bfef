#include <catch2/catch.hpp>

#include "html/html_body.hpp"
#include "text/body_text.hpp"

using namespace wirekit;

TEST_CASE("the text of a table: one paragraph per row, cells apart by tabs", "[body_text]") {
    Body body = html_to_body("<p>Top Ten</p><table><tr><th></th><th>G</th></tr><tr><td>McNeil NYM</td><td>72</td></tr>"
                             "<tr><td> </td><td></td></tr></table>")
                    .body;
    CHECK(block_paragraphs(body) == std::vector<std::string>{"Top Ten", "\tG", "McNeil NYM\t72"});
}

TEST_CASE("the text of lists, quotes and rules", "[body_text]") {
    Body body = html_to_body("<ol><li>one</li><li><p>two</p><p>more</p></li></ol><blockquote><p>q</p></blockquote><hr>").body;
    CHECK(block_paragraphs(body) == std::vector<std::string>{"1. one", "2. two", "more", "q", "* * *"});
}

TEST_CASE("blank paragraphs go: white space and no-break spaces only, in any markup", "[body_text]") {
    Body body = html_to_body("<p>One</p><p>\u00A0</p><p><b> \u00A0 </b>\u00A0</p><p>\u00A0\u00A9</p><p><i>x</i></p><h2>\u00A0</h2>").body;
    drop_blank_paragraphs(body);
    CHECK(block_paragraphs(body) == std::vector<std::string>{"One", "\u00A9", "x", ""});  // a heading is kept
}
