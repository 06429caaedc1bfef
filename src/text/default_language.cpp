#include "text/default_language.hpp"

namespace wirekit {

void fill_missing_language(Document& doc, std::string_view language) {
    for (auto& a : doc.articles) fill_missing_language(a, language);
}

void fill_missing_language(Article& article, std::string_view language) {
    if (article.language.empty()) article.language = language;
}

}  // namespace wirekit
