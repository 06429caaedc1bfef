#include <catch2/catch.hpp>

#include "http/http_headers.hpp"

using namespace wirekit;

TEST_CASE("http: -H takes 'Name: value' and refuses what could inject lines", "[http]") {
    CHECK(parse_header_option("X-Api-Key: abc") == HttpHeader{"X-Api-Key", "abc"});
    CHECK(parse_header_option("Accept:  application/rss+xml  ") == HttpHeader{"Accept", "application/rss+xml"});
    CHECK(parse_header_option("X-Empty:") == HttpHeader{"X-Empty", ""});
    CHECK_FALSE(parse_header_option("no colon"));
    CHECK_FALSE(parse_header_option(": value"));
    CHECK_FALSE(parse_header_option("Bad Name: value"));
    CHECK_FALSE(parse_header_option("X-A: 1\r\nX-B: 2"));
    CHECK_FALSE(parse_header_option("X-A: 1\n"));
}

TEST_CASE("http: response header lines", "[http]") {
    CHECK(parse_response_header_line("ETag: \"abc\"\r\n") == HttpHeader{"ETag", "\"abc\""});
    CHECK(parse_response_header_line("Last-Modified: Tue, 11 Jun 2024 15:05:00 GMT\r\n") ==
          HttpHeader{"Last-Modified", "Tue, 11 Jun 2024 15:05:00 GMT"});
    CHECK_FALSE(parse_response_header_line("HTTP/1.1 200 OK\r\n"));
    CHECK_FALSE(parse_response_header_line("\r\n"));
    CHECK_FALSE(parse_response_header_line(" folded continuation\r\n"));
}

TEST_CASE("http: header lookup is case-insensitive and takes the last", "[http]") {
    HttpHeaders h{{"Content-Type", "text/xml"}, {"etag", "\"1\""}, {"ETag", "\"2\""}};
    CHECK(find_header(h, "content-type") == "text/xml");
    CHECK(find_header(h, "ETAG") == "\"2\"");
    CHECK_FALSE(find_header(h, "Location"));
    CHECK(is_credential_header("authorization"));
    CHECK(is_credential_header("Cookie"));
    CHECK_FALSE(is_credential_header("X-Api-Key"));
}

TEST_CASE("http: the charset of a Content-Type", "[http]") {
    CHECK(charset_of("text/xml; charset=ISO-8859-1") == "ISO-8859-1");
    CHECK(charset_of("text/xml;CHARSET=\"windows-1252\"") == "windows-1252");
    CHECK(charset_of("text/html; q=1; charset=utf-8 ") == "utf-8");
    CHECK(charset_of("application/json") == "");
    CHECK(charset_of("text/plain; format=flowed") == "");
}
