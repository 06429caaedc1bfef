#include "text/text.hpp"

#include <utility>

#include "text/ascii_scan.hpp"

namespace wirekit {

namespace {
constexpr std::string_view nbsp = "\xC2\xA0";
}

std::string_view trim_left(std::string_view s) {
    for (;;) {
        if (!s.empty() && is_ascii_space(s.front())) s.remove_prefix(1);
        else if (s.starts_with(nbsp)) s.remove_prefix(nbsp.size());
        else return s;
    }
}

std::string_view trim_right(std::string_view s) {
    for (;;) {
        if (!s.empty() && is_ascii_space(s.back())) s.remove_suffix(1);
        else if (s.ends_with(nbsp)) s.remove_suffix(nbsp.size());
        else return s;
    }
}

std::string_view trim(std::string_view s) { return trim_right(trim_left(s)); }

std::string to_lower_ascii(std::string_view s) {
    std::string out(s);
    for (char& c : out)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    return out;
}

bool iequals_ascii(std::string_view a, std::string_view b) {
    if (a.size() != b.size()) return false;
    for (std::size_t i = 0; i < a.size(); ++i) {
        char x = a[i], y = b[i];
        if (x >= 'A' && x <= 'Z') x = static_cast<char>(x - 'A' + 'a');
        if (y >= 'A' && y <= 'Z') y = static_cast<char>(y - 'A' + 'a');
        if (x != y) return false;
    }
    return true;
}

bool starts_with_ci(std::string_view s, std::string_view prefix) {
    return s.size() >= prefix.size() && iequals_ascii(s.substr(0, prefix.size()), prefix);
}

bool contains_ci(std::string_view s, std::string_view needle) {
    if (needle.empty()) return true;
    const char first = needle[0];
    const bool letter = is_ascii_alpha(first);
    const char lower_first = letter ? static_cast<char>(first | 0x20) : first;
    const char upper_first = letter ? static_cast<char>(first & ~0x20) : first;
    for (std::size_t i = 0; i + needle.size() <= s.size(); ++i)
        if ((s[i] == lower_first || s[i] == upper_first) && iequals_ascii(s.substr(i, needle.size()), needle)) return true;
    return false;
}

std::vector<std::string_view> split_lines(std::string_view s) {
    std::vector<std::string_view> lines;
    std::size_t start = 0;
    // Line ends are control bytes: the plain ASCII between them is skipped eight bytes at a time.
    for (std::size_t i = skip_plain_ascii(s, 0); i < s.size(); i = skip_plain_ascii(s, i + 1)) {
        if (s[i] == '\n' || s[i] == '\r') {
            lines.push_back(s.substr(start, i - start));
            if (s[i] == '\r' && i + 1 < s.size() && s[i + 1] == '\n') ++i;
            start = i + 1;
        }
    }
    if (start < s.size()) lines.push_back(s.substr(start));
    return lines;
}

std::size_t count_char(std::string_view text, char c) {
    // find is memchr: it skips the bytes between two occurrences many at a time.
    std::size_t count = 0;
    for (std::size_t at = text.find(c); at != std::string_view::npos; at = text.find(c, at + 1)) ++count;
    return count;
}

namespace {

// Whether T's only white space is single spaces between words.
bool has_single_spaces_only(std::string_view t) {
    // Only control bytes and doubled spaces stop the scan; most text has neither.
    for (std::size_t i = skip_single_spaced(t, 0); i < t.size(); i = skip_single_spaced(t, i + 1))
        if (is_ascii_space(t[i])) return false;
    return true;
}

}  // namespace

std::string collapse_spaces(std::string_view s) {
    std::string out;
    out.reserve(s.size());
    append_collapsed_spaces(out, s);
    return out;
}

std::string collapse_spaces(std::string&& s) {
    if (trim(s).size() == s.size() && has_single_spaces_only(s)) return std::move(s);
    return collapse_spaces(std::string_view(s));
}

void append_collapsed_spaces(std::string& out, std::string_view s) {
    std::string_view t = trim(s);
    // Most text is collapsed already: then one append, not one per word.
    if (has_single_spaces_only(t)) {
        out += t;
        return;
    }
    // Copies each run between spaces whole: one append per word, not per byte.
    for (std::size_t pos = 0; pos < t.size();) {
        std::size_t end = pos;
        while (end < t.size() && !is_ascii_space(t[end])) ++end;
        if (pos > 0) out += ' ';
        out.append(t.data() + pos, end - pos);
        while (end < t.size() && is_ascii_space(t[end])) ++end;
        pos = end;
    }
}

std::vector<std::string_view> split_at(std::string_view text, char separator) {
    std::vector<std::string_view> parts;
    for (std::size_t start = 0;;) {
        std::size_t at = text.find(separator, start);
        parts.push_back(text.substr(start, at == std::string_view::npos ? std::string_view::npos : at - start));
        if (at == std::string_view::npos) return parts;
        start = at + 1;
    }
}

void append_line(std::string& text, std::string_view line) {
    if (line.empty()) return;
    if (!text.empty()) text += '\n';
    text += line;
}

bool is_indented(std::string_view line) { return !line.empty() && (line[0] == ' ' || line[0] == '\t'); }

bool is_plain_line(std::string_view s) { return !s.empty() && s == collapse_spaces(s); }

char32_t next_code_point(std::string_view s, std::size_t& pos) {
    auto byte = [&](std::size_t i) { return static_cast<unsigned char>(s[i]); };
    unsigned char b0 = byte(pos);
    int len = b0 < 0x80 ? 1 : (b0 >> 5) == 0x6 ? 2 : (b0 >> 4) == 0xE ? 3 : (b0 >> 3) == 0x1E ? 4 : 0;
    if (len == 1) {
        ++pos;
        return b0;
    }
    if (len == 0 || pos + static_cast<std::size_t>(len) > s.size()) {
        ++pos;
        return 0xFFFD;
    }
    char32_t cp = b0 & (0x7F >> len);
    for (int i = 1; i < len; ++i) {
        unsigned char b = byte(pos + static_cast<std::size_t>(i));
        if ((b & 0xC0) != 0x80) {
            ++pos;
            return 0xFFFD;
        }
        cp = (cp << 6) | (b & 0x3F);
    }
    // Reject overlong forms, surrogates and values beyond U+10FFFF.
    static constexpr char32_t min_for_len[] = {0, 0, 0x80, 0x800, 0x10000};
    if (cp < min_for_len[len] || (cp >= 0xD800 && cp <= 0xDFFF) || cp > 0x10FFFF) {
        ++pos;
        return 0xFFFD;
    }
    pos += static_cast<std::size_t>(len);
    return cp;
}

void append_utf8(std::string& out, char32_t cp) {
    if (cp < 0x80) {
        out += static_cast<char>(cp);
    } else if (cp < 0x800) {
        out += static_cast<char>(0xC0 | (cp >> 6));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
        out += static_cast<char>(0xE0 | (cp >> 12));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else {
        out += static_cast<char>(0xF0 | (cp >> 18));
        out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    }
}

bool is_valid_utf8(std::string_view s) {
    std::size_t pos = 0;
    while (pos < s.size()) {
        pos = skip_ascii(s, pos);
        if (pos == s.size()) break;
        std::size_t before = pos;
        char32_t cp = next_code_point(s, pos);
        if (cp == 0xFFFD && !(pos - before == 3 && s.substr(before, 3) == "\xEF\xBF\xBD")) return false;
    }
    return true;
}

std::size_t utf8_length(std::string_view s) {
    std::size_t n = 0;
    for (std::size_t pos = 0; pos < s.size(); ++n) {
        // ASCII, the common case, is counted a run at a time without decoding.
        std::size_t ascii_end = skip_ascii(s, pos);
        n += ascii_end - pos;
        pos = ascii_end;
        if (pos == s.size()) break;
        next_code_point(s, pos);
    }
    return n;
}

std::vector<std::string_view> split_words(std::string_view s) {
    std::vector<std::string_view> words;
    for (std::size_t pos = 0; pos < s.size();) {
        while (pos < s.size() && s[pos] == ' ') ++pos;
        std::size_t end = s.find(' ', pos);
        if (end == std::string_view::npos) end = s.size();
        if (end > pos) words.push_back(s.substr(pos, end - pos));
        pos = end;
    }
    return words;
}

std::vector<std::string_view> split_list(std::string_view text, std::string_view separators) {
    std::vector<std::string_view> items;
    for (std::size_t start = 0; start <= text.size();) {
        std::size_t end = text.find_first_of(separators, start);
        if (end == std::string_view::npos) end = text.size();
        if (std::string_view item = trim(text.substr(start, end - start)); !item.empty()) items.push_back(item);
        start = end + 1;
    }
    return items;
}

bool is_all_digits(std::string_view s) {
    if (s.empty()) return false;
    for (char c : s)
        if (!is_ascii_digit(c)) return false;
    return true;
}

std::size_t word_count(std::string_view text) {
    std::size_t n = 0;
    bool in_word = false;
    for (char c : text) {
        if (c == ' ' || c == '\n' || c == '\t' || c == '\r') in_word = false;
        else if (!in_word) in_word = true, ++n;
    }
    return n;
}

std::string wrap_words(std::string_view text, int width) {
    if (width <= 0) return std::string(text);
    std::string out;
    std::size_t line_length = 0;
    std::size_t pos = 0;
    while (pos < text.size()) {
        std::size_t space = text.find(' ', pos);
        std::string_view word = text.substr(pos, space == std::string_view::npos ? std::string_view::npos : space - pos);
        pos = space == std::string_view::npos ? text.size() : space + 1;
        if (word.empty()) continue;
        std::size_t length = utf8_length(word);
        if (line_length > 0 && line_length + 1 + length > static_cast<std::size_t>(width)) {
            out += '\n';
            line_length = 0;
        } else if (line_length > 0) {
            out += ' ';
            ++line_length;
        }
        out += word;
        line_length += length;
    }
    return out;
}

}  // namespace wirekit
