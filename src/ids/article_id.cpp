#include "ids/article_id.hpp"

#include "ids/uuid.hpp"
#include "text/body_text.hpp"

namespace wirekit {

std::string derived_article_id(const Article& article) {
    std::vector<std::string> paragraphs = block_paragraphs(article.body);
    std::string_view lead = paragraphs.empty() ? std::string_view() : std::string_view(paragraphs.front());
    return content_uuid({article.headline, article.dateline.text, lead});
}

}  // namespace wirekit
