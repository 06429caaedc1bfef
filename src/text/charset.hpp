#pragma once
// Turning input bytes into UTF-8 text: BOM removal, and bytes that are not
// UTF-8 decoded as Windows-1252 (what undeclared wire text nearly always is).
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace wirekit {

class Diagnostics;

// BYTES without a leading UTF-8 byte order mark.
std::string_view without_utf8_bom(std::string_view bytes);

std::string windows1252_to_utf8(std::string_view bytes);

// TEXT repaired when it is UTF-8 that was decoded once more as Windows-1252
// (or Latin-1) somewhere upstream: "AdemÃ¡s" gives "Además", "â€™" gives "’".
// When every character of TEXT has a Windows-1252 byte and those bytes form
// valid UTF-8 beyond ASCII, all of it (repeated while that holds: text encoded
// twice over); real Latin-1 text never does, since a lone accented letter is
// no UTF-8. The result must be made of characters double encoding is known to
// hide (below). Otherwise each run of characters whose bytes make one UTF-8
// sequence of a character double encoding is known to hide (Latin, Greek,
// Cyrillic letters, punctuation, currency, CJK, emoji), beside real characters
// that stay. nullopt when nothing was repaired.
std::optional<std::string> repair_double_encoding(std::string_view text);

struct Converted {
    std::string text;          // UTF-8
    std::size_t replaced = 0;  // invalid byte sequences replaced by U+FFFD
};

// Converts BYTES from the charset named CHARSET (any name iconv knows: ISO-8859-x,
// Windows-125x, KOI8-R, Shift_JIS, EUC-JP, GBK, Big5, UTF-16LE, ...) to UTF-8;
// nullopt when the charset is unknown.
std::optional<Converted> convert_to_utf8(std::string_view bytes, std::string_view charset);

struct Narrowed {
    std::string bytes;               // in the target charset
    std::size_t transliterated = 0;  // characters written as an equivalent ("é" as "e" in ASCII)
    std::size_t lost = 0;            // characters without one, written as "?"
};

// Converts UTF-8 TEXT to CHARSET (an iconv name: ASCII, ISO-8859-1, ...),
// transliterating what the charset lacks; nullopt when the charset is unknown.
std::optional<Narrowed> convert_from_utf8(std::string_view text, std::string_view charset);

// Whether CHARSET names UTF-8 (utf-8, UTF8, ...).
bool is_utf8_name(std::string_view charset);

// Strips a UTF-8 BOM; if the rest is not valid UTF-8 it is decoded as
// Windows-1252 and a warning naming SOURCE is added to DIAG (with STRICT,
// Error 65 instead). DECLARED is a charset stated outside the bytes (HTTP
// Content-Type): text in another charset than UTF-8 is converted from it.
// Nothing when the BOM-less bytes are the UTF-8 text already: a big input is
// then read where it lies, not copied.
std::optional<std::string> decode_plain_text(std::string_view bytes, const std::string& source, Diagnostics& diag,
                                             bool strict = false, std::string_view declared = {});

}  // namespace wirekit
