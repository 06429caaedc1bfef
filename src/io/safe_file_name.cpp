#include "io/safe_file_name.hpp"

#include "text/text.hpp"

namespace wirekit {

namespace {

constexpr std::size_t max_extension_bytes = 16;

bool is_control(char32_t cp) { return cp < 0x20 || cp == 0x7F || (cp >= 0x80 && cp < 0xA0); }

// The longest prefix of S of at most MAX bytes that ends at a character boundary.
std::string_view cut_utf8(std::string_view s, std::size_t max) {
    if (s.size() <= max) return s;
    std::size_t end = max;
    while (end > 0 && (static_cast<unsigned char>(s[end]) & 0xC0) == 0x80) --end;
    return s.substr(0, end);
}

// Where the extension of NAME starts (its dot), or NAME's size when it has none.
std::size_t extension_start(std::string_view name) {
    auto dot = name.rfind('.');
    if (dot == std::string_view::npos || dot == 0 || name.size() - dot > max_extension_bytes) return name.size();
    return dot;
}

std::string fit(std::string_view stem, std::string_view suffix) {
    std::size_t room = max_file_name_bytes > suffix.size() ? max_file_name_bytes - suffix.size() : 0;
    return std::string(trim_right(cut_utf8(stem, room))) + std::string(suffix);
}

}  // namespace

std::string safe_name_part(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (std::size_t pos = 0; pos < text.size();) {
        std::size_t start = pos;
        char32_t cp = next_code_point(text, pos);
        bool invalid = cp == 0xFFFD && text.substr(start, pos - start) != "\xEF\xBF\xBD";
        if (invalid || is_control(cp) || cp == '/' || cp == '\\')
            out += '-';
        else
            out.append(text.substr(start, pos - start));
    }
    return out;
}

std::string slugify(std::string_view text, std::size_t max_bytes) {
    std::string safe = safe_name_part(text);
    std::string out;
    bool pending_dash = false;
    for (char c : safe) {
        auto u = static_cast<unsigned char>(c);
        bool keep = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || u >= 0x80;
        if (!keep) {
            pending_dash = !out.empty();
            continue;
        }
        if (pending_dash) out += '-';
        pending_dash = false;
        out += (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
    }
    std::string cut(cut_utf8(out, max_bytes));
    while (!cut.empty() && cut.back() == '-') cut.pop_back();
    return cut;
}

std::string safe_file_name(std::string_view name) {
    std::string safe = safe_name_part(name);
    std::string collapsed;
    for (char c : safe)
        if (!(c == '.' && !collapsed.empty() && collapsed.back() == '.')) collapsed += c;
    std::string_view rest = collapsed;
    while (!rest.empty() && (rest.front() == '.' || is_ascii_space(rest.front()))) rest.remove_prefix(1);
    rest = trim_right(rest);
    if (rest.empty()) return "article";
    std::size_t ext = extension_start(rest);
    return fit(rest.substr(0, ext), rest.substr(ext));
}

std::string numbered_file_name(std::string_view name, std::size_t n) {
    std::size_t ext = extension_start(name);
    return fit(name.substr(0, ext), "-" + std::to_string(n) + std::string(name.substr(ext)));
}

}  // namespace wirekit
