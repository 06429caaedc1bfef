#include "anpa/anpa_header.hpp"

#include <vector>

#include "anpa/anpa_fields.hpp"
#include "text/text.hpp"
#include "wire/wire_priority.hpp"
#include "wire/wire_frames.hpp"
#include "wire/wire_text.hpp"

namespace wirekit {

namespace {

bool is_month_day(std::string_view s) {
    return s.size() == 5 && is_ascii_digit(s[0]) && is_ascii_digit(s[1]) && s[2] == '-' && is_ascii_digit(s[3]) &&
           is_ascii_digit(s[4]);
}

void keep(Article& a, std::string_view key, std::string_view value) {
    if (!value.empty()) set_extension(a.extensions, anpa::format_id, key, without_wire_controls(value));
}

void read_line1(std::string_view line, Article& a) {
    if (line.empty()) return;
    std::size_t unit = line.find(wire_us);
    std::string_view left = line.substr(0, unit);
    keep(a, anpa::service, left.substr(0, 1));
    std::size_t digits = 1;
    while (digits < left.size() && is_ascii_digit(left[digits])) ++digits;
    keep(a, anpa::story_number, left.substr(1, digits - 1));
    keep(a, anpa::option, trim(left.substr(digits)));
    if (unit != std::string_view::npos) keep(a, anpa::selector, trim(line.substr(unit + 1)));
}

std::string_view format_name(char first, char second) {
    bool agate = first == '\x14';
    bool table = second == '\x12';
    if (table) return agate ? "table" : "body-table";
    return agate ? "agate-text" : "text";
}

}  // namespace

bool read_anpa_header(std::string_view header, Article& a) {
    std::vector<std::string_view> lines = split_lines(header);
    while (!lines.empty() && trim(lines.back()).empty()) lines.pop_back();
    if (lines.empty()) return false;
    read_line1(trim(lines.front()), a);
    if (lines.size() < 2) return false;
    std::string_view line = trim(lines[1]);
    if (line.size() < 3 || line[1] != ' ') return false;
    char letter = line[0];
    a.urgency = anpa_priority_urgency(letter);
    a.priority = a.urgency;
    keep(a, anpa::priority_letter, line.substr(0, 1));
    std::size_t pos = 2;
    if (is_ascii_alpha(line[pos])) {
        a.subjects.push_back({std::string(anpa::category_scheme), std::string(1, line[pos]), {}, {}, {}, {}});
        ++pos;
    }
    // The format identifier: two of DC1-DC4 (Reuters sent none).
    if (pos + 1 < line.size() && line[pos] >= '\x11' && line[pos] <= '\x14') {
        keep(a, anpa::format_code, format_name(line[pos], line[pos + 1]));
        pos += 2;
    }
    std::vector<std::string_view> words = split_words(line.substr(pos));
    // From the right: word count (may be missing), then the month-day.
    if (!words.empty() && is_all_digits(words.back()) && words.size() >= 2 && is_month_day(words[words.size() - 2])) {
        keep(a, anpa::word_count, words.back());
        words.pop_back();
    }
    if (!words.empty() && is_month_day(words.back())) {
        keep(a, anpa::filing_date, words.back());
        words.pop_back();
    }
    if (words.empty()) return true;
    keep(a, anpa::keyword, words.front());
    // Left over between keyword and date: the version, then a reference.
    // The slug line's version, with its spaces, becomes the take key when there is one.
    if (words.size() >= 2) {
        keep(a, anpa::version, words[1]);
        a.take_key = without_wire_controls(words[1]);
    }
    if (words.size() >= 3) {
        std::string rest;
        for (std::size_t i = 2; i < words.size(); ++i) rest += (rest.empty() ? "" : " ") + std::string(words[i]);
        keep(a, anpa::reference, rest);
    }
    return true;
}

bool anpa_is_tabular(const Article& a) {
    const std::string* f = find_extension(a.extensions, anpa::format_id, anpa::format_code);
    return f && (*f == "table" || *f == "body-table");
}

}  // namespace wirekit
