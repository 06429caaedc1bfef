#include "ids/article_id.hpp"

#include "ids/uuid.hpp"
#include "text/body_text.hpp"

namespace wirekit {

std::string derived_article_id(const Article& article) {
    std::vector<std::string> paragraphs = block_paragraphs(article.body);
    std::string lead = paragraphs.empty() ? std::string() : paragraphs.front();
    return content_uuid(article.headline + '\n' + article.dateline.text + '\n' + lead);
}

}  // namespace wirekit
