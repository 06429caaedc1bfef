// The subset parser is only a shortcut: for every fragment it accepts, the
// body must be exactly what gumbo's path gives, and whatever could read
// differently must be refused.
#include <catch2/catch.hpp>

#include <cstdio>
#include <random>
#include <string>
#include <vector>

#include "html/html_read_paths.hpp"
#include "html/html_subset.hpp"
#include "text/html_entities.hpp"

using namespace wirekit;
using namespace std::string_view_literals;

namespace {

constexpr std::string_view base = "https://news.example/2024/story.html";

bool accepted(std::string_view html) { return parse_html_subset(html).has_value(); }

// When the subset accepts HTML, it reads it as gumbo does; says whether it accepted.
bool same_as_gumbo(std::string_view html) {
    std::optional<HtmlContent> fast = html_to_body_by_subset(html, base);
    if (!fast) return false;
    HtmlContent slow = html_to_body_by_gumbo(html, base);
    INFO("HTML: " << html);
    INFO("subset: " << body_to_html(fast->body));
    INFO("gumbo:  " << body_to_html(slow.body));
    CHECK(fast->body == slow.body);
    CHECK(fast->images == slow.images);
    CHECK(fast->dropped_unsafe == slow.dropped_unsafe);
    return true;
}

// Random well-formed trees of subset tags and some others, nested every which
// way: the nestings an HTML5 parser would repair must be refused, the rest
// read as gumbo reads them.
class FragmentMaker {
public:
    explicit FragmentMaker(unsigned seed) : random_(seed) {}

    std::string fragment() {
        std::string out;
        content(out, 0);
        return out;
    }

private:
    std::mt19937 random_;

    std::size_t pick(std::size_t n) { return std::uniform_int_distribution<std::size_t>(0, n - 1)(random_); }

    void content(std::string& out, int depth) {
        std::size_t parts = 1 + pick(depth == 0 ? 6 : 4);
        for (std::size_t i = 0; i < parts; ++i) {
            if (depth < 5 && pick(2) == 0) element(out, depth);
            else out += leaf();
        }
    }

    // Mostly what the subset holds, sometimes what it must refuse.
    template <std::size_t Common, std::size_t Odd, class T>
    const T& choose(const T (&common)[Common], const T (&odd)[Odd]) {
        return pick(8) == 0 ? odd[pick(Odd)] : common[pick(Common)];
    }

    void element(std::string& out, int depth) {
        static const char* const common[][2] = {
            {"<p>", "</p>"}, {"<p class=\"lead\">", "</p>"}, {"<em>", "</em>"}, {"<strong>", "</strong>"},
            {"<b>", "</b>"}, {"<i>", "</i>"}, {"<span style=\"color: red\">", "</span>"}, {"<code>", "</code>"},
            {"<sup>", "</sup>"}, {"<q>", "</q>"}, {"<cite>", "</cite>"},
            {"<a href=\"/story/2\">", "</a>"}, {"<a href=\"https://e.example/?a=1&amp;b=2\" title='T &gt; t'>", "</a>"},
            {"<a href=\"javascript:alert(1)\">", "</a>"}, {"<a onclick=\"steal()\" href=\" page.html \">", "</a>"},
            {"<a name=\"anchor\">", "</a>"}, {"<a href=\"data:text/html,x\">", "</a>"},
            {"<h1>", "</h1>"}, {"<h3>", "</h3>"}, {"<blockquote>", "</blockquote>"}, {"<div>", "</div>"},
            {"<ul>", "</ul>"}, {"<ol>", "</ol>"}, {"<li>", "</li>"}, {"<figure>", "</figure>"},
            {"<figcaption>", "</figcaption>"},
        };
        static const char* const odd[][2] = {
            {"<pre>", "</pre>"}, {"<table>", "</table>"}, {"<td>", "</td>"}, {"<font>", "</font>"},
            {"<script>", "</script>"}, {"<P>", "</P>"}, {"<p>", ""}, {"", "</em>"},
        };
        const auto& tags = choose(common, odd);
        out += tags[0];
        content(out, depth + 1);
        out += tags[1];
    }

    std::string leaf() {
        static const char* const common[] = {
            "text", "Two words", " ", "\n", "  spaced \t out  ", "\n  \n", "&amp;", "&lt;b&gt;", "&nbsp;", "&rsquo;",
            "&eacute;t&eacute;", "&#233;", "&#x2014;", "&#10;", "& ", "a&b", "AT&T;", "caf\xC3\xA9", "\xE2\x80\x94",
            "<br>", "<br/>", "<br />", "<hr>", "<hr/>", "<img src=\"a.jpg\" alt=\" A &amp; B \" width=\"640\">",
            "<img src=\"javascript:x\"/>", "<img src=\"/b.png\" height=\"x\" />", "<img alt=\"no src\">", "a > b",
        };
        static const char* const odd[] = {
            "&lang;", "&copy2024", "&#128;", "&#0;", "&#xD800;", "&unknown;", "<!-- note -->", "\r\n", "\xEF\xBB\xBF",
            "\x01", "\xC3", "\xEF\xB7\x90", "a < b",
        };
        return choose(common, odd);
    }
};

}  // namespace

TEST_CASE("the subset reads typical feed HTML as gumbo does", "[html][subset]") {
    for (std::string_view html : {
             "<p>One <em>two</em> <b>three</b></p><p>Four<br>five</p>",
             "<p>Residents said <em>more time</em> before the <a href=\"https://news.example/1/report\">final vote</a>.</p>\n",
             "<h2>Head</h2><blockquote><p>Quote</p></blockquote><hr>",
             "<ul><li>a</li><li><p>b</p><p>c</p></li></ul><ol><li>d</li></ol>",
             "<ul>\n  <li>one</li>\n  <li>two <ul><li>nested</li></ul></li>\n</ul>",
             "Plain   text\n with <i>style</i>  ",
             "<div>First<div>Second</div>  tail</div>",
             "<p> a <em> b </em> c </p>",
             "<p><a href=\"/story/2\">next</a><img src=\"img/a.jpg\" alt=\"A crane\" width=\"640\"></p>",
             "<figure><img src=\"x.jpg\" alt=\"x\"/><figcaption>The <em>caption</em></figcaption></figure>",
             "<p>Fish &amp; chips &lt;3 &nbsp;&mdash; caf&eacute; &#233; &#x1F600; &apos;</p>",
             "<p>Q & A, AT & T, 5 > 3</p>",
             "<p><a href=\"javascript:alert(1)\">bad</a> <a onclick=\"x()\" href=\"https://ok.example/\">good</a></p>",
             "<p><a href=\"data:text/html;base64,AA\">d</a><img src=\"data:image/png;base64,AA\"></p>",
             "<p>line<br/>break<br /> after <br>  </p>",
             "<p><strong>a<em>b<a href=\"x\">c</a></em></strong></p>",
             "<p><span class=\"dropcap\">T</span>he <sub>2</sub><sup>3</sup> <code>x</code> <abbr title=\"t\">t</abbr></p>",
             "<h1>  Title  </h1>\n\n<p></p><p> </p><h3><em></em></h3>",
             "text before<p>para</p>text after",
             "<a href='single'>quoted</a>",
             "<p><a href=\"  https://e.example/a b  \">spaces</a></p>",
             "<p><img src=\"a.jpg\" width=\" 640 \" height=\"-1\"><img src=\"b.jpg\" width=\"1e3\"></p>",
         }) {
        CHECK(same_as_gumbo(html));
    }
}

TEST_CASE("the subset refuses what an HTML5 parser would repair or read otherwise", "[html][subset]") {
    for (std::string_view html : std::initializer_list<std::string_view>{
             "<p>unclosed", "<p>a</p></p>", "<em>a<strong>b</em></strong>", "<p>a<p>b</p></p>",
             "<p><ul><li>x</li></ul></p>", "<em><p>x</p></em>", "<a href=\"a\"><a href=\"b\">x</a></a>",
             "<a href=\"a\"><em><a href=\"b\">x</a></em></a>", "<li>x</li>", "<ul><p>x</p></ul>", "<ul>text<li>x</li></ul>",
             "<ul><li><div><li>x</li></div></li></ul>", "<h1><h2>x</h2></h1>", "<p/>", "<br></br>", "</br>",
             "<P>upper</P>", "<p CLASS=\"x\">a</p>", "<p class=x>a</p>", "<p class>a</p>", "<p class=\"a\"id=\"b\">a</p>",
             "<p class=\"a\" class=\"b\">a</p>", "<p title=\"a<b\">x</p>", "<p >x</p >", "a < b", "a <3", "<!-- c -->x",
             "<!DOCTYPE html><p>x</p>", "<![CDATA[x]]>", "<?php x ?>", "<script>alert(1)</script>", "<pre>x</pre>",
             "<table><tr><td>x</td></tr></table>", "<font>x</font>", "<iframe src=\"x\"></iframe>",
             "&copy2024", "&notit;", "&unknown;", "&lang;", "&rang;", "&#;", "&#x;", "&#0;", "&#128;", "&#xD800;",
             "&#x110000;", "&#99999999;", "&#13;", "&amp", "<a href=\"?a=1&b=2\">x</a>", "a\rb", "a\x01" "b", "a\x7F" "b",
             "\xEF\xBB\xBFx", "\xC3", "\xC3\x28", "\xC2\x80", "\xEF\xB7\x90", "\xEF\xBF\xBF", "a\0b"sv,
         }) {
        INFO("HTML: " << html);
        CHECK_FALSE(accepted(html));
    }
}

TEST_CASE("every named reference the subset decodes means the same to gumbo", "[html][subset]") {
    int decoded = 0;
    for (const HtmlEntity& e : html_entities()) {
        // In text, and in an attribute the body shows (an image's alt text).
        std::string reference = "&";
        reference.append(e.name).append(";");
        if (same_as_gumbo("<p>x" + reference + "y<img src=\"a.jpg\" alt=\"" + reference + "\"></p>")) ++decoded;
    }
    CHECK(decoded == static_cast<int>(html_entities().size()) - 2);  // all but &lang; and &rang;
}

TEST_CASE("numeric references the subset decodes mean the same to gumbo", "[html][subset]") {
    for (char32_t cp : {0x9u, 0xAu, 0x20u, 0x26u, 0x3Cu, 0x7Eu, 0xA0u, 0xE9u, 0x2014u, 0xFFFDu, 0x1F600u, 0x10FFFDu}) {
        std::string decimal = "<p>&#" + std::to_string(cp) + ";</p>";
        char hex[32];
        std::snprintf(hex, sizeof hex, "<p>a&#x%X;b&#X%x;c</p>", static_cast<unsigned>(cp), static_cast<unsigned>(cp));
        CHECK(same_as_gumbo(decimal));
        CHECK(same_as_gumbo(hex));
        CHECK(same_as_gumbo("<img src=\"a.jpg\" alt=\"&#" + std::to_string(cp) + ";\">"));
    }
}

TEST_CASE("random fragments: what the subset accepts reads as in gumbo", "[html][subset]") {
    FragmentMaker maker(20240611);
    int accepted_count = 0;
    for (int i = 0; i < 20000; ++i) {
        std::string html = maker.fragment();
        if (same_as_gumbo(html)) ++accepted_count;
        // A fragment cut short is not well-formed; whatever the subset still
        // accepts must read as gumbo reads it too.
        if (html.size() > 2) same_as_gumbo(std::string_view(html).substr(0, html.size() / 2));
    }
    // Enough of them take the fast path for the comparison to mean something.
    CHECK(accepted_count > 2000);
}
