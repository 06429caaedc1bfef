#include <catch2/catch.hpp>

#include "text/url.hpp"

using namespace wirekit;

TEST_CASE("relative references resolve as RFC 3986 says", "[url]") {
    const std::string base = "http://a/b/c/d;p?q";
    struct Case {
        const char* ref;
        const char* expected;
    };
    // The normal and abnormal examples of RFC 3986 section 5.4.
    const Case cases[] = {
        {"g:h", "g:h"},           {"g", "http://a/b/c/g"},       {"./g", "http://a/b/c/g"},
        {"g/", "http://a/b/c/g/"}, {"/g", "http://a/g"},          {"//g", "http://g"},
        {"?y", "http://a/b/c/d;p?y"}, {"g?y", "http://a/b/c/g?y"}, {"#s", "http://a/b/c/d;p?q#s"},
        {"g#s", "http://a/b/c/g#s"}, {";x", "http://a/b/c/;x"},   {"", "http://a/b/c/d;p?q"},
        {".", "http://a/b/c/"},     {"./", "http://a/b/c/"},      {"..", "http://a/b/"},
        {"../", "http://a/b/"},     {"../g", "http://a/b/g"},     {"../..", "http://a/"},
        {"../../g", "http://a/g"},  {"../../../g", "http://a/g"}, {"/./g", "http://a/g"},
        {"g.", "http://a/b/c/g."},  {"./../g", "http://a/b/g"},   {"g;x=1/../y", "http://a/b/c/y"},
    };
    for (const auto& c : cases) {
        INFO(c.ref);
        CHECK(resolve_url(base, c.ref) == c.expected);
    }
    CHECK(resolve_url("", "img/a.jpg") == "img/a.jpg");
    CHECK(resolve_url("https://news.example/feed.xml", "/story/1") == "https://news.example/story/1");
    CHECK(resolve_url("https://news.example", "story") == "https://news.example/story");
}

TEST_CASE("script and data URLs are unsafe", "[url]") {
    CHECK(is_safe_url("https://example.org/a"));
    CHECK(is_safe_url("/relative"));
    CHECK(is_safe_url("mailto:desk@example.org"));
    CHECK_FALSE(is_safe_url("javascript:alert(1)"));
    CHECK_FALSE(is_safe_url("  JavaScript:alert(1)"));
    CHECK_FALSE(is_safe_url("java\tscript:alert(1)"));
    CHECK_FALSE(is_safe_url("data:text/html;base64,AAAA"));
    CHECK_FALSE(is_safe_url("vbscript:msgbox"));
    // Only leading spaces and controls go; tabs and line ends go anywhere.
    CHECK_FALSE(is_safe_url("\x01 \x1F DATA:,x"));
    CHECK_FALSE(is_safe_url("j\na\rv\ta\nscript:x"));
    CHECK(is_safe_url("java script:x"));
    CHECK(is_safe_url("https://news.example/a-long-path/javascript:x"));
    CHECK(is_safe_url(""));
    // The first byte decides at once only where it starts none of the three
    // schemes in either case; a letter that might is looked at in full.
    CHECK_FALSE(is_safe_url("JAVASCRIPT:alert(1)"));
    CHECK_FALSE(is_safe_url("VBScript:msgbox"));
    CHECK_FALSE(is_safe_url("Data:,x"));
    CHECK(is_safe_url("dossier/2024.html"));
    CHECK(is_safe_url("video.html"));
    CHECK(is_safe_url("\xC3\xA9t\xC3\xA9.html"));
}
