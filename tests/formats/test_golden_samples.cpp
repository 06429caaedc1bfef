// Golden files for the dispatch reader and writer, discovered by glob: each
// samples/NAME.txt has tests/golden/dispatch-json/NAME.json (what the reader
// makes of it, written by the json writer), and that JSON written back as a
// dispatch gives the sample byte for byte.
#include <catch2/catch.hpp>

#include <filesystem>

#include "dispatch/dispatch_reader.hpp"
#include "dispatch/dispatch_writer.hpp"
#include "json/json_reader.hpp"
#include "json/json_writer.hpp"
#include "support/golden.hpp"
#include "support/paths.hpp"
#include "time/datetime.hpp"

using namespace wirekit;

namespace {

ReadOptions read_options(const std::string& source, Diagnostics& diag) {
    ReadOptions ro;
    ro.source = source;
    ro.reference_date = parse_rfc3339("2024-06-30");
    ro.diag = &diag;
    return ro;
}

}  // namespace

TEST_CASE("samples read to their golden JSON and write back byte for byte", "[dispatch][json][golden]") {
    auto samples = test::files_in(test::source_path("samples"), ".txt");
    REQUIRE(samples.size() >= 5);
    for (const auto& sample : samples) {
        std::string name = std::filesystem::path(sample).stem().string();
        SECTION(name) {
            Diagnostics diag;
            WriteOptions wo;
            wo.diag = &diag;
            std::string text = test::read_file(sample);
            Document doc = read_dispatch(text, read_options(sample, diag));
            std::string json = write_json(doc, wo);
            std::string golden = test::source_path("tests/golden/dispatch-json/" + name + ".json");
            INFO("golden file " << golden << " (WIREKIT_ACCEPT=1 rewrites it)");
            CHECK(test::matches_golden(golden, json));

            Document back = read_json(json, read_options(golden, diag));
            CHECK(back == doc);
            CHECK(write_json(back, wo) == json);
            CHECK(write_dispatch(back, wo) == text);
        }
    }
}

TEST_CASE("the reference dispatch goes through JSON and back byte for byte", "[dispatch][json][roundtrip]") {
    Diagnostics diag;
    WriteOptions wo;
    wo.diag = &diag;
    std::string path = test::shared_path("corpus/dispatch/lavrov-dushanbe-sputnik.txt");
    std::string text = test::read_file(path);
    Document doc = read_dispatch(text, read_options(path, diag));
    Document back = read_json(write_json(doc, wo), read_options("json", diag));
    CHECK(back == doc);
    CHECK(write_dispatch(back, wo) == text + "\n");
}
