#pragma once
// JSON Feed 1.0 and 1.1 to the model: the parts of the reader that
// jsonfeed_reader.cpp puts together. The mapping is in README.md.
#include <optional>
#include <vector>

#include "json/json_read.hpp"
#include "model/article.hpp"

namespace wirekit {

// "authors" (1.1), else the deprecated single "author" (1.0), as people; their
// avatars go to BAG (see jsonfeed_extensions.hpp).
void read_jsonfeed_authors(const JsonObject& object, std::vector<Person>& out, Extensions& bag);

// An RFC 3339 date; feed-style dates are read with a warning, and an
// unreadable one is left out with a warning (an error with --strict).
std::optional<DateTime> read_jsonfeed_date(const JsonObject& object, std::string_view key);

// Every "_name" member of OBJECT into BAG.
void keep_jsonfeed_extensions(const JsonObject& object, Extensions& bag);

// One item; nullopt when it has no usable id (the spec says to discard it).
std::optional<Article> article_from_jsonfeed_item(const JsonObject& item, const FeedInfo& feed);

}  // namespace wirekit
