#include "text/charset.hpp"

#include <iconv.h>

#include <algorithm>
#include <cerrno>
#include <clocale>

#include "report/diagnostics.hpp"
#include "report/error.hpp"
#include "text/text.hpp"

namespace wirekit {

namespace {

// Windows-1252's 0x80-0x9F differ from Latin-1; the five undefined positions
// map to themselves as C1 controls, as browsers do.
constexpr char16_t windows1252_high[32] = {
    0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0x008D, 0x017D, 0x008F, 0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178};

// The Windows-1252 byte of CP (a C1 control stands for its own byte, as a
// Latin-1 decoder leaves it); -1 when it has none.
int windows1252_byte(char32_t cp) {
    if (cp <= 0xFF) return static_cast<int>(cp);
    for (int i = 0; i < 32; ++i)
        if (windows1252_high[i] == cp) return 0x80 + i;
    return -1;
}

// One round of repair_double_encoding.
std::optional<std::string> undo_windows1252_decoding(std::string_view text) {
    if (std::all_of(text.begin(), text.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; })) return std::nullopt;
    std::string bytes;
    bytes.reserve(text.size());
    bool beyond_ascii = false;
    for (std::size_t pos = 0; pos < text.size();) {
        char32_t cp = next_code_point(text, pos);
        int b = windows1252_byte(cp);
        if (b < 0) return std::nullopt;
        beyond_ascii = beyond_ascii || b >= 0x80;
        bytes += static_cast<char>(b);
    }
    if (!beyond_ascii || !is_valid_utf8(bytes)) return std::nullopt;
    return bytes;
}

}  // namespace

namespace {

// Characters that double encoding commonly produces and that two or three
// real Windows-1252 characters side by side almost never make: Latin letters
// of Western and Central Europe, Greek, Cyrillic, punctuation and currency,
// ™ and the like, CJK, Hangul, full-width forms, emoji, the replacement
// character. ("ß“" in „Gruß“ would make U+07D3, which is not among them.)
bool is_likely_repair(char32_t cp) {
    return (cp >= 0xA0 && cp <= 0x17F) || (cp >= 0x370 && cp <= 0x4FF) || (cp >= 0x2000 && cp <= 0x206F) ||
           (cp >= 0x20A0 && cp <= 0x20CF) || (cp >= 0x2100 && cp <= 0x214F) || (cp >= 0x3000 && cp <= 0x30FF) ||
           (cp >= 0x4E00 && cp <= 0x9FFF) || (cp >= 0xAC00 && cp <= 0xD7AF) || (cp >= 0xFF00 && cp <= 0xFFEF) ||
           cp == 0xFFFD || (cp >= 0x1F300 && cp <= 0x1FAFF);
}

bool all_likely_repairs(std::string_view text) {
    for (std::size_t pos = 0; pos < text.size();) {
        char32_t cp = next_code_point(text, pos);
        if (cp >= 0x80 && !is_likely_repair(cp)) return false;
    }
    return true;
}

std::size_t utf8_sequence_length(int lead) {
    if (lead >= 0xC2 && lead <= 0xDF) return 2;
    if (lead >= 0xE0 && lead <= 0xEF) return 3;
    if (lead >= 0xF0 && lead <= 0xF4) return 4;
    return 0;
}

// Text where double-encoded sequences stand beside real characters ("’50th
// ... Genji-e â€” Challenging"): each run of characters whose Windows-1252
// bytes form one UTF-8 sequence of a likely character is repaired.
std::optional<std::string> repair_double_encoded_sequences(std::string_view text) {
    std::string out;
    bool changed = false;
    for (std::size_t pos = 0; pos < text.size();) {
        std::size_t start = pos;
        int lead = windows1252_byte(next_code_point(text, pos));
        if (std::size_t length = utf8_sequence_length(lead); length > 0) {
            std::string bytes(1, static_cast<char>(lead));
            std::size_t end = pos;
            while (bytes.size() < length && end < text.size()) {
                int b = windows1252_byte(next_code_point(text, end));
                if (b < 0x80 || b > 0xBF) break;
                bytes += static_cast<char>(b);
            }
            std::size_t at = 0;
            if (bytes.size() == length && is_valid_utf8(bytes) && is_likely_repair(next_code_point(bytes, at))) {
                out += bytes;
                pos = end;
                changed = true;
                continue;
            }
        }
        out.append(text.substr(start, pos - start));
    }
    if (!changed) return std::nullopt;
    return out;
}

}  // namespace

std::optional<std::string> repair_double_encoding(std::string_view text) {
    constexpr int max_rounds = 3;
    if (std::all_of(text.begin(), text.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; })) return std::nullopt;
    // Round after round while all of TEXT undoes; the last result made of
    // likely characters only is the repair ("PELÉ’s" would undo to U+0252).
    std::optional<std::string> repaired;
    std::string current(text);
    for (int round = 0; round < max_rounds; ++round) {
        auto once = undo_windows1252_decoding(current);
        if (!once) break;
        current = std::move(*once);
        if (all_likely_repairs(current)) repaired = current;
    }
    if (repaired) return repaired;
    return repair_double_encoded_sequences(text);
}

std::string windows1252_to_utf8(std::string_view bytes) {
    const auto& high = windows1252_high;
    std::string out;
    out.reserve(bytes.size() + bytes.size() / 8);
    for (char ch : bytes) {
        auto b = static_cast<unsigned char>(ch);
        if (b < 0x80) out += ch;
        else if (b < 0xA0) append_utf8(out, high[b - 0x80]);
        else append_utf8(out, b);
    }
    return out;
}

std::string_view without_utf8_bom(std::string_view bytes) {
    if (bytes.starts_with("\xEF\xBB\xBF")) bytes.remove_prefix(3);
    return bytes;
}

std::optional<std::string> decode_plain_text(std::string_view bytes, const std::string& source, Diagnostics& diag,
                                             bool strict, std::string_view declared) {
    bytes = without_utf8_bom(bytes);
    if (!declared.empty() && !is_utf8_name(declared)) {
        if (auto converted = convert_to_utf8(bytes, declared)) {
            if (converted->replaced > 0) {
                std::string what = std::to_string(converted->replaced) + " byte sequences are not " + std::string(declared);
                if (strict) throw Error(Exit::data, what + " (--strict)", source);
                diag.warning(source, what + "; replaced by U+FFFD");
            }
            return std::move(converted->text);
        }
        diag.warning(source, "unknown charset '" + std::string(declared) + "'; read as UTF-8");
    }
    if (is_valid_utf8(bytes)) return std::nullopt;
    if (strict) throw Error(Exit::data, "input is not valid UTF-8 (--strict)", source);
    diag.warning(source, "input is not valid UTF-8; decoded as Windows-1252");
    return windows1252_to_utf8(bytes);
}

bool is_utf8_name(std::string_view charset) { return iequals_ascii(charset, "utf-8") || iequals_ascii(charset, "utf8"); }

namespace {

// Runs all of BYTES through CD into OUT; a byte it cannot convert becomes
// REPLACEMENT (counted in REPLACED). Returns iconv's count of irreversible
// conversions (transliterations).
std::size_t iconv_all(iconv_t cd, std::string_view bytes, std::string& out, std::string_view replacement, std::size_t& replaced) {
    std::size_t irreversible = 0;
    char buffer[16384];
    char* in = const_cast<char*>(bytes.data());
    std::size_t in_left = bytes.size();
    while (in_left > 0) {
        char* dst = buffer;
        std::size_t dst_left = sizeof buffer;
        std::size_t r = iconv(cd, &in, &in_left, &dst, &dst_left);
        out.append(buffer, sizeof buffer - dst_left);
        if (r != static_cast<std::size_t>(-1)) {
            irreversible += r;
            continue;
        }
        if (errno == E2BIG) continue;
        // EILSEQ or EINVAL (a truncated sequence at the end): replace one byte and go on.
        out += replacement;
        ++replaced;
        ++in;
        --in_left;
        iconv(cd, nullptr, nullptr, nullptr, nullptr);
    }
    // Stateful charsets (ISO-2022-JP) may hold a final shift sequence back.
    char* dst = buffer;
    std::size_t dst_left = sizeof buffer;
    iconv(cd, nullptr, nullptr, &dst, &dst_left);
    out.append(buffer, sizeof buffer - dst_left);
    return irreversible;
}

}  // namespace

std::optional<Converted> convert_to_utf8(std::string_view bytes, std::string_view charset) {
    std::string name(charset);
    iconv_t cd = iconv_open("UTF-8", name.c_str());
    if (cd == reinterpret_cast<iconv_t>(-1)) return std::nullopt;
    Converted out;
    out.text.reserve(bytes.size() + bytes.size() / 2);
    iconv_all(cd, bytes, out.text, "\uFFFD", out.replaced);
    iconv_close(cd);
    return out;
}

std::optional<Narrowed> convert_from_utf8(std::string_view text, std::string_view charset) {
    // glibc transliterates by the thread's LC_CTYPE; the C locale knows no
    // equivalents, C.UTF-8 does ("é" -> "e").
    locale_t utf8_locale = newlocale(LC_CTYPE_MASK, "C.UTF-8", nullptr);
    locale_t previous = utf8_locale ? uselocale(utf8_locale) : nullptr;
    std::string name = std::string(charset) + "//TRANSLIT";
    iconv_t cd = iconv_open(name.c_str(), "UTF-8");
    std::optional<Narrowed> out;
    if (cd != reinterpret_cast<iconv_t>(-1)) {
        out.emplace();
        std::size_t invalid = 0;
        out->transliterated = iconv_all(cd, text, out->bytes, "?", invalid);
        auto questions = [](std::string_view s) { return static_cast<std::size_t>(std::count(s.begin(), s.end(), '?')); };
        std::size_t added = questions(out->bytes) - std::min(questions(out->bytes), questions(text));
        out->lost = added;
        iconv_close(cd);
    }
    if (utf8_locale) {
        uselocale(previous);
        freelocale(utf8_locale);
    }
    return out;
}

}  // namespace wirekit
