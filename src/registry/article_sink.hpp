#pragma once
// Where a reader that reads article by article hands the articles over.
#include <optional>
#include <string>
#include <utility>

#include "model/article.hpp"

namespace wirekit {

// Where a reader that reads feed items one at a time hands them over: the feed
// information once, before the first article, then each article in document
// order. A sink may take an article (move from it) or only read it: what is
// left is the reader's to destroy, on the thread that made it (a reader that
// reads items on several threads keeps each thread's memory to that thread).
// What it throws stops the reading.
//
// A reader that reads on several threads may also ask the sink, on the thread
// that read an article, to prepare the bytes it will write for it (prepare);
// in the article's turn it then hands over those bytes with the article
// (prepared_article) instead of the article alone. The work of writing thus
// runs beside the reading, on every thread, and what crosses between threads
// is the bytes rather than the model.
class ArticleSink {
public:
    virtual ~ArticleSink() = default;
    virtual void feed(FeedInfo feed) = 0;
    virtual void article(Article&& article) = 0;
    // On the thread that read ARTICLE, other threads calling it at the same
    // time: the bytes the sink will write for ARTICLE, when they need nothing
    // from the articles before it; nullopt (the default) when they do.
    virtual std::optional<std::string> prepare(Article& article) const {
        (void)article;
        return std::nullopt;
    }
    // In ARTICLE's turn, in place of article(): BYTES, which prepare(ARTICLE)
    // gave. Only a sink whose prepare() gives bytes is handed any.
    virtual void prepared_article(Article&& article, std::string&& bytes) {
        (void)bytes;
        this->article(std::move(article));
    }
};

// An article read on one of several threads, with what the sink prepared for
// it there (see ArticleSink).
struct PreparedArticle {
    Article article;
    std::optional<std::string> bytes;
};
// On the thread that read ARTICLE, one of THREADS reading: ARTICLE with what
// SINK prepares of it. Nothing is prepared when THREADS is one: the article is
// then handed over at once, and its bytes would only be copied once more.
PreparedArticle prepare_article(const ArticleSink& sink, Article&& article, unsigned threads);
// In its turn: hands READ to SINK, with its bytes when it has some. The
// article and bytes are only referred to, not moved from, unless SINK takes
// them: the thread that made them may then destroy them.
void hand_over(ArticleSink& sink, PreparedArticle&& read);

}  // namespace wirekit
