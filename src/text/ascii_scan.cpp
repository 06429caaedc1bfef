#include "text/ascii_scan.hpp"

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

}  // namespace wirekit
