#pragma once
// --lang: the language of the articles whose source names none.
#include <string_view>

#include "model/article.hpp"

namespace wirekit {

// Gives LANGUAGE to every article of DOC without one; nothing when empty.
void fill_missing_language(Document& doc, std::string_view language);
// The same for one article.
void fill_missing_language(Article& article, std::string_view language);

}  // namespace wirekit
