// Every NewsML-G2 file of the shared corpora (newsml-g2, packages), every complete IPTC example and
// the NewsML-G2 samples read without error to their golden model files
// (tests/golden/newsml-json/NAME.json, the json writer's output, reviewed by
// hand), and newsml -> json -> newsml -> json keeps the model.
#include <catch2/catch.hpp>

#include <filesystem>

#include "json/json_reader.hpp"
#include "json/json_writer.hpp"
#include "newsml/newsml_reader.hpp"
#include "newsml/newsml_writer.hpp"
#include "support/golden.hpp"
#include "support/options.hpp"
#include "support/paths.hpp"
#include "time/datetime.hpp"

using namespace wirekit;

namespace {

// IPTC's examples folder holds fragments (LISTING_25, LISTING_28) and a
// message of placeholders (LISTING_24) besides whole items.
bool is_complete_example(const std::string& path) {
    std::string name = std::filesystem::path(path).filename().string();
    return !name.starts_with("LISTING_24_") && !name.starts_with("LISTING_25_") && !name.starts_with("LISTING_28_") &&
           !name.starts_with("should_fail_");
}

std::vector<std::string> newsml_inputs() {
    std::vector<std::string> inputs = test::files_in(test::shared_path("corpus/newsml-g2"), ".xml");
    for (const auto& f : test::files_in(test::shared_path("corpus/packages"), ".xml")) inputs.push_back(f);
    std::string examples = test::shared_path("formats-ref/newsml-g2/examples");
    for (const char* dir : {"", "/unit-tests", "/derived"})
        for (const auto& f : test::files_in(examples + dir, ".xml"))
            if (is_complete_example(f)) inputs.push_back(f);
    for (const auto& f : test::files_in(test::source_path("samples"), ".xml")) inputs.push_back(f);
    return inputs;
}

ReadOptions options_for(Diagnostics& diag, const std::string& source) {
    ReadOptions ro = test::read_options(diag, source);
    ro.reference_date = parse_rfc3339("2024-06-30");
    return ro;
}

}  // namespace

TEST_CASE("NewsML-G2 files read to their golden model", "[newsml][golden]") {
    auto inputs = newsml_inputs();
    REQUIRE(inputs.size() >= 40);
    for (const auto& input : inputs) {
        std::string name = std::filesystem::path(input).stem().string();
        SECTION(name) {
            Diagnostics diag;
            Document doc = read_newsml(test::read_file(input), options_for(diag, input));
            std::string json = write_json(doc, test::write_options(diag));
            std::string golden = test::source_path("tests/golden/newsml-json/" + name + ".json");
            INFO("golden file " << golden << " (WIREKIT_ACCEPT=1 rewrites it)");
            CHECK(test::matches_golden(golden, json));
        }
    }
}

TEST_CASE("newsml -> json -> newsml -> json keeps the model", "[newsml][roundtrip]") {
    for (const auto& input : newsml_inputs()) {
        SECTION(std::filesystem::path(input).stem().string()) {
            Diagnostics diag;
            WriteOptions wo = test::write_options(diag);
            wo.now = parse_rfc3339("2024-06-30T12:00:00Z");
            wo.variants = {std::string(round_trip_variant)};
            Document first = read_newsml(test::read_file(input), options_for(diag, input));
            std::string json = write_json(first, wo);
            Document from_json = read_json(json, options_for(diag, "json"));
            std::string g2 = write_newsml(from_json, wo);
            Document second = read_newsml(g2, options_for(diag, "g2"));
            CHECK(write_json(second, wo) == json);
            CHECK(second == first);
            CHECK(write_newsml(second, wo) == g2);
        }
    }
}
