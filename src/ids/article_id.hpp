#pragma once
// Ids for articles that have none, derived from their content so that the
// same article always gets the same id (see DESIGN.md, "Times, ids and order").
#include <string>

#include "model/article.hpp"

namespace wirekit {

// A name-based UUID URN over the headline, the dateline text and the first
// paragraph, as the dispatch reader derives its ids.
std::string derived_article_id(const Article& article);

}  // namespace wirekit
