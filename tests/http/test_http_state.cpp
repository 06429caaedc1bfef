#include <catch2/catch.hpp>

#include <cstdlib>
#include <string>

#include "http/fetch_state.hpp"
#include "http/http_url.hpp"
#include "http/outbox.hpp"
#include "io/file_lock.hpp"
#include "report/error.hpp"

using namespace wirekit;

TEST_CASE("http: fetch state round-trips and keeps validators exactly", "[http]") {
    FetchState s;
    s.urls["https://wire.example/feed.rss"] = UrlState{"W/\"a b\"", "Tue, 11 Jun 2024 15:05:00 GMT", {"id1", "id2"}};
    s.urls["https://wire.example/other"] = UrlState{"", "", {}};
    std::string text = format_fetch_state(s);
    CHECK(text.find("\"wirekit_fetch_state\": 1") != std::string::npos);
    CHECK(parse_fetch_state(text, "st.json") == s);
    CHECK(parse_fetch_state(R"({"wirekit_fetch_state": 1, "urls": {}})", "st.json").urls.empty());
}

TEST_CASE("http: a bad state file is a configuration error", "[http]") {
    for (const char* text : {"", "[]", "{}", R"({"wirekit_fetch_state": 2, "urls": {}})",
                             R"({"wirekit_fetch_state": 1, "urls": {"u": {"etag": 5}}})",
                             R"({"wirekit_fetch_state": 1, "urls": {"u": {"seen": [1]}}})"}) {
        INFO(text);
        try {
            parse_fetch_state(text, "st.json");
            FAIL("accepted");
        } catch (const Error& e) {
            CHECK(e.code() == Exit::config);
            CHECK(e.source() == "st.json");
        }
    }
}

TEST_CASE("http: remembered ids are bounded, oldest forgotten first", "[http]") {
    UrlState s;
    s.remember({"a", "b", "c"}, 5);
    s.remember({"c", "d", "e", "f"}, 5);
    CHECK(s.seen == std::vector<std::string>{"b", "c", "d", "e", "f"});
    CHECK(s.has_seen("f"));
    CHECK_FALSE(s.has_seen("a"));
    s.remember({}, 2);
    CHECK(s.seen == std::vector<std::string>{"e", "f"});
}

TEST_CASE("http: outbox entries keep method, URL, headers and body bytes", "[http]") {
    HttpRequest r{"PUT", "https://cms.example/a?b=1", {{"Content-Type", "text/plain; charset=utf-8"}, {"X-Desk", "wire"}},
                  std::string("line 1\n\nline 3\r\n\0binary", 22)};
    std::string text = format_outbox_entry(r);
    CHECK(text.starts_with("wirekit-outbox 1\nPUT https://cms.example/a?b=1\nContent-Type: text/plain; charset=utf-8\nX-Desk: wire\n\n"));
    HttpRequest back = parse_outbox_entry(text, "e");
    CHECK(back.method == r.method);
    CHECK(back.url == r.url);
    CHECK(back.headers == r.headers);
    CHECK(back.body == r.body);
    for (const char* bad : {"", "wirekit-outbox 1\n", "wirekit-outbox 1\nPOST\n\n", "wirekit-outbox 1\nPOST u\nbad header\n\n",
                            "wirekit-outbox 1\nPOST u\nX: 1\n"}) {
        INFO(bad);
        CHECK_THROWS_AS(parse_outbox_entry(bad, "e"), Error);
    }
}

TEST_CASE("http: the outbox keeps entries in the order they came", "[http]") {
    char dir[] = "/tmp/wirekit-outbox-XXXXXX";
    REQUIRE(::mkdtemp(dir));
    Outbox box(std::string(dir) + "/box/");
    for (const char* body : {"one", "two", "three"}) box.add(HttpRequest{"POST", "http://h/", {}, body});
    auto queue = box.pending();
    REQUIRE(queue.size() == 3);
    CHECK(box.read(queue[0]).body == "one");
    CHECK(box.read(queue[2]).body == "three");
    box.remove(queue[0]);
    box.reject(queue[1]);
    box.add(HttpRequest{"POST", "http://h/", {}, "four"});
    queue = box.pending();
    REQUIRE(queue.size() == 2);
    CHECK(box.read(queue[0]).body == "three");
    CHECK(box.read(queue[1]).body == "four");
    {
        FileLock held(box.lock_path(), "outbox");
        try {
            FileLock again(box.lock_path(), "outbox");
            FAIL("locked twice");
        } catch (const Error& e) {
            CHECK(e.code() == Exit::temp_fail);
        }
    }
    FileLock after(box.lock_path(), "outbox");
    std::string cleanup = std::string("rm -rf ") + dir;
    CHECK(std::system(cleanup.c_str()) == 0);
}

TEST_CASE("http: origins decide where credentials go", "[http]") {
    CHECK(origin_of("https://Wire.Example/feed") == UrlOrigin{"https", "wire.example", "443"});
    CHECK(origin_of("http://wire.example:8080/x") == UrlOrigin{"http", "wire.example", "8080"});
    CHECK(origin_of("http://wire.example/a") == origin_of("http://wire.example:80/b"));
    CHECK(origin_of("http://wire.example/a") != origin_of("https://wire.example/a"));
    CHECK_FALSE(origin_of("/relative"));
    CHECK(is_http_url("HTTPS://x"));
    CHECK_FALSE(is_http_url("file:///etc/passwd"));
    CHECK_FALSE(is_http_url("httpx://y"));
}
