#include <catch2/catch.hpp>

#include <string>

#include "http/curl_library.hpp"
#include "report/error.hpp"

using namespace wirekit;

TEST_CASE("http: libcurl is loaded by its first use", "[http]") {
    const CurlLibrary& curl = curl_library();
    CHECK(std::string(curl.easy_strerror(CURLE_OK)) == "No error");
    CHECK(&curl_library() == &curl);
}

TEST_CASE("http: a libcurl that cannot be loaded is a clear error", "[http]") {
    try {
        load_curl_library("libwirekit-test-absent.so.0");
        FAIL("an absent library loaded");
    } catch (const Error& e) {
        CHECK(e.code() == Exit::unavailable);
        std::string message = e.what();
        CHECK(message.find("cannot load libcurl (libwirekit-test-absent.so.0), which HTTP needs: ") == 0);
        CHECK(message.find("No such file") != std::string::npos);
    }
}
