#include "text/charset.hpp"

#include <iconv.h>

#include <algorithm>
#include <cerrno>
#include <clocale>

#include "report/diagnostics.hpp"
#include "report/error.hpp"
#include "text/text.hpp"

namespace wirekit {

std::string windows1252_to_utf8(std::string_view bytes) {
    // 0x80-0x9F differ from Latin-1; the five undefined positions map to
    // themselves as C1 controls, as browsers do.
    static constexpr char16_t high[32] = {
        0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
        0x2039, 0x0152, 0x008D, 0x017D, 0x008F, 0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
        0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178};
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

std::string decode_plain_text(std::string_view bytes, const std::string& source, Diagnostics& diag, bool strict,
                              std::string_view declared) {
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
    if (is_valid_utf8(bytes)) return std::string(bytes);
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
