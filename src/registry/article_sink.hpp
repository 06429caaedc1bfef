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
// that read an article, to prepare the bytes it will write for it (prepare).
// When the sink gives bytes, the article is done with there and then: in its
// turn only its bytes are handed over (prepared_article). The work of writing
// thus runs beside the reading, on every thread; what crosses between threads
// is the bytes rather than the model, and the model is freed by the thread
// that made it while its memory is still in that thread's cache.
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
    // In an article's turn, in place of article(): BYTES, which prepare() gave
    // for it. Only a sink whose prepare() gives bytes is handed any.
    virtual void prepared_article(std::string&& bytes) { (void)bytes; }
};

// An article read on one of several threads: the bytes the sink prepared for
// it there, or the article itself when it prepared none (see ArticleSink).
struct PreparedArticle {
    std::optional<Article> article;
    std::string bytes;
};
// On the thread that read ARTICLE, one of THREADS reading: what SINK prepares
// of ARTICLE, or ARTICLE. Nothing is prepared when THREADS is one: the article
// is then handed over at once, and its bytes would only be copied once more.
PreparedArticle prepare_article(const ArticleSink& sink, Article&& article, unsigned threads);
// In its turn: hands READ to SINK, its bytes or its article. They are only
// referred to, not moved from, unless SINK takes them: the thread that made
// them may then destroy them.
void hand_over(ArticleSink& sink, PreparedArticle&& read);

}  // namespace wirekit
