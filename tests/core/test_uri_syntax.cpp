// Absolute URIs as the JSON schemas' "format": "uri" wants them.
#include <catch2/catch.hpp>

#include "text/uri_syntax.hpp"

using namespace wirekit;

TEST_CASE("uri syntax: absolute URIs", "[ninjs][jsonfeed]") {
    for (const char* ok :
         {"http://example.org/", "https://example.org/a/b?c=d&e=%20#frag", "urn:uuid:6a478110-3ece-581b-822b-ea6b05d5b185",
          "mailto:kari@example.org", "tag:reuters.com,2014:newsml_KBN0FL0NM", "http://[::1]:8080/x",
          "http://user:pw@example.org:80/", "urn:newsml:dpa.com:20090101:190510-99-167362"})
        CHECK(is_absolute_uri(ok));
    for (const char* bad : {"", "renditions-example", "/relative/path", "//example.org/x", "http://exa mple.org/",
                            "http://example.org/ä", "http://example.org/%zz", "http://example.org:80a/", "1http://x",
                            "http://example.org/a#b#c", "http://ex<ample>.org"})
        CHECK_FALSE(is_absolute_uri(bad));
}

TEST_CASE("uri syntax: what a writer can make of a URL", "[ninjs][jsonfeed]") {
    CHECK(to_absolute_uri("https://example.org/a b?q=ä#x#y") == "https://example.org/a%20b?q=%C3%A4#x%23y");
    CHECK(to_absolute_uri("http://example.org/100%") == "http://example.org/100%25");
    CHECK(to_absolute_uri("http://example.org/ok%20") == "http://example.org/ok%20");
    CHECK(to_absolute_uri("urn:uuid:x") == "urn:uuid:x");
    CHECK_FALSE(to_absolute_uri("relative/picture.jpg"));
    CHECK_FALSE(to_absolute_uri("http://example.org:port/"));
    CHECK_FALSE(to_absolute_uri(""));
}
