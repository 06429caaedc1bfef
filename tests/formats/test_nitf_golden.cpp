// Every NITF file of the shared corpus and every samples/*.nitf reads to its
// golden model (tests/golden/nitf-json/NAME.json, the json writer's output,
// reviewed by hand against the corpus's SOURCES.md); nitf -> json -> nitf
// keeps the model and the bytes; dispatch -> nitf -> dispatch gives the
// dispatch back byte for byte; newsml (G2) -> nitf -> newsml (+roundtrip, so
// that G2's own limits do not count) keeps what NITF holds.
#include <catch2/catch.hpp>

#include <filesystem>

#include "dispatch/dispatch_reader.hpp"
#include "dispatch/dispatch_writer.hpp"
#include "newsml/newsml_reader.hpp"
#include "newsml/newsml_writer.hpp"
#include "nitf/nitf_reader.hpp"
#include "nitf/nitf_writer.hpp"
#include "support/golden.hpp"
#include "support/model_checks.hpp"
#include "support/options.hpp"
#include "support/paths.hpp"
#include "text/body_text.hpp"
#include "text/text.hpp"
#include "time/datetime.hpp"

using namespace wirekit;

namespace {

std::vector<std::string> nitf_inputs() {
    std::vector<std::string> inputs = test::files_in(test::shared_path("corpus/nitf"), ".xml");
    for (const auto& f : test::files_in(test::source_path("samples"), ".nitf")) inputs.push_back(f);
    return inputs;
}

std::string stem(const std::string& path) { return std::filesystem::path(path).stem().string(); }

std::string body_text(const Article& a) {
    std::string text;
    for (const auto& p : block_paragraphs(a.body)) text += p + "\n";
    return collapse_spaces(text);
}

std::vector<std::string> names(const std::vector<Person>& people) {
    std::vector<std::string> out;
    for (const auto& p : people) out.push_back(p.name);
    return out;
}

}  // namespace

TEST_CASE("NITF files read to their golden model", "[nitf][golden]") {
    auto inputs = nitf_inputs();
    REQUIRE(inputs.size() >= 13);
    for (const auto& input : inputs)
        SECTION(stem(input)) { test::check_golden_model(input, read_nitf, test::source_path("tests/golden/nitf-json")); }
}

TEST_CASE("nitf -> json -> nitf keeps the model and the bytes", "[nitf][roundtrip]") {
    for (const auto& input : nitf_inputs())
        SECTION(stem(input)) { test::check_json_round_trip(input, read_nitf, write_nitf); }
}

// The samples are canonical dispatches: they come back byte for byte. The
// corpus's come back as the dispatch writer writes them without NITF between.
TEST_CASE("dispatch -> nitf -> dispatch gives the dispatch back", "[nitf][roundtrip]") {
    std::vector<std::string> inputs = test::files_in(test::source_path("samples"), ".txt");
    for (const auto& f : test::files_in(test::shared_path("corpus/dispatch"), ".txt"))
        if (!f.ends_with("SOURCES.txt")) inputs.push_back(f);
    REQUIRE(inputs.size() >= 30);
    for (const auto& input : inputs) {
        SECTION(stem(input)) {
            Diagnostics diag;
            WriteOptions wo = test::write_options(diag);
            std::string text = test::read_file(input);
            Document doc = read_dispatch(text, test::golden_read_options(diag, input));
            Document back = read_nitf(write_nitf(doc, wo), test::golden_read_options(diag, "nitf"));
            if (input.find("/samples/") != std::string::npos) CHECK(write_dispatch(back, wo) == text);
            CHECK(write_dispatch(back, wo) == write_dispatch(doc, wo));
            CHECK(back.articles[0].dateline == doc.articles[0].dateline);
            CHECK(back.articles[0].byline == doc.articles[0].byline);
        }
    }
}

TEST_CASE("newsml -> nitf -> newsml keeps what NITF holds", "[nitf][roundtrip]") {
    std::vector<std::string> inputs = test::files_in(test::shared_path("corpus/newsml-g2"), ".xml");
    for (const auto& f : test::files_in(test::source_path("samples"), ".xml")) inputs.push_back(f);
    int compared = 0;
    for (const auto& input : inputs) {
        Diagnostics diag;
        WriteOptions wo = test::write_options(diag);
        wo.now = parse_rfc3339("2024-06-30T12:00:00Z");
        wo.variants = {std::string(round_trip_variant)};
        Document doc = read_newsml(test::read_file(input), test::golden_read_options(diag, input));
        if (doc.articles.size() != 1) continue;  // a NITF document holds one article
        SECTION(stem(input)) {
            Document nitf = read_nitf(write_nitf(doc, wo), test::golden_read_options(diag, "nitf"));
            Document back = read_newsml(write_newsml(nitf, wo), test::golden_read_options(diag, "g2"));
            const Article &a = doc.articles[0], &b = back.articles[0];
            CHECK(b.id == a.id);
            CHECK(b.headline == a.headline);
            CHECK(b.subheadline == a.subheadline);
            // Without a byline NITF names the authors in one (authors a byline
            // does not name have no place in NITF).
            if (!a.byline.empty()) CHECK(b.byline == a.byline);
            else CHECK(names(b.authors) == names(a.authors));
            CHECK(b.summary == a.summary);
            CHECK(body_text(b) == body_text(a));
            CHECK(b.trailer == a.trailer);
            CHECK(b.dateline.text == a.dateline.text);
            CHECK(b.language == a.language);
            CHECK(b.urgency == a.urgency);
            CHECK(b.keywords == a.keywords);
            CHECK(b.copyright.holder == a.copyright.holder);
            CHECK(b.published == a.published);
            if (a.first_created) CHECK(b.first_created == a.first_created);
        }
        ++compared;
    }
    CHECK(compared >= 25);
}
