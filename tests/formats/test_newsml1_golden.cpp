// Every NewsML 1.x file of the shared corpus and every NewsML 1.x sample reads
// to its golden model (tests/golden/newsml1-json/NAME.json, the json
// writer's output, reviewed by hand against the corpus's SOURCES.md);
// newsml1 -> json -> newsml1 keeps the model and the bytes.
#include <catch2/catch.hpp>

#include <filesystem>

#include "json/json_reader.hpp"
#include "json/json_writer.hpp"
#include "newsml1/newsml1_reader.hpp"
#include "newsml1/newsml1_writer.hpp"
#include "support/golden.hpp"
#include "support/options.hpp"
#include "support/paths.hpp"
#include "time/datetime.hpp"

using namespace wirekit;

namespace {

std::vector<std::string> newsml1_inputs() {
    std::vector<std::string> inputs;
    // AFP's and EFE's files end in .xml and .XML.
    for (const auto& entry : std::filesystem::directory_iterator(test::shared_path("corpus/newsml1")))
        if (entry.path().extension() == ".xml" || entry.path().extension() == ".XML") inputs.push_back(entry.path().string());
    std::sort(inputs.begin(), inputs.end());
    for (const auto& f : test::files_in(test::source_path("samples"), ".newsml1")) inputs.push_back(f);
    return inputs;
}

ReadOptions options_for(Diagnostics& diag, const std::string& source) {
    ReadOptions ro = test::read_options(diag, source);
    ro.reference_date = parse_rfc3339("2024-06-30");
    return ro;
}

std::string stem(const std::string& path) { return std::filesystem::path(path).stem().string(); }

}  // namespace

TEST_CASE("NewsML 1.x files read to their golden model", "[newsml1][golden]") {
    auto inputs = newsml1_inputs();
    REQUIRE(inputs.size() >= 13);
    for (const auto& input : inputs) {
        SECTION(stem(input)) {
            Diagnostics diag;
            Document doc = read_newsml1(test::read_file(input), options_for(diag, input));
            std::string json = write_json(doc, test::write_options(diag));
            std::string golden = test::source_path("tests/golden/newsml1-json/" + stem(input) + ".json");
            INFO("golden file " << golden << " (WIREKIT_ACCEPT=1 rewrites it)");
            CHECK(test::matches_golden(golden, json));
        }
    }
}

TEST_CASE("newsml1 -> json -> newsml1 keeps the model and the bytes", "[newsml1][roundtrip]") {
    for (const auto& input : newsml1_inputs()) {
        SECTION(stem(input)) {
            Diagnostics diag;
            WriteOptions wo = test::write_options(diag);
            Document first = read_newsml1(test::read_file(input), options_for(diag, input));
            Document from_json = read_json(write_json(first, wo), options_for(diag, "json"));
            std::string newsml1 = write_newsml1(from_json, wo);
            Document second = read_newsml1(newsml1, options_for(diag, "newsml1"));
            CHECK(write_json(second, wo) == write_json(first, wo));
            CHECK(second == first);
            CHECK(write_newsml1(second, wo) == newsml1);
        }
    }
}
