// Converting article by article (convert/article_stream.hpp): what the sink
// writes for an article prepared on a reading thread and for one handed over
// alone.
#include <catch2/catch.hpp>

#include <string>

#include "convert/article_stream.hpp"
#include "json/json_writer.hpp"
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
    CHECK(first.bytes.has_value());
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
    stream_articles("", read_prepared_and_alone, jsonl_streaming_writer, ro, test::write_options(diag), output);
    CHECK(test::read_file(output) == "{\"headline\":\"Prepared\",\"language\":\"fr\"}\n{\"headline\":\"Alone\",\"language\":\"fr\"}\n");
}
