#include "ids/sha1_block.hpp"

#if defined(__x86_64__)
#include <immintrin.h>
#endif

namespace wirekit {

namespace {

constexpr std::uint32_t rotl(std::uint32_t x, int n) { return (x << n) | (x >> (32 - n)); }

std::uint32_t load_big_endian(const std::uint8_t* p) {
    return std::uint32_t(p[0]) << 24 | std::uint32_t(p[1]) << 16 | std::uint32_t(p[2]) << 8 | std::uint32_t(p[3]);
}

}  // namespace

// The message schedule is kept as a ring of 16 words and each of the four
// rounds is a loop of its own, unrolled, so that no step chooses its function
// or moves the ring at run time.
void sha1_block_portable(std::uint32_t h[5], const std::uint8_t block[64]) {
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

#if defined(__x86_64__)

namespace {

// Four rounds of the function for rounds 20 * ROUND_GROUP on: the
// instruction takes the function's number as an immediate.
template <int RoundGroup>
__attribute__((target("sha"))) __m128i four_rounds(__m128i abcd, __m128i words_and_e) {
    return _mm_sha1rnds4_epu32(abcd, words_and_e, RoundGroup);
}

// The sixteen words of BLOCK, four to a register, each register with its
// first word in the top lane as the SHA instructions take it: the bytes of
// the sixteen reversed make each word big-endian and put it there.
__attribute__((target("sha,ssse3"))) void load_words(const std::uint8_t block[64], __m128i words[4]) {
    const __m128i reverse = _mm_set_epi8(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15);
    for (int i = 0; i < 4; ++i)
        words[i] = _mm_shuffle_epi8(_mm_loadu_si128(reinterpret_cast<const __m128i*>(block + 16 * i)), reverse);
}

// The 80 rounds as 20 steps of four. Step g uses words 4g to 4g+3 (W[g],
// the ring's slot g % 4) and E, which sha1nexte derives from A four rounds
// before. Words of later steps are made in three parts as their inputs
// arrive: W[k] = msg2(msg1(W[k-4], W[k-3]) ^ W[k-2], W[k-1]).
__attribute__((target("sha,ssse3"))) void sha1_block_sha_extensions(std::uint32_t state[5], const std::uint8_t block[64]) {
    __m128i abcd = _mm_shuffle_epi32(_mm_loadu_si128(reinterpret_cast<const __m128i*>(state)), 0x1B);
    const __m128i abcd_before = abcd;
    const __m128i e_before = _mm_set_epi32(static_cast<int>(state[4]), 0, 0, 0);
    __m128i w[4];
    load_words(block, w);
    __m128i previous_abcd = abcd;
    abcd = four_rounds<0>(abcd, _mm_add_epi32(e_before, w[0]));
#pragma GCC unroll 19
    for (int g = 1; g < 20; ++g) {
        __m128i words_and_e = _mm_sha1nexte_epu32(previous_abcd, w[g % 4]);
        previous_abcd = abcd;
        switch (g / 5) {
        case 0: abcd = four_rounds<0>(abcd, words_and_e); break;
        case 1: abcd = four_rounds<1>(abcd, words_and_e); break;
        case 2: abcd = four_rounds<2>(abcd, words_and_e); break;
        default: abcd = four_rounds<3>(abcd, words_and_e); break;
        }
        if (g >= 3 && g <= 18) w[(g + 1) % 4] = _mm_sha1msg2_epu32(w[(g + 1) % 4], w[g % 4]);
        if (g >= 2 && g <= 17) w[(g + 2) % 4] = _mm_xor_si128(w[(g + 2) % 4], w[g % 4]);
        if (g <= 16) w[(g + 3) % 4] = _mm_sha1msg1_epu32(w[(g + 3) % 4], w[g % 4]);
    }
    __m128i e = _mm_sha1nexte_epu32(previous_abcd, e_before);
    _mm_storeu_si128(reinterpret_cast<__m128i*>(state), _mm_shuffle_epi32(_mm_add_epi32(abcd, abcd_before), 0x1B));
    state[4] = static_cast<std::uint32_t>(_mm_cvtsi128_si32(_mm_srli_si128(e, 12)));
}

}  // namespace

Sha1Block sha1_block_by_cpu() {
    return __builtin_cpu_supports("sha") && __builtin_cpu_supports("ssse3") ? sha1_block_sha_extensions : nullptr;
}

#else

Sha1Block sha1_block_by_cpu() { return nullptr; }

#endif

}  // namespace wirekit
