// libFuzzer entry point: see tests/support/fuzz_convert.hpp and
// tests/fuzz/README.md.
#include <cstddef>
#include <cstdint>

#include "support/fuzz_convert.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    wirekit::test::fuzz_convert(data, size);
    return 0;
}
