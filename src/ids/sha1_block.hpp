#pragma once
// SHA-1's block function, the step that folds one 64-byte block into the
// state: in plain C++, and with the x86 SHA extensions where the CPU has them.
// Sha1 picks one; both are here so that tests can hold one against the other.
#include <cstdint>

namespace wirekit {

using Sha1Block = void (*)(std::uint32_t state[5], const std::uint8_t block[64]);

void sha1_block_portable(std::uint32_t state[5], const std::uint8_t block[64]);

// The block function of the CPU's SHA extensions; nullptr where there are none.
Sha1Block sha1_block_by_cpu();

}  // namespace wirekit
