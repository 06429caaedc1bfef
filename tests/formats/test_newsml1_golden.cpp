// Every NewsML 1.x file of the shared corpus and every NewsML 1.x sample reads
// to its golden model (tests/golden/newsml1-json/NAME.json, the json
// writer's output, reviewed by hand against the corpus's SOURCES.md);
// newsml1 -> json -> newsml1 keeps the model and the bytes.
#include <catch2/catch.hpp>

#include <filesystem>

#include "newsml1/newsml1_reader.hpp"
#include "newsml1/newsml1_writer.hpp"
#include "support/golden.hpp"
#include "support/model_checks.hpp"
#include "support/paths.hpp"

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

std::string stem(const std::string& path) { return std::filesystem::path(path).stem().string(); }

}  // namespace

TEST_CASE("NewsML 1.x files read to their golden model", "[newsml1][golden]") {
    auto inputs = newsml1_inputs();
    REQUIRE(inputs.size() >= 13);
    for (const auto& input : inputs)
        SECTION(stem(input)) { test::check_golden_model(input, read_newsml1, test::source_path("tests/golden/newsml1-json")); }
}

TEST_CASE("newsml1 -> json -> newsml1 keeps the model and the bytes", "[newsml1][roundtrip]") {
    for (const auto& input : newsml1_inputs())
        SECTION(stem(input)) { test::check_json_round_trip(input, read_newsml1, write_newsml1); }
}
