#include <catch2/catch.hpp>

#include "http/http_retry.hpp"

using namespace wirekit;

TEST_CASE("http: which statuses are retried", "[http]") {
    for (long s : {408L, 429L, 500L, 502L, 503L, 504L, 599L}) CHECK(is_retryable_status(s));
    for (long s : {200L, 304L, 400L, 401L, 403L, 404L, 410L, 422L}) CHECK_FALSE(is_retryable_status(s));
}

TEST_CASE("http: backoff doubles, is capped, and jitters in its upper half", "[http]") {
    RetryPolicy p;
    p.base_delay = 1;
    p.max_delay = 10;
    CHECK(backoff_delay(p, 1, 0.0) == Approx(0.5));
    CHECK(backoff_delay(p, 1, 1.0) == Approx(1.0));
    CHECK(backoff_delay(p, 2, 0.0) == Approx(1.0));
    CHECK(backoff_delay(p, 3, 0.5) == Approx(3.0));
    CHECK(backoff_delay(p, 4, 1.0) == Approx(8.0));
    CHECK(backoff_delay(p, 5, 1.0) == Approx(10.0));
    CHECK(backoff_delay(p, 1000, 1.0) == Approx(10.0));
    p.base_delay = 0;
    CHECK(backoff_delay(p, 3, 0.7) == 0.0);
}

TEST_CASE("http: Retry-After as seconds or an HTTP date", "[http]") {
    const long long now = 1718118300;  // Tue, 11 Jun 2024 15:05:00 GMT
    CHECK(parse_retry_after("120", now) == Approx(120));
    CHECK(parse_retry_after(" 0 ", now) == Approx(0));
    CHECK(parse_retry_after("99999999999999999999", now) >= 1e9);
    CHECK(parse_retry_after("Tue, 11 Jun 2024 15:06:30 GMT", now) == Approx(90));
    CHECK(parse_retry_after("Tue, 11 Jun 2024 15:00:00 GMT", now) == Approx(0));
    CHECK_FALSE(parse_retry_after("", now));
    CHECK_FALSE(parse_retry_after("soon", now));
    CHECK_FALSE(parse_retry_after("-5", now));
}
