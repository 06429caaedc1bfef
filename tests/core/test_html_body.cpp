#include <catch2/catch.hpp>

#include "html/html_body.hpp"
#include "text/markup_escape.hpp"

using namespace wirekit;

namespace {

// Round-trips through the writer, which is the easiest way to see a tree.
std::string as_html(std::string_view html, std::string_view base = {}) { return body_to_html(html_to_body(html, base).body); }

}  // namespace

TEST_CASE("HTML blocks and inlines become the body tree", "[html]") {
    CHECK(as_html("<p>One <em>two</em> <b>three</b></p><p>Four<br>five</p>") ==
          "<p>One <em>two</em> <strong>three</strong></p>\n<p>Four<br/>five</p>");
    CHECK(as_html("<h2>Head</h2><blockquote><p>Quote</p></blockquote><hr>") ==
          "<h2>Head</h2>\n<blockquote><p>Quote</p></blockquote>\n<hr/>");
    CHECK(as_html("<ul><li>a</li><li><p>b</p><p>c</p></li></ul><ol><li>d</li></ol>") ==
          "<ul><li>a</li><li><p>b</p><p>c</p></li></ul>\n<ol><li>d</li></ol>");
    CHECK(as_html("<pre>\n  x &lt; y\n  z</pre>") == "<pre>  x &lt; y\n  z</pre>");
}

TEST_CASE("tables keep their rows and cells", "[html]") {
    // Rows directly in the table, or in thead/tbody/tfoot; header cells stay header cells.
    CHECK(as_html("<table><caption>Top Ten</caption><thead><tr><th></th><th>G</th></tr></thead>"
                  "<tbody><tr><td>McNeil <b>NYM</b></td><td><p>72</p></td></tr></tbody></table>") ==
          "<p>Top Ten</p>\n<table><tr><th></th><th>G</th></tr><tr><td>McNeil <strong>NYM</strong></td><td>72</td></tr></table>");
    CHECK(as_html("<table><tr><td>a</td></tr></table>") == "<table><tr><td>a</td></tr></table>");
    // Nothing but white space in a table: no table.
    CHECK(as_html("<table> <tr> </tr> </table><p>after</p>") == "<p>after</p>");
    HtmlContent c = html_to_body("<table><tr><th>h</th><td>d</td></tr></table>");
    REQUIRE(c.body.size() == 1);
    CHECK(c.body[0].kind == Block::Kind::table);
    REQUIRE(c.body[0].children.size() == 1);
    const Block& row = c.body[0].children[0];
    CHECK(row.kind == Block::Kind::table_row);
    REQUIRE(row.children.size() == 2);
    CHECK(row.children[0].header);
    CHECK_FALSE(row.children[1].header);
}

TEST_CASE("loose text becomes paragraphs and white space collapses", "[html]") {
    CHECK(as_html("Plain   text\n with <i>style</i>  ") == "<p>Plain text with <em>style</em></p>");
    CHECK(as_html("<div>First<div>Second</div>  tail</div>") == "<p>First</p>\n<p>Second</p>\n<p>tail</p>");
    CHECK(as_html("<p> a <em> b </em> c </p>") == "<p>a <em>b </em>c</p>");
    CHECK(as_html("   ").empty());
}

TEST_CASE("dangerous content is dropped", "[html]") {
    HtmlContent c = html_to_body(
        "<p onclick=\"steal()\">Hi<script>alert(1)</script><iframe src=\"x\"></iframe>"
        "<a href=\"javascript:alert(1)\">bad</a> <a href=\"https://ok.example/\">good</a></p><style>p{}</style>");
    CHECK(c.dropped_unsafe);
    CHECK(body_to_html(c.body) == "<p>Hibad <a href=\"https://ok.example/\">good</a></p>");
    CHECK(html_to_body("<img src=\"data:image/png;base64,AA\">").images.empty());
}

TEST_CASE("relative links and images resolve against the base URL", "[html]") {
    HtmlContent c = html_to_body("<p><a href=\"/story/2\">next</a><img src=\"img/a.jpg\" alt=\"A crane\" width=\"640\"></p>",
                                 "https://news.example/2024/story.html");
    CHECK(body_to_html(c.body) == "<p><a href=\"https://news.example/story/2\">next</a></p>");
    REQUIRE(c.images.size() == 1);
    CHECK(c.images[0].url == "https://news.example/2024/img/a.jpg");
    CHECK(c.images[0].alt_text == "A crane");
    CHECK(c.images[0].width == 640);
    CHECK_FALSE(c.images[0].height);
}

TEST_CASE("writing escapes text and attributes and gives well-formed XHTML", "[html]") {
    Block p;
    p.inlines = {{Inline::Kind::text, "a < b & \"c\"", {}, {}},
                 {Inline::Kind::link, {}, "https://x.example/?a=1&b=\"2\"", {{Inline::Kind::text, "l", {}, {}}}}};
    CHECK(body_to_html({p}) == "<p>a &lt; b &amp; \"c\"<a href=\"https://x.example/?a=1&amp;b=&quot;2&quot;\">l</a></p>");
    CHECK(escape_xml("<&>\"'") == "&lt;&amp;&gt;&quot;&#39;");
}

TEST_CASE("very deep HTML is read as text, without exhausting the stack", "[html]") {
    std::string deep;
    for (int i = 0; i < 100000; ++i) deep += "<div><span>";
    deep += "bottom";
    HtmlContent c = html_to_body(deep);
    REQUIRE(c.body.size() == 1);
    CHECK(c.body[0].inlines.at(0).text == "bottom");
    std::string nested_b;
    for (int i = 0; i < 3000; ++i) nested_b += "<b><i></b></i>";
    nested_b += "end";
    CHECK_NOTHROW(html_to_body(nested_b));
}

TEST_CASE("the tree survives HTML -> body -> HTML -> body", "[html]") {
    std::string html =
        "<h1>T</h1>\n<p>a <em>b</em> <strong>c <a href=\"https://e.example/\">d</a></strong><br/>e</p>\n"
        "<blockquote><p>q</p><ul><li>x</li></ul></blockquote>\n<pre>p  re</pre>\n<hr/>";
    Body once = html_to_body(html).body;
    CHECK(body_to_html(once) == html);
    CHECK(html_to_body(body_to_html(once)).body == once);
}

TEST_CASE("text that is really HTML is told from text with angle brackets", "[html]") {
    CHECK(looks_like_html("Steven <b>Van Geel</b> gaf zich"));
    CHECK(looks_like_html("<P>Wage employment</P>"));
    CHECK(looks_like_html("line<br/>break"));
    CHECK_FALSE(looks_like_html("a < b and c > d"));
    CHECK_FALSE(looks_like_html("<wirekit> is not a tag"));
    CHECK_FALSE(looks_like_html("plain text"));
}
