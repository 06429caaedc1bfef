#include "time/datetime.hpp"

#include <algorithm>
#include <charconv>
#include <cstdlib>
#include <cstring>
#include <ctime>

#include "report/error.hpp"
#include "text/text.hpp"

namespace wirekit {

namespace {

bool is_leap(int year) { return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0; }

// Fields of a date or time written into a buffer of their own, then into a
// string at once: a date is formatted for every date field of every item.
class FieldWriter {
public:
    // BEFORE (unless 0), then the magnitude of VALUE in decimal, with zeros
    // before it to WIDTH digits (at most four). Six fields at most.
    void field(char before, int value, int width) {
        if (before) *end_++ = before;
        unsigned magnitude = value < 0 ? 0u - static_cast<unsigned>(value) : static_cast<unsigned>(value);
        char digits[10];
        char* digits_end = std::to_chars(digits, digits + sizeof digits, magnitude).ptr;
        for (auto n = digits_end - digits; n < width; ++n) *end_++ = '0';
        end_ = std::copy(digits, digits_end, end_);
    }
    void put(char c) { *end_++ = c; }
    void append_to(std::string& out) const { out.append(buffer_, static_cast<std::size_t>(end_ - buffer_)); }

private:
    char buffer_[72];  // six fields of ten digits at most, each after one character
    char* end_ = buffer_;
};

}  // namespace

bool read_digits(std::string_view s, std::size_t& pos, int n, int& out) {
    if (pos + static_cast<std::size_t>(n) > s.size()) return false;
    int v = 0;
    for (int i = 0; i < n; ++i) {
        char c = s[pos + static_cast<std::size_t>(i)];
        if (c < '0' || c > '9') return false;
        v = v * 10 + (c - '0');
    }
    pos += static_cast<std::size_t>(n);
    out = v;
    return true;
}

int days_in_month(int year, int month) {
    static constexpr int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (month < 1 || month > 12) return 0;
    return month == 2 && is_leap(year) ? 29 : days[month - 1];
}

bool is_valid_date(int year, int month, int day) {
    return year >= 1 && year <= 9999 && month >= 1 && month <= 12 && day >= 1 && day <= days_in_month(year, month);
}

long long days_from_civil(int y, int m, int d) {
    // Howard Hinnant's algorithm, restated.
    y -= m <= 2;
    const long long era = (y >= 0 ? y : y - 399) / 400;
    const long long yoe = y - era * 400;
    const long long doy = (153LL * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const long long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

DateTime from_unix_seconds(long long seconds) {
    long long days = seconds / 86400;
    long long rem = seconds % 86400;
    if (rem < 0) {
        rem += 86400;
        --days;
    }
    days += 719468;
    const long long era = (days >= 0 ? days : days - 146096) / 146097;
    const long long doe = days - era * 146097;
    const long long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const long long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const long long mp = (5 * doy + 2) / 153;
    DateTime dt;
    dt.day = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
    dt.month = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
    dt.year = static_cast<int>(yoe + era * 400 + (dt.month <= 2));
    dt.has_time = true;
    dt.hour = static_cast<int>(rem / 3600);
    dt.minute = static_cast<int>(rem / 60 % 60);
    dt.second = static_cast<int>(rem % 60);
    dt.has_offset = true;
    dt.offset_minutes = 0;
    return dt;
}

DateTime date_only(const DateTime& dt) {
    DateTime d;
    d.year = dt.year;
    d.month = dt.month;
    d.day = dt.day;
    return d;
}

int compare_dates(const DateTime& a, const DateTime& b) {
    long long da = days_from_civil(a.year, a.month, a.day);
    long long db = days_from_civil(b.year, b.month, b.day);
    return da < db ? -1 : da > db ? 1 : 0;
}

std::string format_rfc3339(const DateTime& dt) {
    FieldWriter head;
    head.field(0, dt.year, 4);
    head.field('-', dt.month, 2);
    head.field('-', dt.day, 2);
    std::string out;
    if (!dt.has_time) {
        head.append_to(out);
        return out;
    }
    head.field('T', dt.hour, 2);
    head.field(':', dt.minute, 2);
    head.field(':', dt.second, 2);
    FieldWriter zone;
    if (dt.has_offset) {
        if (dt.offset_minutes == 0) {
            zone.put('Z');
        } else {
            int off = dt.offset_minutes < 0 ? -dt.offset_minutes : dt.offset_minutes;
            zone.field(dt.offset_minutes < 0 ? '-' : '+', off / 60, 2);
            zone.field(':', off % 60, 2);
        }
    }
    out.reserve(48 + dt.fraction.size());
    head.append_to(out);
    if (!dt.fraction.empty()) {
        out += '.';
        out += dt.fraction;
    }
    zone.append_to(out);
    return out;
}

std::optional<DateTime> parse_rfc3339(std::string_view text) {
    std::string_view s = trim(text);
    DateTime dt;
    std::size_t pos = 0;
    if (!read_digits(s, pos, 4, dt.year)) return std::nullopt;
    dt.month = 1;
    dt.day = 1;
    if (pos < s.size() && s[pos] == '-') {
        ++pos;
        if (!read_digits(s, pos, 2, dt.month)) return std::nullopt;
        if (pos < s.size() && s[pos] == '-') {
            ++pos;
            if (!read_digits(s, pos, 2, dt.day)) return std::nullopt;
        }
    }
    if (!is_valid_date(dt.year, dt.month, dt.day)) return std::nullopt;
    if (pos == s.size()) return dt;
    if (s[pos] != 'T' && s[pos] != 't' && s[pos] != ' ') return std::nullopt;
    ++pos;
    dt.has_time = true;
    if (!read_digits(s, pos, 2, dt.hour) || pos >= s.size() || s[pos] != ':') return std::nullopt;
    ++pos;
    if (!read_digits(s, pos, 2, dt.minute)) return std::nullopt;
    if (pos < s.size() && s[pos] == ':') {
        ++pos;
        if (!read_digits(s, pos, 2, dt.second)) return std::nullopt;
        if (pos < s.size() && (s[pos] == '.' || s[pos] == ',')) {
            ++pos;
            std::size_t start = pos;
            while (pos < s.size() && s[pos] >= '0' && s[pos] <= '9') ++pos;
            if (pos == start) return std::nullopt;
            dt.fraction = std::string(s.substr(start, pos - start));
        }
    }
    // 24:00 and leap seconds (60) are not accepted: nothing downstream can carry them.
    if (dt.hour > 23 || dt.minute > 59 || dt.second > 59) return std::nullopt;
    if (pos == s.size()) return dt;
    if (s[pos] == 'Z' || s[pos] == 'z') {
        dt.has_offset = true;
        return pos + 1 == s.size() ? std::optional<DateTime>(dt) : std::nullopt;
    }
    if (s[pos] != '+' && s[pos] != '-') return std::nullopt;
    int sign = s[pos] == '-' ? -1 : 1;
    ++pos;
    int oh = 0, om = 0;
    if (!read_digits(s, pos, 2, oh)) return std::nullopt;
    if (pos < s.size() && s[pos] == ':') ++pos;
    if (pos < s.size() && !read_digits(s, pos, 2, om)) return std::nullopt;
    if (pos != s.size() || oh > 23 || om > 59) return std::nullopt;
    dt.has_offset = true;
    dt.offset_minutes = sign * (oh * 60 + om);
    return dt;
}

std::optional<DateTime> source_date_epoch() {
    const char* sde = std::getenv("SOURCE_DATE_EPOCH");
    if (!sde) return std::nullopt;
    long long seconds = 0;
    auto [end, ec] = std::from_chars(sde, sde + std::strlen(sde), seconds);
    // Up to the year 9999, which every format can write.
    if (ec != std::errc() || *end != '\0' || *sde == '\0' || seconds < 0 || seconds > 253402300799LL)
        throw Error(Exit::config, std::string("SOURCE_DATE_EPOCH must be a whole number of seconds since 1970, not '") + sde + "'");
    return from_unix_seconds(seconds);
}

DateTime now_utc() {
    if (auto sde = source_date_epoch()) return *sde;
    return from_unix_seconds(static_cast<long long>(std::time(nullptr)));
}

}  // namespace wirekit
