#pragma once
// Character classes the dateline parser needs beyond ASCII: letter case for the
// Latin, Greek and Cyrillic scripts (a dateline's place is capitalised), the
// caseless Arabic and Hebrew alphabets, CJK ideographs and kana, and the
// full-width spaces and digits of CJK text.
#include <cstddef>
#include <string>
#include <string_view>

namespace wirekit {

enum class LetterCase { not_letter, upper, lower, uncased };

// The case of CP; letters of scripts without case (Arabic, Hebrew, CJK) are
// `uncased`, and letters of scripts this parser does not know are `not_letter`.
LetterCase letter_case(char32_t cp);

// True for an upper- or lower-case letter.
bool is_cased_letter(char32_t cp);

// Lower-cases the Latin-1, Latin Extended-A, Greek and Cyrillic letters of TEXT
// (what month names need); other code points are kept.
std::string fold_case(std::string_view text);

// CJK ideographs, kana and Hangul.
bool is_cjk(char32_t cp);

// Letters of the Arabic (with Persian and Urdu) and Hebrew alphabets: words of
// letters without case, written with spaces between them.
bool is_caseless_alphabet(char32_t cp);

// The vowel points and other combining marks written inside such words.
bool is_caseless_alphabet_mark(char32_t cp);

// ASCII space or tab, no-break space, ideographic space.
bool is_dateline_space(char32_t cp);

// 0-9 for an ASCII or full-width digit, -1 otherwise.
int digit_value(char32_t cp);

// The code point at POS (0 at the end of S); NEXT receives the position after it.
char32_t code_point_at(std::string_view s, std::size_t pos, std::size_t& next);
char32_t code_point_at(std::string_view s, std::size_t pos);

// The position after any dateline spaces starting at POS.
std::size_t skip_dateline_spaces(std::string_view s, std::size_t pos);

}  // namespace wirekit
