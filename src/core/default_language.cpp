#include "core/default_language.hpp"

namespace wirekit {

void fill_missing_language(Document& doc, std::string_view language) {
    if (language.empty()) return;
    for (auto& a : doc.articles)
        if (a.language.empty()) a.language = language;
}

}  // namespace wirekit
