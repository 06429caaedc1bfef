#include "registry/article_sink.hpp"

namespace wirekit {

PreparedArticle prepare_article(const ArticleSink& sink, Article&& article, unsigned threads) {
    std::optional<std::string> bytes = threads > 1 ? sink.prepare(article) : std::nullopt;
    if (bytes) return {std::nullopt, std::move(*bytes)};
    return {std::move(article), {}};
}

void hand_over(ArticleSink& sink, PreparedArticle&& read) {
    if (read.article) sink.article(std::move(*read.article));
    else sink.prepared_article(std::move(read.bytes));
}

}  // namespace wirekit
