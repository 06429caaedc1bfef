#include "support/streaming_checks.hpp"

#include <catch2/catch.hpp>

#include "report/error.hpp"
#include "support/options.hpp"

namespace wirekit::test {

void RecordingSink::feed(FeedInfo feed) {
    ++feed_calls;
    articles_before_feed = doc.articles.size();
    doc.feed = std::move(feed);
}

void RecordingSink::article(Article article) { doc.articles.push_back(std::move(article)); }

std::vector<std::string> formatted(const Diagnostics& diag) {
    std::vector<std::string> out;
    for (const Diagnostic& d : diag.all()) out.push_back(d.format());
    return out;
}

void check_reads_like_whole(ReadEachFn read_each, ReadFn read, const std::string& bytes,
                            std::optional<std::size_t> articles) {
    Diagnostics in_parts_diag, whole_diag;
    RecordingSink sink;
    read_each(bytes, read_options(in_parts_diag), sink);
    Document whole = read(bytes, read_options(whole_diag));
    CHECK(sink.feed_calls == 1);
    CHECK(sink.articles_before_feed == 0);
    if (articles) CHECK(sink.doc.articles.size() == *articles);
    CHECK(sink.doc == whole);
    CHECK(formatted(in_parts_diag) == formatted(whole_diag));
}

ReadBothWays read_both_ways(ReadEachFn read_each, ReadFn read, const std::string& bytes, const ReadOptions& in_parts_options,
                            const ReadOptions& whole_options, ArticleSink& sink) {
    ReadBothWays both;
    try {
        read_each(bytes, in_parts_options, sink);
    } catch (const Error& e) {
        both.in_parts_error = e.format();
    }
    try {
        both.whole = read(bytes, whole_options);
    } catch (const Error& e) {
        both.whole_error = e.format();
    }
    return both;
}

}  // namespace wirekit::test
