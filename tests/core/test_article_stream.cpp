// Converting article by article (convert/article_stream.hpp): what the sink
// writes for an article prepared on a reading thread and for one handed over
// alone, and the input check before the output is committed.
#include <catch2/catch.hpp>

#include <string>

#include "convert/article_stream.hpp"
#include "json/json_writer.hpp"
#include "report/error.hpp"
#include "support/options.hpp"
#include "support/paths.hpp"
#include "support/scratch_folder.hpp"

using namespace wirekit;
using test::ScratchFolder;

namespace {

Article headed(const std::string& headline) {
    Article a;
    a.headline = headline;
    return a;
}

// Two articles without a language: the first prepared as a reader reading on
// two threads prepares it, the second handed over alone.
void read_prepared_and_alone(std::string_view, const ReadOptions&, ArticleSink& sink) {
    sink.feed({});
    PreparedArticle first = prepare_article(sink, headed("Prepared"), 2);
    CHECK(!first.article);
    CHECK(!first.bytes.empty());
    hand_over(sink, std::move(first));
    sink.article(headed("Alone"));
}

}  // namespace

TEST_CASE("article stream: prepared articles are written as the others, with the language the input lacks", "[stream]") {
    ScratchFolder dir;
    std::string output = (dir.path / "out.jsonl").string();
    Diagnostics diag;
    ReadOptions ro = test::read_options(diag);
    ro.language = "fr";
    stream_articles("", read_prepared_and_alone, jsonl_streaming_writer, ro, test::write_options(diag), output, [] {});
    CHECK(test::read_file(output) == "{\"headline\":\"Prepared\",\"language\":\"fr\"}\n{\"headline\":\"Alone\",\"language\":\"fr\"}\n");
}

TEST_CASE("article stream: an input found changed leaves the output file untouched", "[stream]") {
    ScratchFolder dir;
    std::string output = (dir.path / "out.jsonl").string();
    Diagnostics diag;
    auto changed = [] { throw Error(Exit::io, "cannot read: the file was cut short while it was read", "in"); };
    CHECK_THROWS_AS(stream_articles("", read_prepared_and_alone, jsonl_streaming_writer, test::read_options(diag),
                                    test::write_options(diag), output, changed),
                    Error);
    CHECK(dir.entries() == 0);
}
