#include "feed/feed_merge.hpp"

#include <algorithm>
#include <unordered_map>

#include "time/instant_order.hpp"

namespace wirekit {

namespace {

bool is_number(const std::string& s) {
    return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// Compares two strings of digits as numbers of any length.
std::strong_ordering compare_numbers(const std::string& a, const std::string& b) {
    auto strip = [](const std::string& s) { return std::string_view(s).substr(std::min(s.find_first_not_of('0'), s.size())); };
    std::string_view x = strip(a), y = strip(b);
    if (x.size() != y.size()) return x.size() <=> y.size();
    return x.compare(y) <=> 0;
}

bool later(const std::optional<DateTime>& a, const std::optional<DateTime>& b) {
    if (!a) return false;
    if (!b) return true;
    return compare_instants(*a, *b) > 0;
}

void sort_newest_first(std::vector<Article>& articles) {
    std::vector<std::optional<DateTime>> times;
    std::vector<std::size_t> order(articles.size());
    for (std::size_t i = 0; i < articles.size(); ++i) {
        times.push_back(article_time(articles[i]));
        order[i] = i;
    }
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return later(times[a], times[b]); });
    std::vector<Article> sorted;
    sorted.reserve(articles.size());
    for (std::size_t i : order) sorted.push_back(std::move(articles[i]));
    articles = std::move(sorted);
}

std::size_t apply_limits(std::vector<Article>& articles, const FeedLimits& limits) {
    std::size_t before = articles.size();
    if (limits.max_age && limits.now) {
        long long oldest = unix_seconds(*limits.now) - *limits.max_age;
        std::erase_if(articles, [&](const Article& a) {
            auto t = article_time(a);
            return t && unix_seconds(*t) < oldest;
        });
    }
    if (limits.max_items > 0 && articles.size() > limits.max_items) articles.resize(limits.max_items);
    return before - articles.size();
}

}  // namespace

std::optional<DateTime> article_time(const Article& a) {
    std::optional<DateTime> best;
    for (const auto* t : {&a.updated, &a.published, &a.version_created, &a.first_created})
        if (later(*t, best)) best = *t;
    return best;
}

bool is_newer(const Article& incoming, const Article& existing) {
    if (is_number(incoming.version) && is_number(existing.version)) {
        auto order = compare_numbers(incoming.version, existing.version);
        if (order != 0) return order > 0;
    }
    return later(article_time(incoming), article_time(existing));
}

FeedMergeCounts merge_articles(std::vector<Article>& feed, std::vector<Article> incoming, const FeedLimits& limits) {
    FeedMergeCounts counts;
    std::unordered_map<std::string, std::size_t> index;
    for (std::size_t i = 0; i < feed.size(); ++i) index.emplace(feed[i].id, i);
    for (auto& article : incoming) {
        auto found = index.find(article.id);
        if (found == index.end()) {
            index.emplace(article.id, feed.size());
            feed.push_back(std::move(article));
            ++counts.added;
        } else if (is_newer(article, feed[found->second])) {
            feed[found->second] = std::move(article);
            ++counts.replaced;
        }
    }
    sort_newest_first(feed);
    counts.dropped = apply_limits(feed, limits);
    return counts;
}

}  // namespace wirekit
