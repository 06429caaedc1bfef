#include <catch2/catch.hpp>

#include <cstdint>
#include <random>

#include "ids/sha1_block.hpp"

using namespace wirekit;

namespace {

// The state after "abc" (padded into one block) from the initial state:
// the digest FIPS 180 gives, a9993e36 4706816a ba3e2571 7850c26c 9cd0d89d.
void check_abc(Sha1Block block_function) {
    std::uint32_t state[5] = {0x67452301, 0xEFCDAB89, 0x98BADCFE, 0x10325476, 0xC3D2E1F0};
    std::uint8_t block[64] = {'a', 'b', 'c', 0x80};
    block[63] = 24;  // the length in bits
    block_function(state, block);
    CHECK(state[0] == 0xa9993e36);
    CHECK(state[1] == 0x4706816a);
    CHECK(state[2] == 0xba3e2571);
    CHECK(state[3] == 0x7850c26c);
    CHECK(state[4] == 0x9cd0d89d);
}

}  // namespace

TEST_CASE("SHA-1 block: the plain function gives the FIPS 180 digest of abc", "[uuid]") { check_abc(sha1_block_portable); }

// Where the CPU has SHA extensions (x86-64 since about 2017) Sha1 uses them;
// elsewhere there is nothing to compare, which the test says.
TEST_CASE("SHA-1 block: the CPU's function agrees with the plain one on any state and block", "[uuid]") {
    Sha1Block by_cpu = sha1_block_by_cpu();
    if (!by_cpu) {
        WARN("this CPU has no SHA extensions: only the plain block function is in use");
        return;
    }
    check_abc(by_cpu);
    std::mt19937 random(20261207);
    for (int round = 0; round < 500; ++round) {
        std::uint32_t plain[5], cpu[5];
        for (int i = 0; i < 5; ++i) plain[i] = cpu[i] = static_cast<std::uint32_t>(random());
        std::uint8_t block[64];
        for (auto& byte : block) byte = static_cast<std::uint8_t>(random());
        sha1_block_portable(plain, block);
        by_cpu(cpu, block);
        INFO("round " << round);
        for (int i = 0; i < 5; ++i) CHECK(plain[i] == cpu[i]);
    }
}
