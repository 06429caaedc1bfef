#include "ids/sha1.hpp"

#include <algorithm>
#include <cstring>

namespace wirekit {

namespace {

constexpr std::uint32_t rotl(std::uint32_t x, int n) { return (x << n) | (x >> (32 - n)); }

std::uint32_t load_big_endian(const std::uint8_t* p) {
    return std::uint32_t(p[0]) << 24 | std::uint32_t(p[1]) << 16 | std::uint32_t(p[2]) << 8 | std::uint32_t(p[3]);
}

// One 64-byte block. The message schedule is kept as a ring of 16 words and
// each of the four rounds is a loop of its own, unrolled, so that no step
// chooses its function or moves the ring at run time.
void compress(std::uint32_t h[5], const std::uint8_t block[64]) {
    std::uint32_t w[16];
    for (int i = 0; i < 16; ++i) w[i] = load_big_endian(block + 4 * i);
    std::uint32_t a = h[0], b = h[1], c = h[2], d = h[3], e = h[4];
    auto schedule = [&w](int i) {
        if (i >= 16) w[i & 15] = rotl(w[(i - 3) & 15] ^ w[(i - 8) & 15] ^ w[(i - 14) & 15] ^ w[i & 15], 1);
        return w[i & 15];
    };
    auto step = [&](std::uint32_t f, std::uint32_t k, std::uint32_t word) {
        std::uint32_t t = rotl(a, 5) + f + e + k + word;
        e = d;
        d = c;
        c = rotl(b, 30);
        b = a;
        a = t;
    };
#pragma GCC unroll 20
    for (int i = 0; i < 20; ++i) step((b & c) | (~b & d), 0x5A827999, schedule(i));
#pragma GCC unroll 20
    for (int i = 20; i < 40; ++i) step(b ^ c ^ d, 0x6ED9EBA1, schedule(i));
#pragma GCC unroll 20
    for (int i = 40; i < 60; ++i) step((b & c) | (b & d) | (c & d), 0x8F1BBCDC, schedule(i));
#pragma GCC unroll 20
    for (int i = 60; i < 80; ++i) step(b ^ c ^ d, 0xCA62C1D6, schedule(i));
    h[0] += a;
    h[1] += b;
    h[2] += c;
    h[3] += d;
    h[4] += e;
}

}  // namespace

void Sha1::update(std::string_view data) {
    // An empty view may have no data at all, which memcpy must not be given.
    if (data.empty()) return;
    auto bytes = reinterpret_cast<const std::uint8_t*>(data.data());
    std::size_t size = data.size();
    length_ += size;
    if (buffered_ > 0) {
        std::size_t take = std::min(size, sizeof block_ - buffered_);
        std::memcpy(block_ + buffered_, bytes, take);
        buffered_ += take;
        bytes += take;
        size -= take;
        if (buffered_ < sizeof block_) return;
        compress(state_, block_);
        buffered_ = 0;
    }
    for (; size >= sizeof block_; bytes += sizeof block_, size -= sizeof block_) compress(state_, bytes);
    if (size > 0) std::memcpy(block_, bytes, size);
    buffered_ = size;
}

std::array<std::uint8_t, 20> Sha1::finish() {
    std::uint64_t bits = length_ * 8;
    block_[buffered_++] = 0x80;
    if (buffered_ > 56) {
        std::memset(block_ + buffered_, 0, sizeof block_ - buffered_);
        compress(state_, block_);
        buffered_ = 0;
    }
    std::memset(block_ + buffered_, 0, 56 - buffered_);
    for (int i = 0; i < 8; ++i) block_[63 - i] = static_cast<std::uint8_t>(bits >> (8 * i));
    compress(state_, block_);
    std::array<std::uint8_t, 20> out{};
    for (int i = 0; i < 5; ++i)
        for (int j = 0; j < 4; ++j) out[4 * i + j] = static_cast<std::uint8_t>(state_[i] >> (24 - 8 * j));
    return out;
}

std::array<std::uint8_t, 20> sha1(std::string_view data) {
    Sha1 hasher;
    hasher.update(data);
    return hasher.finish();
}

}  // namespace wirekit
