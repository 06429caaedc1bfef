// The date grammar of datelines. Three shapes cover the wires we read:
//   day first:    "06th June, 2023", "30 jun", "5. März 2023", "30 de junio de 2013", "1er mai"
//   month first:  "Aug 29, 2014", "Sept. 5", "July 21st"
//   CJK:          "6月18日", "2023年6月18日"
// Hand-written scanning (no std::regex): readers run this on every paragraph.
#include "dateline/dateline_date.hpp"
#include "time/month_names.hpp"

#include "text/script_chars.hpp"
#include "text/text.hpp"
#include "time/datetime.hpp"

namespace wirekit {

namespace {

constexpr char32_t cjk_year = 0x5E74;   // 年
constexpr char32_t cjk_month = 0x6708;  // 月
constexpr char32_t cjk_day = 0x65E5;    // 日

// How far back a yearless Feb 29 may have to look for a leap year (1896 -> 1904).
constexpr int max_years_back = 8;

bool is_word_char(char32_t cp) { return is_cased_letter(cp) || digit_value(cp) >= 0; }

// Reads MIN..MAX ASCII or full-width digits at POS that are not followed by another digit.
std::optional<int> read_number(std::string_view s, std::size_t& pos, int min_digits, int max_digits) {
    std::size_t p = pos, next = pos;
    int value = 0, digits = 0;
    for (int d; (d = digit_value(code_point_at(s, p, next))) >= 0; p = next) {
        if (++digits > max_digits) return std::nullopt;
        value = value * 10 + d;
    }
    if (digits < min_digits) return std::nullopt;
    pos = p;
    return value;
}

// "st", "nd", "rd", "th" (English), "er" (French "1er"), "º"/"ª"/"°" (Spanish, Italian).
std::size_t ordinal_suffix_length(std::string_view rest) {
    for (std::string_view suffix : {"st", "nd", "rd", "th", "er"})
        if (starts_with_ci(rest, suffix) && !is_word_char(code_point_at(rest, suffix.size()))) return suffix.size();
    for (std::string_view suffix : {"\xC2\xBA", "\xC2\xAA", "\xC2\xB0"})
        if (rest.starts_with(suffix)) return suffix.size();
    return 0;
}

// A day of the month with its ordinal suffix; ALLOW_PERIOD takes the German
// "5." (only where a month follows, so that a sentence's full stop stays out).
std::optional<int> read_day(std::string_view s, std::size_t& pos, bool allow_period) {
    std::size_t p = pos;
    auto day = read_number(s, p, 1, 2);
    if (!day) return std::nullopt;
    p += ordinal_suffix_length(s.substr(p));
    if (allow_period && p < s.size() && s[p] == '.') ++p;
    if (is_word_char(code_point_at(s, p))) return std::nullopt;  // "15th-century", "3D"
    pos = p;
    return day;
}

// A month name, with the period of its abbreviation ("Sept.").
std::optional<int> read_month(std::string_view s, std::size_t& pos) {
    std::size_t p = pos, next = pos;
    while (is_cased_letter(code_point_at(s, p, next))) p = next;
    if (p == pos) return std::nullopt;
    if (p < s.size() && s[p] == '.') ++p;
    int month = month_from_name(s.substr(pos, p - pos));
    if (month == 0) return std::nullopt;
    pos = p;
    return month;
}

// Spanish "de" between day, month and year; moves POS past it and its spaces.
void skip_de(std::string_view s, std::size_t& pos) {
    for (std::string_view word : {"del ", "de "})
        if (starts_with_ci(s.substr(pos), word)) {
            pos = skip_dateline_spaces(s, pos + word.size());
            return;
        }
}

// An optional year after day and month: ", 2023", " 2014", " de 2013".
void read_optional_year(std::string_view s, std::size_t& pos, ScannedDate& date) {
    std::size_t p = pos;
    if (p < s.size() && s[p] == ',') ++p;
    p = skip_dateline_spaces(s, p);
    if (p == pos) return;
    skip_de(s, p);
    auto year = read_number(s, p, 4, 4);
    if (!year || is_word_char(code_point_at(s, p))) return;
    date.year = *year;
    pos = p;
}

std::optional<ScannedDate> scan_day_first(std::string_view s) {
    std::size_t pos = 0;
    ScannedDate date;
    auto day = read_day(s, pos, true);
    if (!day) return std::nullopt;
    pos = skip_dateline_spaces(s, pos);
    skip_de(s, pos);
    auto month = read_month(s, pos);
    if (!month) return std::nullopt;
    date.day = *day;
    date.month = *month;
    read_optional_year(s, pos, date);
    date.length = pos;
    return date;
}

std::optional<ScannedDate> scan_month_first(std::string_view s) {
    std::size_t pos = 0;
    ScannedDate date;
    auto month = read_month(s, pos);
    if (!month) return std::nullopt;
    std::size_t after_month = pos;
    pos = skip_dateline_spaces(s, pos);
    if (pos == after_month) return std::nullopt;
    auto day = read_day(s, pos, false);
    if (!day) return std::nullopt;
    date.day = *day;
    date.month = *month;
    read_optional_year(s, pos, date);
    date.length = pos;
    return date;
}

// Reads a number followed by the ideograph MARKER ("6月").
std::optional<int> read_cjk_field(std::string_view s, std::size_t& pos, int max_digits, char32_t marker) {
    std::size_t p = pos, next = pos;
    auto value = read_number(s, p, 1, max_digits);
    if (!value || code_point_at(s, p, next) != marker) return std::nullopt;
    pos = next;
    return value;
}

std::optional<ScannedDate> scan_cjk(std::string_view s) {
    std::size_t pos = 0;
    ScannedDate date;
    if (auto year = read_cjk_field(s, pos, 4, cjk_year)) date.year = *year;
    auto month = read_cjk_field(s, pos, 2, cjk_month);
    if (!month) return std::nullopt;
    auto day = read_cjk_field(s, pos, 2, cjk_day);
    if (!day) return std::nullopt;
    date.month = *month;
    date.day = *day;
    date.length = pos;
    return date;
}

// A yearless date is possible if it exists in some year (Feb 29 does).
bool is_possible(const ScannedDate& d) { return is_valid_date(d.year == 0 ? 2000 : d.year, d.month, d.day); }

DateTime bare_date(int year, int month, int day) {
    DateTime dt;
    dt.year = year;
    dt.month = month;
    dt.day = day;
    return dt;
}

bool is_surrounding_punctuation(char c) {
    constexpr std::string_view punctuation = ",;:.()[]-_";
    return punctuation.find(c) != std::string_view::npos;
}

// TEXT without the whitespace and punctuation around a date phrase.
std::string_view strip_surroundings(std::string_view text) {
    for (std::string_view before; before != text;) {
        before = text;
        text = trim(text);
        while (!text.empty() && is_surrounding_punctuation(text.front())) text.remove_prefix(1);
        while (!text.empty() && is_surrounding_punctuation(text.back())) text.remove_suffix(1);
        for (std::string_view dash : {"\u2014", "\u2013"}) {
            if (text.starts_with(dash)) text.remove_prefix(dash.size());
            if (text.ends_with(dash)) text.remove_suffix(dash.size());
        }
    }
    return text;
}

}  // namespace

std::optional<ScannedDate> scan_dateline_date(std::string_view text) {
    std::optional<ScannedDate> date;
    if (digit_value(code_point_at(text, 0)) >= 0) {
        date = scan_cjk(text);
        if (!date) date = scan_day_first(text);
    } else {
        date = scan_month_first(text);
    }
    if (!date || !is_possible(*date)) return std::nullopt;
    return date;
}

std::optional<DateTime> resolve_dateline_date(const ScannedDate& date, const std::optional<DateTime>& reference) {
    if (date.year != 0) {
        if (!is_valid_date(date.year, date.month, date.day)) return std::nullopt;
        return bare_date(date.year, date.month, date.day);
    }
    if (!reference || !is_valid_date(reference->year, reference->month, reference->day)) return std::nullopt;
    // The latest year that keeps the date at most two days after the reference.
    const long long latest = days_from_civil(reference->year, reference->month, reference->day) + 2;
    for (int year = reference->year + 1; year >= reference->year - max_years_back; --year) {
        if (is_valid_date(year, date.month, date.day) && days_from_civil(year, date.month, date.day) <= latest)
            return bare_date(year, date.month, date.day);
    }
    return std::nullopt;
}

std::optional<DateTime> parse_dateline_date(std::string_view text, const std::optional<DateTime>& reference) {
    text = strip_surroundings(text);
    auto date = scan_dateline_date(text);
    if (!date || date->length != text.size()) return std::nullopt;
    return resolve_dateline_date(*date, reference);
}

}  // namespace wirekit
