#pragma once
// Checks shared by the tests of readers that hand articles over one at a time
// (ReadEachFn, reading in parts): they must give what reading whole gives.
#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "registry/format.hpp"

namespace wirekit::test {

// Records what a reader hands over, and how many articles came before the feed.
class RecordingSink : public ArticleSink {
public:
    void feed(FeedInfo feed) override;
    void article(Article&& article) override;

    Document doc;
    int feed_calls = 0;
    std::size_t articles_before_feed = 0;
};

// Every diagnostic in DIAG, formatted.
std::vector<std::string> formatted(const Diagnostics& diag);

// How many threads the readers that read in parts are tried with: one, and
// more than this machine may have cores.
inline constexpr unsigned reading_threads[] = {1, 2, 3};

// Reads BYTES with READ_EACH (with each of reading_threads) and with READ and
// checks that they agree: the feed handed over once, before any article;
// ARTICLES articles when given; the same document; the same diagnostics, in
// the same order and places.
void check_reads_like_whole(ReadEachFn read_each, ReadFn read, const std::string& bytes,
                            std::optional<std::size_t> articles = std::nullopt);

// BYTES, which READ refuses, read with READ_EACH with each of reading_threads:
// the same error, after ARTICLES articles handed over. Returns how many
// diagnostics came before the error with each (they are the same).
std::size_t check_fails_like_whole(ReadEachFn read_each, ReadFn read, const std::string& bytes, std::size_t articles);

// BYTES read with READ_EACH into SINK and with READ, each with its options: the
// errors (Error::format; empty when none) and READ's document.
struct ReadBothWays {
    std::string in_parts_error;
    std::string whole_error;
    Document whole;
};
ReadBothWays read_both_ways(ReadEachFn read_each, ReadFn read, const std::string& bytes, const ReadOptions& in_parts_options,
                            const ReadOptions& whole_options, ArticleSink& sink);

}  // namespace wirekit::test
