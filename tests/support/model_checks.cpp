#include "support/model_checks.hpp"

#include <catch2/catch.hpp>

#include <filesystem>

#include "json/json_reader.hpp"
#include "json/json_writer.hpp"
#include "support/golden.hpp"
#include "support/options.hpp"
#include "support/paths.hpp"
#include "time/datetime.hpp"

namespace wirekit::test {

ReadOptions golden_read_options(Diagnostics& diag, const std::string& source) {
    ReadOptions ro = read_options(diag, source);
    ro.reference_date = parse_rfc3339("2024-06-30");
    return ro;
}

void check_golden_model(const std::string& input, ReadFn read, const std::string& golden_dir) {
    Diagnostics diag;
    Document doc = read(read_file(input), golden_read_options(diag, input));
    std::string json = write_json(doc, write_options(diag));
    std::string golden = golden_dir + "/" + std::filesystem::path(input).stem().string() + ".json";
    INFO("golden file " << golden << " (WIREKIT_ACCEPT=1 rewrites it)");
    CHECK(matches_golden(golden, json));
}

void check_json_round_trip(const std::string& input, ReadFn read, WriteFn write) {
    Diagnostics diag;
    WriteOptions wo = write_options(diag);
    Document first = read(read_file(input), golden_read_options(diag, input));
    Document from_json = read_json(write_json(first, wo), golden_read_options(diag, "json"));
    std::string written = write(from_json, wo);
    Document second = read(written, golden_read_options(diag, "written"));
    CHECK(write_json(second, wo) == write_json(first, wo));
    CHECK(second == first);
    CHECK(write(second, wo) == written);
}

}  // namespace wirekit::test
