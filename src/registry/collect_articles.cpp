#include "registry/collect_articles.hpp"

#include <utility>

namespace wirekit {

namespace {

class DocumentCollector : public ArticleSink {
public:
    explicit DocumentCollector(Document& doc) : doc_(doc) {}
    void feed(FeedInfo feed) override { doc_.feed = std::move(feed); }
    void article(Article&& article) override { doc_.articles.push_back(std::move(article)); }

private:
    Document& doc_;
};

}  // namespace

Document collect_articles(ReadEachFn read_each, std::string_view bytes, const ReadOptions& options) {
    Document doc;
    DocumentCollector collector(doc);
    read_each(bytes, options, collector);
    return doc;
}

}  // namespace wirekit
