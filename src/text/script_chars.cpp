#include "text/script_chars.hpp"

#include "text/ascii_scan.hpp"
#include "text/text.hpp"

namespace wirekit {

namespace {

// Latin Extended-A pairs each capital with its small letter, but the parity of
// the capital flips twice across the block.
LetterCase latin_extended_a_case(char32_t cp) {
    if (cp == 0x138 || cp == 0x149 || cp == 0x17F) return LetterCase::lower;  // kra, 'n, long s
    if (cp == 0x178) return LetterCase::upper;                                // Y with diaeresis
    bool odd_is_upper = (cp >= 0x139 && cp <= 0x148) || (cp >= 0x179 && cp <= 0x17E);
    bool odd = (cp % 2) == 1;
    return odd == odd_is_upper ? LetterCase::upper : LetterCase::lower;
}

LetterCase greek_case(char32_t cp) {
    if (cp == 0x386 || (cp >= 0x388 && cp <= 0x38F && cp != 0x38B && cp != 0x38D)) return LetterCase::upper;
    if (cp >= 0x391 && cp <= 0x3A9 && cp != 0x3A2) return LetterCase::upper;
    if (cp >= 0x3AC && cp <= 0x3CE) return LetterCase::lower;
    return LetterCase::not_letter;
}

LetterCase cyrillic_case(char32_t cp) {
    if (cp <= 0x42F) return LetterCase::upper;
    if (cp <= 0x45F) return LetterCase::lower;
    if (cp >= 0x482 && cp <= 0x489) return LetterCase::not_letter;  // signs and combining marks
    return cp % 2 == 0 ? LetterCase::upper : LetterCase::lower;     // the extended letters come in pairs
}

// Latin Extended-B letters of living languages: Romanian's comma letters, the
// Vietnamese horned O and U, and the caron pairs of Pinyin and Sami.
LetterCase latin_extended_b_case(char32_t cp) {
    bool paired = (cp >= 0x1CD && cp <= 0x1DC) || (cp >= 0x1DE && cp <= 0x1EF) || (cp >= 0x1F8 && cp <= 0x21F) ||
                  (cp >= 0x222 && cp <= 0x233) || cp == 0x1A0 || cp == 0x1A1 || cp == 0x1AF || cp == 0x1B0;
    if (!paired) return LetterCase::not_letter;
    // The caron pairs from U+01CD put the capital on odd code points; the rest on even ones.
    bool odd_is_upper = cp >= 0x1CD && cp <= 0x1DC;
    return (cp % 2 == 1) == odd_is_upper ? LetterCase::upper : LetterCase::lower;
}

// Latin Extended Additional (Vietnamese tone letters and others): capital, small, in turn.
LetterCase latin_extended_additional_case(char32_t cp) {
    if (cp >= 0x1E96 && cp <= 0x1E9F) return LetterCase::lower;  // letters without a capital
    return cp % 2 == 0 ? LetterCase::upper : LetterCase::lower;
}

char32_t to_lower_letter(char32_t cp) {
    if (letter_case(cp) != LetterCase::upper) return cp;
    if (cp < 0x80 || (cp >= 0xC0 && cp <= 0xDE)) return cp + 0x20;
    if (cp == 0x178) return 0xFF;
    if (cp >= 0x100 && cp <= 0x17F) return cp + 1;
    if (cp == 0x386) return 0x3AC;
    if (cp >= 0x388 && cp <= 0x38A) return cp + 0x25;
    if (cp == 0x38C) return 0x3CC;
    if (cp == 0x38E || cp == 0x38F) return cp + 0x3F;
    if (cp >= 0x391 && cp <= 0x3A9) return cp + 0x20;
    if (cp >= 0x400 && cp <= 0x40F) return cp + 0x50;
    if (cp >= 0x410 && cp <= 0x42F) return cp + 0x20;
    if (cp >= 0x460 && cp <= 0x4FF) return cp + 1;
    if ((cp >= 0x180 && cp <= 0x24F) || (cp >= 0x1E00 && cp <= 0x1EFF)) return cp + 1;
    return cp;
}

}  // namespace

LetterCase letter_case(char32_t cp) {
    if (cp >= 'A' && cp <= 'Z') return LetterCase::upper;
    if (cp >= 'a' && cp <= 'z') return LetterCase::lower;
    if (cp < 0xC0) return LetterCase::not_letter;
    if (cp <= 0xDE) return cp == 0xD7 ? LetterCase::not_letter : LetterCase::upper;
    if (cp <= 0xFF) return cp == 0xF7 ? LetterCase::not_letter : LetterCase::lower;
    if (cp <= 0x17F) return latin_extended_a_case(cp);
    if (cp <= 0x24F) return latin_extended_b_case(cp);
    if (cp >= 0x386 && cp <= 0x3CE) return greek_case(cp);
    if (cp >= 0x400 && cp <= 0x4FF) return cyrillic_case(cp);
    if (cp >= 0x1E00 && cp <= 0x1EFF) return latin_extended_additional_case(cp);
    if (is_caseless_alphabet(cp) || is_cjk(cp)) return LetterCase::uncased;
    return LetterCase::not_letter;
}

bool is_cased_letter(char32_t cp) {
    LetterCase c = letter_case(cp);
    return c == LetterCase::upper || c == LetterCase::lower;
}

std::string fold_case(std::string_view text) {
    // The ASCII start, all of most words, is lowered byte by byte; code points
    // are decoded from the first other byte on.
    std::size_t ascii_end = skip_ascii(text, 0);
    std::string out = to_lower_ascii(text.substr(0, ascii_end));
    for (std::size_t pos = ascii_end; pos < text.size();) append_utf8(out, to_lower_letter(next_code_point(text, pos)));
    return out;
}

bool is_cjk(char32_t cp) {
    return (cp >= 0x3040 && cp <= 0x30FF)     // hiragana, katakana
           || (cp >= 0x31F0 && cp <= 0x31FF)  // katakana extensions
           || (cp >= 0x3400 && cp <= 0x4DBF)  // ideographs, extension A
           || (cp >= 0x4E00 && cp <= 0x9FFF)  // unified ideographs
           || (cp >= 0xAC00 && cp <= 0xD7AF)  // Hangul syllables
           || (cp >= 0xF900 && cp <= 0xFAFF)  // compatibility ideographs
           || (cp >= 0x20000 && cp <= 0x2FA1F);
}

bool is_caseless_alphabet(char32_t cp) {
    return (cp >= 0x5D0 && cp <= 0x5EA)       // Hebrew
           || (cp >= 0x5F0 && cp <= 0x5F2)    // Yiddish ligatures
           || (cp >= 0x620 && cp <= 0x64A)    // Arabic
           || (cp >= 0x66E && cp <= 0x6D3)    // Arabic: Persian, Urdu and other letters
           || cp == 0x6D5 || (cp >= 0x6FA && cp <= 0x6FC);
}

bool is_caseless_alphabet_mark(char32_t cp) {
    return (cp >= 0x591 && cp <= 0x5C7 && cp != 0x5BE && cp != 0x5C0 && cp != 0x5C3 && cp != 0x5C6)  // Hebrew points
           || (cp >= 0x64B && cp <= 0x65F) || cp == 0x670;                                           // Arabic harakat
}

bool is_dateline_space(char32_t cp) { return cp == ' ' || cp == '\t' || cp == 0xA0 || cp == 0x3000; }

int digit_value(char32_t cp) {
    if (cp >= '0' && cp <= '9') return static_cast<int>(cp - '0');
    if (cp >= 0xFF10 && cp <= 0xFF19) return static_cast<int>(cp - 0xFF10);
    return -1;
}

char32_t code_point_at(std::string_view s, std::size_t pos, std::size_t& next) {
    next = pos;
    if (pos >= s.size()) return 0;
    return next_code_point(s, next);
}

char32_t code_point_at(std::string_view s, std::size_t pos) {
    std::size_t next = pos;
    return code_point_at(s, pos, next);
}

std::size_t skip_dateline_spaces(std::string_view s, std::size_t pos) {
    for (std::size_t next = pos; is_dateline_space(code_point_at(s, pos, next));) pos = next;
    return pos;
}

}  // namespace wirekit
