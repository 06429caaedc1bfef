#pragma once
// SHA-1, only for name-based (version 5) UUIDs; not for security.
#include <array>
#include <cstddef>
#include <cstdint>
#include <string_view>

namespace wirekit {

// SHA-1 fed in parts: hashing a name made of several strings needs no copy
// of them joined.
class Sha1 {
public:
    void update(std::string_view data);
    // The digest of all the parts so far; the hasher is spent afterwards.
    std::array<std::uint8_t, 20> finish();

private:
    std::uint32_t state_[5] = {0x67452301, 0xEFCDAB89, 0x98BADCFE, 0x10325476, 0xC3D2E1F0};
    std::uint8_t block_[64] = {};
    std::size_t buffered_ = 0;  // bytes of block_ in use
    std::uint64_t length_ = 0;  // bytes hashed in all
};

std::array<std::uint8_t, 20> sha1(std::string_view data);

}  // namespace wirekit
