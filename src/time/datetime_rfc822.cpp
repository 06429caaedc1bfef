#include "time/datetime_rfc822.hpp"

#include <vector>

#include "text/text.hpp"
#include "time/date_words.hpp"
#include "time/datetime.hpp"

namespace wirekit {

namespace {

// One piece of a date as written: a word, a run of digits, a clock time or a
// numeric zone offset.
struct DateToken {
    enum class Kind { word, number, time, offset };
    Kind kind = Kind::word;
    std::string_view text;  // the word or the digits
    char separator = ' ';   // the punctuation before it: ' ', ',', '-', '/', '.'
    bool comma_after = false;
    int hour = 0, minute = 0, second = 0;
    std::string_view fraction;
    int offset = 0;  // minutes east of UTC
};

bool is_word_char(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || static_cast<unsigned char>(c) >= 0x80; }

int digits_value(std::string_view digits) {
    int v = 0;
    for (char c : digits) v = v * 10 + (c - '0');
    return v;
}

std::string_view digit_run(std::string_view s, std::size_t& pos) {
    std::size_t start = pos;
    while (pos < s.size() && is_ascii_digit(s[pos])) ++pos;
    return s.substr(start, pos - start);
}

// "10:00", "10:00:00", "10:00:00.250" at POS (which holds the hour digits).
bool read_time(std::string_view s, std::size_t& pos, DateToken& t) {
    std::string_view h = digit_run(s, pos);
    if (h.size() > 2 || pos >= s.size() || s[pos] != ':') return false;
    ++pos;
    std::string_view m = digit_run(s, pos);
    if (m.size() != 2) return false;
    t.kind = DateToken::Kind::time;
    t.hour = digits_value(h);
    t.minute = digits_value(m);
    if (pos < s.size() && s[pos] == ':') {
        ++pos;
        std::string_view sec = digit_run(s, pos);
        if (sec.size() != 2) return false;
        t.second = digits_value(sec);
        if (pos + 1 < s.size() && (s[pos] == '.' || s[pos] == ',') && is_ascii_digit(s[pos + 1])) {
            ++pos;
            t.fraction = digit_run(s, pos);
        }
    }
    return true;
}

// "+0200", "-05:00", "+2", "+530" at POS (which holds the sign).
bool read_offset(std::string_view s, std::size_t& pos, DateToken& t) {
    int sign = s[pos] == '-' ? -1 : 1;
    ++pos;
    std::string_view d = digit_run(s, pos);
    int hours = 0, minutes = 0;
    if (pos < s.size() && s[pos] == ':' && d.size() <= 2) {
        ++pos;
        std::string_view m = digit_run(s, pos);
        if (m.size() != 2) return false;
        hours = digits_value(d);
        minutes = digits_value(m);
    } else if (d.size() <= 2) {
        hours = digits_value(d);
    } else if (d.size() <= 4) {
        hours = digits_value(d.substr(0, d.size() - 2));
        minutes = digits_value(d.substr(d.size() - 2));
    } else {
        return false;
    }
    if (d.empty() || hours > 23 || minutes > 59) return false;
    t.kind = DateToken::Kind::offset;
    t.offset = sign * (hours * 60 + minutes);
    return true;
}

bool follows_zone_base(const std::vector<DateToken>& tokens) {
    if (tokens.empty()) return false;
    const DateToken& last = tokens.back();
    if (last.kind == DateToken::Kind::time) return true;
    if (last.kind != DateToken::Kind::word) return false;
    auto zone = zone_offset_minutes(last.text);
    return zone && *zone == 0 && last.text.size() > 1;  // "GMT+2", "UTC-05:00"
}

std::optional<std::vector<DateToken>> tokenize(std::string_view s) {
    std::vector<DateToken> tokens;
    // "Tue, 1 Jun 2024 10:10:00 +0100" is six: one allocation, not four.
    tokens.reserve(8);
    char separator = ' ';
    std::size_t pos = 0;
    while (pos < s.size()) {
        char c = s[pos];
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
            ++pos;
        } else if (c == ',' || c == '/' || c == '.' || (c == '-' && !(pos + 1 < s.size() && is_ascii_digit(s[pos + 1]) && follows_zone_base(tokens)))) {
            if (c == ',' && !tokens.empty()) tokens.back().comma_after = true;
            separator = c;
            ++pos;
        } else if (c == '(') {
            std::size_t close = s.find(')', pos);
            pos = close == std::string_view::npos ? s.size() : close + 1;
        } else if ((c == '+' || c == '-') && pos + 1 < s.size() && is_ascii_digit(s[pos + 1])) {
            DateToken t;
            if (!read_offset(s, pos, t)) return std::nullopt;
            tokens.push_back(t);
        } else if (is_ascii_digit(c)) {
            DateToken t;
            t.separator = separator;
            std::size_t start = pos;
            std::string_view digits = digit_run(s, pos);
            if (pos < s.size() && s[pos] == ':') {
                pos = start;
                if (!read_time(s, pos, t)) return std::nullopt;
            } else {
                if (digits.size() > 4) return std::nullopt;
                t.kind = DateToken::Kind::number;
                t.text = digits;
            }
            tokens.push_back(t);
        } else if (is_word_char(c)) {
            std::size_t start = pos;
            while (pos < s.size() && (is_word_char(s[pos]) || (s[pos] == '.' && pos + 1 < s.size() && is_word_char(s[pos + 1]))))
                ++pos;
            std::string_view word = s.substr(start, pos - start);
            // ISO's "T" between date and time is punctuation.
            bool iso_t = (word == "T" || word == "t") && pos < s.size() && is_ascii_digit(s[pos]) && !tokens.empty() &&
                         tokens.back().kind == DateToken::Kind::number;
            if (!iso_t) {
                DateToken t;
                t.separator = separator;
                t.text = word;
                tokens.push_back(t);
            }
        } else {
            return std::nullopt;
        }
        if (c != ',' && c != '/' && c != '.' && c != '-' && c != ' ' && c != '\t' && c != '\n' && c != '\r') separator = ' ';
    }
    return tokens;
}

int full_year(std::string_view digits) {
    int year = digits_value(digits);
    if (digits.size() == 2) return year < 50 ? 2000 + year : 1900 + year;
    if (digits.size() == 3) return 1900 + year;
    return year;
}

bool is_filler_word(std::string_view word) {
    return iequals_ascii(word, "at") || iequals_ascii(word, "de") || iequals_ascii(word, "um");
}

struct NumberSeen {
    std::string_view digits;
    char separator;
};

std::optional<DateTime> interpret(const std::vector<DateToken>& tokens, bool allow_numeric_dates) {
    DateTime dt;
    const DateToken* time = nullptr;
    std::optional<int> zone;
    int month = 0;
    bool pm = false, am = false;
    std::vector<NumberSeen> numbers;
    numbers.reserve(tokens.size());
    for (std::size_t i = 0; i < tokens.size(); ++i) {
        const DateToken& t = tokens[i];
        switch (t.kind) {
        case DateToken::Kind::time:
            if (time) return std::nullopt;
            time = &t;
            break;
        case DateToken::Kind::offset:
            if (!time) return std::nullopt;
            zone = t.offset;
            break;
        case DateToken::Kind::number:
            numbers.push_back({t.text, t.separator});
            break;
        case DateToken::Kind::word: {
            bool after_time = time && i > 0 && tokens[i - 1].kind == DateToken::Kind::time;
            // A leading word with a comma is a weekday in any language ("Seg,", "mer,").
            if ((i == 0 && t.comma_after) || is_english_weekday(t.text) || is_filler_word(t.text)) break;
            if (int m = month == 0 ? feed_month_from_name(t.text) : 0) {
                month = m;
            } else if (time && (iequals_ascii(t.text, "am") || iequals_ascii(t.text, "a.m"))) {
                am = true;
            } else if (time && (iequals_ascii(t.text, "pm") || iequals_ascii(t.text, "p.m"))) {
                pm = true;
            } else if (auto z = zone_offset_minutes(t.text); z && time && (t.text.size() > 1 || after_time)) {
                if (!zone) zone = *z;
            } else if (time && t.text.size() >= 2 && t.text.size() <= 5 && i + 1 >= tokens.size()) {
                // An unknown zone abbreviation at the end: the time stays local.
            } else {
                return std::nullopt;
            }
            break;
        }
        }
    }
    if (month != 0) {
        if (numbers.size() != 2) return std::nullopt;
        bool year_first = numbers[0].digits.size() == 4;
        const NumberSeen& day = year_first ? numbers[1] : numbers[0];
        const NumberSeen& year = year_first ? numbers[0] : numbers[1];
        if (day.digits.size() > 2 || year.digits.size() < 2) return std::nullopt;
        dt.day = digits_value(day.digits);
        dt.month = month;
        dt.year = full_year(year.digits);
    } else {
        if (!allow_numeric_dates || numbers.size() != 3) return std::nullopt;
        const NumberSeen &a = numbers[0], &b = numbers[1], &c = numbers[2];
        if (a.digits.size() == 4) {
            dt.year = digits_value(a.digits);
            dt.month = digits_value(b.digits);
            dt.day = digits_value(c.digits);
        } else if (c.digits.size() == 4 || c.digits.size() == 2) {
            bool month_first = b.separator == '/' && digits_value(a.digits) <= 12;
            dt.month = digits_value(month_first ? a.digits : b.digits);
            dt.day = digits_value(month_first ? b.digits : a.digits);
            dt.year = full_year(c.digits);
        } else {
            return std::nullopt;
        }
    }
    if (!is_valid_date(dt.year, dt.month, dt.day)) return std::nullopt;
    if (!time) return (am || pm) ? std::nullopt : std::optional<DateTime>(dt);
    dt.has_time = true;
    dt.hour = time->hour;
    dt.minute = time->minute;
    dt.second = time->second;
    dt.fraction = std::string(time->fraction);
    if (am || pm) {
        if (dt.hour < 1 || dt.hour > 12) return std::nullopt;
        dt.hour = dt.hour % 12 + (pm ? 12 : 0);
    }
    if (dt.hour > 23 || dt.minute > 59 || dt.second > 59) return std::nullopt;
    if (zone) {
        dt.has_offset = true;
        dt.offset_minutes = *zone;
    }
    return dt;
}

std::optional<DateTime> parse_loose(std::string_view text, bool allow_numeric_dates) {
    std::string_view s = trim(text);
    if (s.empty() || s.size() > 200) return std::nullopt;
    auto tokens = tokenize(s);
    if (!tokens) return std::nullopt;
    return interpret(*tokens, allow_numeric_dates);
}

// The date as RSS 2.0 feeds nearly all write it, "Tue, 04 Jun 2024 10:10:00
// +0100" (or "GMT"), read without tokens: what parse_loose gives for it, or
// nullopt for anything else (parse_loose then decides). One per item of a feed.
std::optional<DateTime> parse_usual_rfc822(std::string_view s) {
    static constexpr std::string_view months = "JanFebMarAprMayJunJulAugSepOctNovDec";
    std::size_t pos = 0;
    auto digits = [&](std::size_t count, int& value) {
        if (pos + count > s.size()) return false;
        value = 0;
        for (std::size_t end = pos + count; pos < end; ++pos) {
            if (!is_ascii_digit(s[pos])) return false;
            value = value * 10 + (s[pos] - '0');
        }
        return true;
    };
    auto literal = [&](std::string_view text) {
        if (s.substr(pos, text.size()) != text) return false;
        pos += text.size();
        return true;
    };
    if (s.size() < 5 || !is_ascii_alpha(s[0]) || !is_ascii_alpha(s[1]) || !is_ascii_alpha(s[2]) || s.substr(3, 2) != ", ") return std::nullopt;
    pos = 5;
    DateTime dt;
    bool two_digit_day = pos + 1 < s.size() && is_ascii_digit(s[pos + 1]);
    if (!digits(two_digit_day ? 2 : 1, dt.day) || !literal(" ")) return std::nullopt;
    std::string_view name = s.substr(pos, 3);
    std::size_t month = months.find(name);
    if (name.size() != 3 || month == std::string_view::npos || month % 3 != 0) return std::nullopt;
    dt.month = static_cast<int>(month / 3) + 1;
    pos += 3;
    if (!literal(" ") || !digits(4, dt.year) || !literal(" ")) return std::nullopt;
    if (!digits(2, dt.hour) || !literal(":") || !digits(2, dt.minute) || !literal(":") || !digits(2, dt.second) || !literal(" "))
        return std::nullopt;
    dt.has_time = true;
    dt.has_offset = true;
    if (!literal("GMT")) {
        int hours = 0, minutes = 0;
        if (pos >= s.size() || (s[pos] != '+' && s[pos] != '-')) return std::nullopt;
        int sign = s[pos++] == '-' ? -1 : 1;
        if (!digits(2, hours) || !digits(2, minutes) || hours > 23 || minutes > 59) return std::nullopt;
        dt.offset_minutes = sign * (hours * 60 + minutes);
    }
    if (pos != s.size() || dt.hour > 23 || dt.minute > 59 || dt.second > 59 || !is_valid_date(dt.year, dt.month, dt.day))
        return std::nullopt;
    return dt;
}

std::string two_digits(int v) { return {static_cast<char>('0' + v / 10 % 10), static_cast<char>('0' + v % 10)}; }

}  // namespace

std::optional<DateTime> parse_rfc822(std::string_view text) { return parse_loose(text, false); }

std::optional<DateTime> parse_feed_date(std::string_view text) {
    if (auto dt = parse_rfc3339(text)) return dt;
    if (auto dt = parse_usual_rfc822(trim(text))) return dt;
    return parse_loose(text, true);
}

bool is_strict_rfc822(std::string_view text) {
    static constexpr std::string_view months[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    static constexpr std::string_view days[] = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
    static constexpr std::string_view zones[] = {"UT", "GMT", "EST", "EDT", "CST", "CDT", "MST", "MDT", "PST", "PDT"};
    std::string_view s = text;
    std::size_t pos = 0;
    auto digits = [&](std::size_t min, std::size_t max) {
        std::size_t start = pos;
        while (pos < s.size() && is_ascii_digit(s[pos]) && pos - start < max) ++pos;
        return pos - start >= min;
    };
    auto literal = [&](std::string_view word) {
        if (!s.substr(pos).starts_with(word)) return false;
        pos += word.size();
        return true;
    };
    auto spaces = [&] {
        std::size_t start = pos;
        while (pos < s.size() && s[pos] == ' ') ++pos;
        return pos > start;
    };
    for (std::string_view d : days)
        if (s.starts_with(d) && s.size() > 3 && s[3] == ',') {
            pos = 4;
            while (pos < s.size() && s[pos] == ' ') ++pos;
        }
    if (!digits(1, 2) || !spaces()) return false;
    bool month = false;
    for (std::string_view m : months) month = month || literal(m);
    if (!month || !spaces()) return false;
    std::size_t year_start = pos;
    if (!digits(2, 4) || pos - year_start == 3 || !spaces()) return false;
    if (!digits(2, 2) || !literal(":") || !digits(2, 2)) return false;
    if (literal(":") && !digits(2, 2)) return false;
    if (!spaces()) return false;
    std::string_view zone = s.substr(pos);
    if (zone.size() == 5 && (zone[0] == '+' || zone[0] == '-')) {
        for (char c : zone.substr(1))
            if (!is_ascii_digit(c)) return false;
        return true;
    }
    for (std::string_view z : zones)
        if (zone == z) return true;
    return zone.size() == 1 && zone[0] >= 'A' && zone[0] <= 'Z' && zone[0] != 'J';
}

DateTime complete_instant(const DateTime& dt) {
    DateTime out = dt;
    if (!out.has_time) {
        out.has_time = true;
        out.hour = out.minute = out.second = 0;
        out.fraction.clear();
    }
    if (!out.has_offset) {
        out.has_offset = true;
        out.offset_minutes = 0;
    }
    return out;
}

bool rfc822_exact(const DateTime& dt) {
    return dt.has_time && dt.has_offset && dt.fraction.empty() && dt.year >= 1000 && dt.year <= 9999 &&
           is_valid_date(dt.year, dt.month, dt.day) && dt.offset_minutes > -24 * 60 && dt.offset_minutes < 24 * 60;
}

std::string format_rfc822(const DateTime& source) {
    static constexpr std::string_view days[] = {"Thu", "Fri", "Sat", "Sun", "Mon", "Tue", "Wed"};
    static constexpr std::string_view months[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                                  "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    DateTime dt = complete_instant(source);
    long long since_epoch = days_from_civil(dt.year, dt.month, dt.day);
    long long weekday = ((since_epoch % 7) + 7) % 7;  // 1970-01-01 was a Thursday
    std::string out(days[weekday]);
    out += ", " + two_digits(dt.day) + ' ';
    out += months[(dt.month >= 1 && dt.month <= 12 ? dt.month : 1) - 1];
    std::string year = std::to_string(dt.year);
    if (year.size() < 4) year.insert(0, 4 - year.size(), '0');
    out += ' ' + year + ' ' + two_digits(dt.hour) + ':' + two_digits(dt.minute) + ':' + two_digits(dt.second) + ' ';
    int offset = dt.offset_minutes < 0 ? -dt.offset_minutes : dt.offset_minutes;
    out += dt.offset_minutes < 0 ? '-' : '+';
    out += two_digits(offset / 60 % 100) + two_digits(offset % 60);
    return out;
}

}  // namespace wirekit
