#include "registry/article_sink.hpp"

namespace wirekit {

PreparedArticle prepare_article(const ArticleSink& sink, Article&& article, unsigned threads) {
    std::optional<std::string> bytes = threads > 1 ? sink.prepare(article) : std::nullopt;
    return {std::move(article), std::move(bytes)};
}

void hand_over(ArticleSink& sink, PreparedArticle&& read) {
    if (read.bytes) sink.prepared_article(std::move(read.article), std::move(*read.bytes));
    else sink.article(std::move(read.article));
}

}  // namespace wirekit
