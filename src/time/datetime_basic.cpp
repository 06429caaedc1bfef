#include "time/datetime_basic.hpp"

#include <cstdio>

#include "text/text.hpp"
#include "time/datetime.hpp"

namespace wirekit {

namespace {

bool is_digit(char c) { return c >= '0' && c <= '9'; }

// "Z", "+hh", "+hhmm" or "+hh:mm" at POS, to the end of S.
bool read_offset(std::string_view s, std::size_t pos, DateTime& dt) {
    if (s[pos] == 'Z' || s[pos] == 'z') {
        dt.has_offset = true;
        return pos + 1 == s.size();
    }
    if (s[pos] != '+' && s[pos] != '-') return false;
    int sign = s[pos] == '-' ? -1 : 1;
    ++pos;
    int hours = 0, minutes = 0;
    if (!read_digits(s, pos, 2, hours)) return false;
    if (pos < s.size() && s[pos] == ':') ++pos;
    if (pos < s.size() && !read_digits(s, pos, 2, minutes)) return false;
    if (pos != s.size() || hours > 23 || minutes > 59) return false;
    dt.has_offset = true;
    dt.offset_minutes = sign * (hours * 60 + minutes);
    return true;
}

}  // namespace

std::optional<DateTime> parse_iso8601_basic(std::string_view text) {
    std::string_view s = trim(text);
    DateTime dt;
    std::size_t pos = 0;
    if (!read_digits(s, pos, 4, dt.year) || !read_digits(s, pos, 2, dt.month) || !read_digits(s, pos, 2, dt.day)) return std::nullopt;
    if (!is_valid_date(dt.year, dt.month, dt.day)) return std::nullopt;
    if (pos == s.size()) return dt;
    if (s[pos] != 'T' && s[pos] != 't') return std::nullopt;
    ++pos;
    dt.has_time = true;
    if (!read_digits(s, pos, 2, dt.hour) || !read_digits(s, pos, 2, dt.minute)) return std::nullopt;
    if (pos < s.size() && is_digit(s[pos])) {
        if (!read_digits(s, pos, 2, dt.second)) return std::nullopt;
        if (pos < s.size() && (s[pos] == '.' || s[pos] == ',')) {
            std::size_t start = ++pos;
            while (pos < s.size() && is_digit(s[pos])) ++pos;
            if (pos == start) return std::nullopt;
            dt.fraction = std::string(s.substr(start, pos - start));
        }
    }
    if (dt.hour > 23 || dt.minute > 59 || dt.second > 59) return std::nullopt;
    if (pos == s.size()) return dt;
    if (!read_offset(s, pos, dt)) return std::nullopt;
    return dt;
}

std::optional<DateTime> parse_iso8601_either(std::string_view text) {
    if (auto basic = parse_iso8601_basic(text)) return basic;
    return parse_rfc3339(text);
}

std::string format_iso8601_basic(const DateTime& dt) {
    char text[48];
    int n = std::snprintf(text, sizeof text, "%04d%02d%02d", dt.year, dt.month, dt.day);
    std::string out(text, static_cast<std::size_t>(n));
    if (!dt.has_time) return out;
    n = std::snprintf(text, sizeof text, "T%02d%02d%02d", dt.hour, dt.minute, dt.second);
    out.append(text, static_cast<std::size_t>(n));
    if (!dt.fraction.empty()) out += ',' + dt.fraction;
    if (!dt.has_offset) return out;
    if (dt.offset_minutes == 0) return out + 'Z';
    int offset = dt.offset_minutes < 0 ? -dt.offset_minutes : dt.offset_minutes;
    n = std::snprintf(text, sizeof text, "%c%02d%02d", dt.offset_minutes < 0 ? '-' : '+', offset / 60, offset % 60);
    return out.append(text, static_cast<std::size_t>(n));
}

}  // namespace wirekit
