#include <catch2/catch.hpp>

#include "feed/feed_merge.hpp"
#include "time/datetime.hpp"
#include "time/duration_text.hpp"

using namespace wirekit;

namespace {

Article article(const std::string& id, const std::string& updated, const std::string& version = "") {
    Article a;
    a.id = id;
    a.headline = "headline " + id;
    a.version = version;
    if (!updated.empty()) a.updated = parse_rfc3339(updated);
    return a;
}

std::vector<std::string> ids(const std::vector<Article>& articles) {
    std::vector<std::string> out;
    for (const auto& a : articles) out.push_back(a.id);
    return out;
}

}  // namespace

TEST_CASE("feed: new articles are added and sorted newest first, undated last") {
    std::vector<Article> feed{article("a", "2024-03-01T10:00:00Z")};
    auto counts = merge_articles(feed, {article("u", ""), article("b", "2024-03-02T10:00:00+05:00"), article("c", "2024-03-01T12:00:00Z")}, {});
    CHECK(ids(feed) == std::vector<std::string>{"b", "c", "a", "u"});
    CHECK(counts.added == 3);
    CHECK(counts.replaced == 0);
}

TEST_CASE("feed: an instant is compared in UTC, whatever its offset") {
    std::vector<Article> feed;
    // 10:00+05:00 is 05:00Z, earlier than 06:00Z.
    merge_articles(feed, {article("east", "2024-03-02T10:00:00+05:00"), article("utc", "2024-03-02T06:00:00Z")}, {});
    CHECK(ids(feed) == std::vector<std::string>{"utc", "east"});
}

TEST_CASE("feed: a newer version or update replaces the entry; older and identical change nothing") {
    std::vector<Article> feed{article("a", "2024-03-01T10:00:00Z", "2")};
    Article older = article("a", "2024-03-01T09:00:00Z", "1");
    older.headline = "old";
    auto counts = merge_articles(feed, {older}, {});
    CHECK(counts.replaced == 0);
    CHECK(feed.front().headline == "headline a");

    Article same = article("a", "2024-03-01T10:00:00Z", "2");
    same.headline = "same version, other text";
    CHECK(merge_articles(feed, {same}, {}).replaced == 0);
    CHECK(feed.front().headline == "headline a");

    Article newer = article("a", "2024-03-01T09:00:00Z", "10");  // version 10 > 2 despite the earlier time
    newer.headline = "corrected";
    CHECK(merge_articles(feed, {newer}, {}).replaced == 1);
    CHECK(feed.size() == 1);
    CHECK(feed.front().headline == "corrected");

    Article later = article("a", "2024-03-01T11:00:00Z", "10");  // same version, later update
    later.headline = "updated";
    CHECK(merge_articles(feed, {later}, {}).replaced == 1);
    CHECK(feed.front().headline == "updated");
}

TEST_CASE("feed: duplicates among the new articles collapse to the newest") {
    std::vector<Article> feed;
    auto counts = merge_articles(feed, {article("x", "2024-01-01T00:00:00Z"), article("x", "2024-01-02T00:00:00Z"), article("x", "2024-01-01T12:00:00Z")}, {});
    REQUIRE(feed.size() == 1);
    CHECK(format_rfc3339(*feed.front().updated) == "2024-01-02T00:00:00Z");
    CHECK(counts.added == 1);
    CHECK(counts.replaced == 1);
}

TEST_CASE("feed: --max-items keeps the newest, --max-age drops the old but not the undated") {
    std::vector<Article> feed{article("d1", "2024-03-01T00:00:00Z"), article("d5", "2024-03-05T00:00:00Z"), article("u", "")};
    FeedLimits limits;
    limits.max_age = 2 * 86400;
    limits.now = parse_rfc3339("2024-03-06T00:00:00Z");
    auto counts = merge_articles(feed, {article("d4", "2024-03-04T00:00:00Z"), article("d3", "2024-03-03T12:00:00Z")}, limits);
    CHECK(ids(feed) == std::vector<std::string>{"d5", "d4", "u"});
    CHECK(counts.dropped == 2);

    FeedLimits two;
    two.max_items = 2;
    merge_articles(feed, {}, two);
    CHECK(ids(feed) == std::vector<std::string>{"d5", "d4"});
}

TEST_CASE("feed: article_time is the latest of its dates; a bare date counts as midnight") {
    Article a = article("a", "");
    a.published = parse_rfc3339("2024-03-02");
    a.first_created = parse_rfc3339("2024-03-01T23:00:00Z");
    CHECK(format_rfc3339(*article_time(a)) == "2024-03-02");
    CHECK_FALSE(article_time(article("none", "")));
}

TEST_CASE("feed: --max-age durations") {
    CHECK(parse_duration("90") == 90);
    CHECK(parse_duration("90s") == 90);
    CHECK(parse_duration("45m") == 2700);
    CHECK(parse_duration("36h") == 129600);
    CHECK(parse_duration("7d") == 604800);
    CHECK(parse_duration("2w") == 1209600);
    CHECK_FALSE(parse_duration(""));
    CHECK_FALSE(parse_duration("d"));
    CHECK_FALSE(parse_duration("-1d"));
    CHECK_FALSE(parse_duration("1.5h"));
    CHECK_FALSE(parse_duration("99999999999999999999"));
    CHECK_FALSE(parse_duration("7 d"));
}
