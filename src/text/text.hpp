#pragma once
// Small text helpers over UTF-8 strings shared by every format.
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace wirekit {

// Inline: the scanning loops of every reader call these for each byte.
inline bool is_ascii_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }
inline bool is_ascii_digit(char c) { return c >= '0' && c <= '9'; }
inline bool is_ascii_alpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
// Trims ASCII whitespace and U+00A0 (no-break space) at both ends.
std::string_view trim(std::string_view s);
std::string_view trim_left(std::string_view s);
std::string_view trim_right(std::string_view s);

std::string to_lower_ascii(std::string_view s);
bool iequals_ascii(std::string_view a, std::string_view b);
bool starts_with_ci(std::string_view s, std::string_view prefix);
// Whether NEEDLE occurs in S, ASCII letters compared without case; no lowered
// copy of S is made (S may be a 100 MB line).
bool contains_ci(std::string_view s, std::string_view needle);

// Splits into lines on LF, CRLF or lone CR; the terminators are dropped. A
// final terminator does not start an extra empty line.
std::vector<std::string_view> split_lines(std::string_view s);

// The words of TEXT: what runs of spaces separate.
std::vector<std::string_view> split_words(std::string_view text);

// The trimmed, non-empty items of a list whose items any of SEPARATORS
// separates: split_list("a, b;c", ",;") gives {"a", "b", "c"}.
std::vector<std::string_view> split_list(std::string_view text, std::string_view separators);

// How many times C occurs in TEXT.
std::size_t count_char(std::string_view text, char c);

// Whether S is non-empty and all ASCII digits.
bool is_all_digits(std::string_view s);

// Words (runs of non-space characters) in TEXT.
std::size_t word_count(std::string_view text);

// TEXT (one paragraph, words separated by spaces) wrapped greedily at WIDTH
// code points with newlines; words longer than WIDTH stand alone; WIDTH 0
// leaves it as it is.
std::string wrap_words(std::string_view text, int width);

// Joins runs of whitespace into one space and trims.
std::string collapse_spaces(std::string_view s);
// The same for a string of one's own, which is returned as it is, not
// copied, when it is collapsed already (most text is).
std::string collapse_spaces(std::string&& s);
// Text from C (pugixml's values): as collapse_spaces(std::string_view).
inline std::string collapse_spaces(const char* s) { return collapse_spaces(std::string_view(s)); }
// Appends S to OUT as collapse_spaces gives it, without a string of its own.
void append_collapsed_spaces(std::string& out, std::string_view s);
// TEXT split at every SEPARATOR, empty parts kept ("a::b" -> "a", "", "b").
std::vector<std::string_view> split_at(std::string_view text, char separator);

// Appends LINE to TEXT as a line of its own; nothing when LINE is empty.
void append_line(std::string& text, std::string_view line);

// Whether LINE starts with a space or a tab: how wire text marks a paragraph.
bool is_indented(std::string_view line);

// A single non-empty line without extra white space: what title-like feed
// elements read back as.
bool is_plain_line(std::string_view s);

// Decodes the code point at POS and advances POS; invalid bytes give U+FFFD and
// advance by one.
char32_t next_code_point(std::string_view s, std::size_t& pos);
void append_utf8(std::string& out, char32_t cp);
bool is_valid_utf8(std::string_view s);
// Number of code points (invalid bytes count one each).
std::size_t utf8_length(std::string_view s);

}  // namespace wirekit
