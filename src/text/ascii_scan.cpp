#include "text/ascii_scan.hpp"

#include <bit>
#include <cstdint>
#include <cstring>

namespace wirekit {

namespace {

constexpr std::uint64_t ones = 0x0101010101010101;
constexpr std::uint64_t highs = 0x8080808080808080;

// Non-zero when some byte of WORD is below N (N <= 0x80; bytes from 0x80 on
// excluded): the classic bit trick, exact as a yes or no.
constexpr std::uint64_t has_byte_below(std::uint64_t word, std::uint64_t n) { return (word - ones * n) & ~word & highs; }

constexpr std::uint64_t has_byte(std::uint64_t word, char c) {
    return has_byte_below(word ^ (ones * static_cast<unsigned char>(c)), 1);
}

// The high bit of each byte of WORD that is C, and no other bit: exact per
// byte, unlike has_byte, as no borrow runs between the bytes.
constexpr std::uint64_t byte_mask(std::uint64_t word, char c) {
    constexpr std::uint64_t lows = ~highs;
    std::uint64_t x = word ^ (ones * static_cast<unsigned char>(c));
    return ~(((x & lows) + lows) | x) & highs;
}

bool stops(char c, char stop_a, char stop_b) {
    auto byte = static_cast<unsigned char>(c);
    return byte < 0x20 || byte >= 0x80 || c == stop_a || c == stop_b;
}

}  // namespace

std::size_t skip_plain_ascii(std::string_view text, std::size_t from, char stop_a, char stop_b) {
    for (; from + 8 <= text.size(); from += 8) {
        std::uint64_t word;
        std::memcpy(&word, text.data() + from, 8);
        if ((word & highs) | has_byte_below(word, 0x20) | has_byte(word, stop_a) | has_byte(word, stop_b)) break;
    }
    while (from < text.size() && !stops(text[from], stop_a, stop_b)) ++from;
    return from;
}

std::size_t skip_ascii(std::string_view text, std::size_t from) {
    for (; from + 8 <= text.size(); from += 8) {
        std::uint64_t word;
        std::memcpy(&word, text.data() + from, 8);
        if (word & highs) break;
    }
    while (from < text.size() && static_cast<unsigned char>(text[from]) < 0x80) ++from;
    return from;
}

std::size_t skip_single_spaced(std::string_view text, std::size_t from) {
    // Byte i of a word loaded from memory is bits 8i to 8i+7: the byte after a space is the space's mask shifted up.
    static_assert(std::endian::native == std::endian::little);
    bool after_space = from > 0 && text[from - 1] == ' ';
    for (; from + 8 <= text.size(); from += 8) {
        std::uint64_t word;
        std::memcpy(&word, text.data() + from, 8);
        std::uint64_t spaces = byte_mask(word, ' ');
        if (has_byte_below(word, 0x20) || (spaces & (spaces << 8 | (after_space ? 0x80 : 0)))) break;
        after_space = (spaces >> 63) != 0;
    }
    for (; from < text.size(); ++from) {
        auto byte = static_cast<unsigned char>(text[from]);
        if (byte < 0x20 || (byte == ' ' && from > 0 && text[from - 1] == ' ')) break;
    }
    return from;
}

}  // namespace wirekit
