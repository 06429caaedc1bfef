// Every input under tests/fuzz-regressions/ once made the fuzzer find a bug;
// each is replayed through the same conversions, so that the bug stays fixed.
#include <catch2/catch.hpp>

#include <cstdint>
#include <filesystem>

#include "support/fuzz_convert.hpp"
#include "support/golden.hpp"
#include "support/paths.hpp"

using namespace wirekit;

TEST_CASE("fuzz regressions: every saved input converts without a crash") {
    const std::string dir = test::source_path("tests/fuzz-regressions");
    auto inputs = test::files_in(dir, ".bin");
    REQUIRE_FALSE(inputs.empty());
    for (const auto& path : inputs) {
        INFO(path);
        std::string bytes = test::read_file(path);
        test::fuzz_convert(reinterpret_cast<const std::uint8_t*>(bytes.data()), bytes.size());
        SUCCEED();
    }
}
