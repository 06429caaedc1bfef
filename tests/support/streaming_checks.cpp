#include "support/streaming_checks.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <functional>

#include "report/error.hpp"
#include "support/options.hpp"

namespace wirekit::test {

void RecordingSink::feed(FeedInfo feed) {
    ++feed_calls;
    articles_before_feed = doc.articles.size();
    doc.feed = std::move(feed);
}

void RecordingSink::article(Article&& article) { doc.articles.push_back(std::move(article)); }

std::vector<std::string> formatted(const Diagnostics& diag) {
    std::vector<std::string> out;
    for (const Diagnostic& d : diag.all()) out.push_back(d.format());
    return out;
}

void check_reads_like_whole(ReadEachFn read_each, ReadFn read, const std::string& bytes,
                            std::optional<std::size_t> articles) {
    Diagnostics whole_diag;
    Document whole = read(bytes, read_options(whole_diag));
    for (unsigned threads : reading_threads) {
        INFO("read with " << threads << " threads");
        Diagnostics in_parts_diag;
        RecordingSink sink;
        read_each(bytes, read_options(in_parts_diag, "in", threads), sink);
        CHECK(sink.feed_calls == 1);
        CHECK(sink.articles_before_feed == 0);
        if (articles) CHECK(sink.doc.articles.size() == *articles);
        CHECK(sink.doc == whole);
        CHECK(formatted(in_parts_diag) == formatted(whole_diag));
    }
}

std::size_t check_fails_like_whole(ReadEachFn read_each, ReadFn read, const std::string& bytes, std::size_t articles) {
    std::vector<std::size_t> diagnostics;
    for (unsigned threads : reading_threads) {
        INFO("read with " << threads << " threads");
        Diagnostics diag, whole_diag;
        RecordingSink sink;
        auto both = read_both_ways(read_each, read, bytes, read_options(diag, "in", threads), read_options(whole_diag), sink);
        CHECK(sink.doc.articles.size() == articles);
        CHECK_FALSE(both.whole_error.empty());
        CHECK(both.in_parts_error == both.whole_error);
        diagnostics.push_back(diag.all().size());
    }
    CHECK(std::adjacent_find(diagnostics.begin(), diagnostics.end(), std::not_equal_to<>()) == diagnostics.end());
    return diagnostics.front();
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
