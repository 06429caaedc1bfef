#include "core/article_id.hpp"

#include "core/body_text.hpp"
#include "core/uuid.hpp"

namespace wirekit {

std::string derived_article_id(const Article& article) {
    std::vector<std::string> paragraphs = block_paragraphs(article.body);
    std::string lead = paragraphs.empty() ? std::string() : paragraphs.front();
    return content_uuid(article.headline + '\n' + article.dateline.text + '\n' + lead);
}

}  // namespace wirekit
