#include "text/ascii_scan.hpp"

#include <bit>
#include <cstdint>
#include <cstring>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

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

#if defined(__SSE2__)
// Sixteen bytes at a time where SSE2 is there (every x86-64): a mask with bit
// i set for byte i of each block that stops the skip, then the words below
// for the rest.
__m128i load_block(std::string_view text, std::size_t from) {
    return _mm_loadu_si128(reinterpret_cast<const __m128i*>(text.data() + from));
}

// Bytes below 0x20 or from 0x80 on: as signed bytes, those are all below 0x20.
int control_or_high(__m128i block) { return _mm_movemask_epi8(_mm_cmplt_epi8(block, _mm_set1_epi8(0x20))); }

int equal_to(__m128i block, char c) { return _mm_movemask_epi8(_mm_cmpeq_epi8(block, _mm_set1_epi8(c))); }

// Bytes below 0x20 only: signed bytes from 0 to 0x1F.
int control(__m128i block) {
    return _mm_movemask_epi8(_mm_and_si128(_mm_cmplt_epi8(block, _mm_set1_epi8(0x20)), _mm_cmpgt_epi8(block, _mm_set1_epi8(-1))));
}

std::size_t first_bit(int mask) { return static_cast<std::size_t>(std::countr_zero(static_cast<unsigned>(mask))); }

// After the whole blocks fewer than sixteen bytes are left from FROM. Where
// TEXT has sixteen in all, its last sixteen are taken as one block instead of
// byte by byte: the bits of the bytes before FROM, looked at again, are
// dropped. Sets FROM to the first byte STOP_MASK flags (TEXT.size() when
// none) and says true; false when the text is too short for it.
template <class StopMask>
bool skip_in_last_block(std::string_view text, std::size_t& from, StopMask stop_mask) {
    if (from >= text.size() || text.size() < 16) return false;
    std::size_t last = text.size() - 16;
    unsigned stop = static_cast<unsigned>(stop_mask(load_block(text, last))) >> (from - last);
    from = stop ? from + first_bit(static_cast<int>(stop)) : text.size();
    return true;
}
#endif

bool stops(char c, char stop_a, char stop_b) {
    auto byte = static_cast<unsigned char>(c);
    return byte < 0x20 || byte >= 0x80 || c == stop_a || c == stop_b;
}

// skip_plain_ascii(TEXT, FROM, STOP_A, STOP_B). With COPY, each block and word
// read is also stored at TO plus its offset in TEXT before it is looked at:
// the bytes skipped are copied in the same pass, and those after the stop
// land in TO's room, for the caller to write over.
template <bool copy>
std::size_t scan_plain_ascii(std::string_view text, std::size_t from, char stop_a, char stop_b, char* to) {
#if defined(__SSE2__)
    auto stops_in = [&](__m128i block) { return control_or_high(block) | equal_to(block, stop_a) | equal_to(block, stop_b); };
    for (; from + 16 <= text.size(); from += 16) {
        __m128i block = load_block(text, from);
        if constexpr (copy) _mm_storeu_si128(reinterpret_cast<__m128i*>(to + from), block);
        if (int stop = stops_in(block)) return from + first_bit(stop);
    }
    // skip_in_last_block reads the last sixteen bytes.
    auto stops_in_last = [&](__m128i block) {
        if constexpr (copy) _mm_storeu_si128(reinterpret_cast<__m128i*>(to + text.size() - 16), block);
        return stops_in(block);
    };
    if (skip_in_last_block(text, from, stops_in_last)) return from;
#endif
    for (; from + 8 <= text.size(); from += 8) {
        std::uint64_t word = load_word(text, from);
        if constexpr (copy) std::memcpy(to + from, &word, 8);
        if (std::uint64_t stop = (word & highs) | has_byte_below(word, 0x20) | has_byte(word, stop_a) | has_byte(word, stop_b))
            return from + first_flagged(stop);
    }
    for (; from < text.size() && !stops(text[from], stop_a, stop_b); ++from)
        if constexpr (copy) to[from] = text[from];
    return from;
}

}  // namespace

std::size_t skip_plain_ascii(std::string_view text, std::size_t from, char stop_a, char stop_b) {
    return scan_plain_ascii<false>(text, from, stop_a, stop_b, nullptr);
}

std::size_t copy_plain_ascii(std::string_view text, char* to, char stop_a, char stop_b) {
    return scan_plain_ascii<true>(text, 0, stop_a, stop_b, to);
}

std::size_t skip_plain_ascii(std::string_view text, std::size_t from) {
#if defined(__SSE2__)
    for (; from + 16 <= text.size(); from += 16)
        if (int stop = control_or_high(load_block(text, from))) return from + first_bit(stop);
    if (skip_in_last_block(text, from, control_or_high)) return from;
#endif
    for (; from + 8 <= text.size(); from += 8) {
        std::uint64_t word = load_word(text, from);
        // A control byte, or one from 0x80 on: the bytes below 0x20 borrow, the others carry their high bit.
        if (std::uint64_t stop = ((word - ones * 0x20) | word) & highs) return from + first_flagged(stop);
    }
    while (from < text.size() && static_cast<unsigned char>(text[from]) >= 0x20 && static_cast<unsigned char>(text[from]) < 0x80) ++from;
    return from;
}

std::size_t skip_ascii(std::string_view text, std::size_t from) {
#if defined(__SSE2__)
    auto highs_in = [](__m128i block) { return _mm_movemask_epi8(block); };
    for (; from + 16 <= text.size(); from += 16)
        if (int high = highs_in(load_block(text, from))) return from + first_bit(high);
    if (skip_in_last_block(text, from, highs_in)) return from;
#endif
    for (; from + 8 <= text.size(); from += 8)
        if (std::uint64_t high = load_word(text, from) & highs) return from + first_flagged(high);
    while (from < text.size() && static_cast<unsigned char>(text[from]) < 0x80) ++from;
    return from;
}

std::size_t skip_unescaped(std::string_view text, std::size_t from, bool quotes) {
#if defined(__SSE2__)
    auto escapes_in = [quotes](__m128i block) {
        int stop = equal_to(block, '&') | equal_to(block, '<') | equal_to(block, '>');
        if (quotes) stop |= equal_to(block, '"') | equal_to(block, '\'');
        return stop;
    };
    for (; from + 16 <= text.size(); from += 16)
        if (int stop = escapes_in(load_block(text, from))) return from + first_bit(stop);
    if (skip_in_last_block(text, from, escapes_in)) return from;
#endif
    for (; from < text.size(); ++from) {
        char c = text[from];
        if (c == '&' || c == '<' || c == '>' || (quotes && (c == '"' || c == '\''))) break;
    }
    return from;
}

std::size_t skip_to_byte_or_pair(std::string_view text, std::size_t from, char stop, char lead, char follow_a,
                                 char follow_b) {
#if defined(__SSE2__)
    // The block one byte further on holds what follows each byte of the block.
    for (; from + 17 <= text.size(); from += 16) {
        __m128i block = load_block(text, from), next = load_block(text, from + 1);
        int pairs = equal_to(block, lead) & (equal_to(next, follow_a) | equal_to(next, follow_b));
        if (int found = equal_to(block, stop) | pairs) return from + first_bit(found);
    }
#endif
    for (; from < text.size(); ++from) {
        char c = text[from];
        if (c == stop || (c == lead && from + 1 < text.size() && (text[from + 1] == follow_a || text[from + 1] == follow_b)))
            break;
    }
    return from;
}

std::size_t skip_single_spaced(std::string_view text, std::size_t from) {
    bool after_space = from > 0 && text[from - 1] == ' ';
#if defined(__SSE2__)
    for (; from + 16 <= text.size(); from += 16) {
        __m128i block = load_block(text, from);
        int spaces = equal_to(block, ' ');
        if (int stop = control(block) | (spaces & (spaces << 1 | (after_space ? 1 : 0)))) return from + first_bit(stop);
        after_space = (spaces >> 15) != 0;
    }
    // In the last block the byte before FROM is in the block itself.
    auto doubled_in = [](__m128i block) {
        int spaces = equal_to(block, ' ');
        return control(block) | (spaces & spaces << 1);
    };
    if (skip_in_last_block(text, from, doubled_in)) return from;
#endif
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
