#include "text/ascii_scan.hpp"

#include <bit>
#include <cstdint>
#include <cstring>

namespace wirekit {

namespace {

// Byte i of a word loaded from memory is bits 8i to 8i+7: the lowest flagged
// bit names the first flagged byte, and a byte's successor is its bits
// shifted up by eight.
static_assert(std::endian::native == std::endian::little);

constexpr std::uint64_t ones = 0x0101010101010101;
constexpr std::uint64_t highs = 0x8080808080808080;

// The high bit set for some bytes of WORD below N (N <= 0x80; bytes from 0x80
// on excluded): the classic bit trick. A borrow can flag a byte above a
// flagged one, never below, so the lowest flag is exact.
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

// The index in its word of the first byte a non-zero MASK flags.
std::size_t first_flagged(std::uint64_t mask) { return static_cast<std::size_t>(std::countr_zero(mask)) / 8; }

std::uint64_t load_word(std::string_view text, std::size_t from) {
    std::uint64_t word;
    std::memcpy(&word, text.data() + from, 8);
    return word;
}

bool stops(char c, char stop_a, char stop_b) {
    auto byte = static_cast<unsigned char>(c);
    return byte < 0x20 || byte >= 0x80 || c == stop_a || c == stop_b;
}

}  // namespace

std::size_t skip_plain_ascii(std::string_view text, std::size_t from, char stop_a, char stop_b) {
    for (; from + 8 <= text.size(); from += 8) {
        std::uint64_t word = load_word(text, from);
        if (std::uint64_t stop = (word & highs) | has_byte_below(word, 0x20) | has_byte(word, stop_a) | has_byte(word, stop_b))
            return from + first_flagged(stop);
    }
    while (from < text.size() && !stops(text[from], stop_a, stop_b)) ++from;
    return from;
}

std::size_t skip_plain_ascii(std::string_view text, std::size_t from) {
    for (; from + 8 <= text.size(); from += 8) {
        std::uint64_t word = load_word(text, from);
        // A control byte, or one from 0x80 on: the bytes below 0x20 borrow, the others carry their high bit.
        if (std::uint64_t stop = ((word - ones * 0x20) | word) & highs) return from + first_flagged(stop);
    }
    while (from < text.size() && static_cast<unsigned char>(text[from]) >= 0x20 && static_cast<unsigned char>(text[from]) < 0x80) ++from;
    return from;
}

std::size_t skip_ascii(std::string_view text, std::size_t from) {
    for (; from + 8 <= text.size(); from += 8)
        if (std::uint64_t high = load_word(text, from) & highs) return from + first_flagged(high);
    while (from < text.size() && static_cast<unsigned char>(text[from]) < 0x80) ++from;
    return from;
}

std::size_t skip_single_spaced(std::string_view text, std::size_t from) {
    bool after_space = from > 0 && text[from - 1] == ' ';
    for (; from + 8 <= text.size(); from += 8) {
        std::uint64_t word = load_word(text, from);
        std::uint64_t spaces = byte_mask(word, ' ');
        if (std::uint64_t stop = has_byte_below(word, 0x20) | (spaces & (spaces << 8 | (after_space ? 0x80 : 0))))
            return from + first_flagged(stop);
        after_space = (spaces >> 63) != 0;
    }
    for (; from < text.size(); ++from) {
        auto byte = static_cast<unsigned char>(text[from]);
        if (byte < 0x20 || (byte == ' ' && from > 0 && text[from - 1] == ' ')) break;
    }
    return from;
}

}  // namespace wirekit
