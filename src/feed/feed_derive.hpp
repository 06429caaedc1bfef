#pragma once
// Values the feed writers must state and a document may lack (a converted
// dispatch has no channel): derived from the articles, deterministically.
// See formats/rss/README.md, "Derived values".
#include <optional>
#include <string>

#include "model/article.hpp"

namespace wirekit {

// The headline of a single article; else the provider (or creditline) all
// articles share; else "Articles".
std::string derived_feed_title(const Document& doc);

// The feed's self URL, else the first article URL, else the feed id when it
// is a URI, else a name-based UUID URN over the articles' ids or headlines.
std::string derived_feed_link(const Document& doc);

// The latest of the articles' updated (else published) instants, if any.
std::optional<DateTime> latest_article_date(const Document& doc);

}  // namespace wirekit
