#pragma once
// Upserting articles into a published feed: by id, a newer version replacing
// the old entry, newest first, within an item count and an age.
#include <cstddef>
#include <optional>
#include <vector>

#include "model/article.hpp"

namespace wirekit {

struct FeedLimits {
    std::size_t max_items = 0;                // 0: no limit
    std::optional<long long> max_age;         // seconds before NOW; none: no limit
    std::optional<DateTime> now;              // needed with max_age
};

struct FeedMergeCounts {
    std::size_t added = 0;
    std::size_t replaced = 0;
    std::size_t dropped = 0;  // by the limits, the new articles included
};

// The time an article is ordered and aged by: the latest of its updated,
// published, version_created and first_created; nullopt when it has none.
std::optional<DateTime> article_time(const Article& article);

// Whether INCOMING (same id) should replace EXISTING: a higher numeric
// version, else (versions equal, missing or not numbers) a later
// article_time. An identical or older article is not newer.
bool is_newer(const Article& incoming, const Article& existing);

// Upserts INCOMING into FEED by id, sorts newest first (undated articles
// last; ties keep their order, the feed's before the new ones) and applies
// LIMITS (undated articles are never too old). Every article needs an id.
FeedMergeCounts merge_articles(std::vector<Article>& feed, std::vector<Article> incoming, const FeedLimits& limits);

}  // namespace wirekit
