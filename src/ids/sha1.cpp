#include "ids/sha1.hpp"

#include <algorithm>
#include <cstring>

#include "ids/sha1_block.hpp"

namespace wirekit {

namespace {

// The CPU's block function where it has one: a third of the plain one's
// time on a dispatch's content id.
void compress(std::uint32_t state[5], const std::uint8_t block[64]) {
    static const Sha1Block by_cpu = sha1_block_by_cpu();
    (by_cpu ? by_cpu : sha1_block_portable)(state, block);
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
