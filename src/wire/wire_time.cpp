#include "wire/wire_time.hpp"

#include <cstdio>
#include <vector>

#include "text/text.hpp"
#include "time/datetime.hpp"
#include "time/instant_order.hpp"
#include "time/month_names.hpp"

namespace wirekit {

namespace {

int full_year(int two_digits, const std::optional<DateTime>& reference) {
    int year = 2000 + two_digits;
    int limit = reference ? reference->year + 1 : 2069;
    return year > limit ? year - 100 : year;
}

std::optional<DateTime> utc_instant(int year, int month, int day, int hour, int minute) {
    if (!is_valid_date(year, month, day) || hour > 23 || minute > 59) return std::nullopt;
    DateTime dt;
    dt.year = year;
    dt.month = month;
    dt.day = day;
    dt.has_time = true;
    dt.hour = hour;
    dt.minute = minute;
    dt.has_offset = true;
    return dt;
}

DateTime in_utc(const DateTime& when) {
    if (!when.has_time || !when.has_offset) return when;
    return from_unix_seconds(unix_seconds(when));
}

constexpr const char* english_months[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                          "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};

}  // namespace

DateTime transmission_time(const Article& a, const std::optional<DateTime>& now) {
    if (a.version_created) return *a.version_created;
    return now ? *now : now_utc();
}

ReadOptions dated_by_transmission(const ReadOptions& opts, const Article& a) {
    ReadOptions story = opts;
    if (a.version_created) story.reference_date = a.version_created;
    return story;
}

namespace {

// "-11-13-13 1509GMT" at the end of LINE; POS receives where it starts.
std::optional<DateTime> ap_stamp_date(std::string_view line, std::size_t& start, const std::optional<DateTime>& reference) {
    constexpr std::size_t length = 1 + 8 + 1 + 4 + 3;
    if (!line.ends_with("GMT") || line.size() < length) return std::nullopt;
    start = line.size() - length;
    std::size_t pos = start;
    int month = 0, day = 0, year = 0, hour = 0, minute = 0;
    if (line[pos++] != '-' || !read_digits(line, pos, 2, month) || line[pos++] != '-' || !read_digits(line, pos, 2, day) ||
        line[pos++] != '-' || !read_digits(line, pos, 2, year) || line[pos++] != ' ' || !read_digits(line, pos, 2, hour) ||
        !read_digits(line, pos, 2, minute))
        return std::nullopt;
    return utc_instant(full_year(year, reference), month, day, hour, minute);
}

// "-14:20-05-12-24" at the end of LINE (Kyodo): local time, day-month-year.
std::optional<DateTime> kyodo_stamp_date(std::string_view line, std::size_t& start, const std::optional<DateTime>& reference) {
    constexpr std::size_t length = 1 + 5 + 1 + 8;
    if (line.size() < length) return std::nullopt;
    start = line.size() - length;
    std::size_t pos = start;
    int hour = 0, minute = 0, day = 0, month = 0, year = 0;
    if (line[pos++] != '-' || !read_digits(line, pos, 2, hour) || line[pos++] != ':' || !read_digits(line, pos, 2, minute) ||
        line[pos++] != '-' || !read_digits(line, pos, 2, day) || line[pos++] != '-' || !read_digits(line, pos, 2, month) ||
        line[pos++] != '-' || !read_digits(line, pos, 2, year))
        return std::nullopt;
    auto when = utc_instant(full_year(year, reference), month, day, hour, minute);
    if (when) when->has_offset = false;
    return when;
}

}  // namespace

std::optional<AnpaStamp> read_anpa_stamp(std::string_view line, const std::optional<DateTime>& reference) {
    line = trim(line);
    while (!line.empty() && (line.back() == '<' || line.back() == '=')) line = trim_right(line.substr(0, line.size() - 1));
    std::size_t start = 0;
    auto when = ap_stamp_date(line, start, reference);
    if (!when) when = kyodo_stamp_date(line, start, reference);
    if (!when) return std::nullopt;
    return AnpaStamp{*when, trim(line.substr(0, start))};
}

std::string anpa_stamp(std::string_view sender, const DateTime& when) {
    DateTime t = in_utc(when);
    char buf[40];
    if (t.has_offset)
        std::snprintf(buf, sizeof buf, "-%02d-%02d-%02d %02d%02dGMT", t.month, t.day, t.year % 100, t.hour, t.minute);
    else  // a local time in Kyodo's shape, which names no zone
        std::snprintf(buf, sizeof buf, "-%02d:%02d-%02d-%02d-%02d", t.hour, t.minute, t.day, t.month, t.year % 100);
    return std::string(sender) + buf;
}

std::optional<DateTime> iptc7901_end_time(std::string_view line, const std::optional<DateTime>& reference) {
    line = trim(line);
    std::size_t pos = 0;
    int day = 0, hour = 0, minute = 0, year = 0;
    if (!read_digits(line, pos, 2, day) || !read_digits(line, pos, 2, hour) || !read_digits(line, pos, 2, minute))
        return std::nullopt;
    std::vector<std::string_view> words = split_words(line.substr(pos));
    const bool gmt = !words.empty() && iequals_ascii(words.front(), "GMT");
    if (gmt) words.erase(words.begin());
    if (words.size() != 2 || words[1].size() != 2) return std::nullopt;
    int month = month_from_name(words[0]);
    std::size_t y = 0;
    if (month == 0 || !read_digits(words[1], y, 2, year)) return std::nullopt;
    auto when = utc_instant(full_year(year, reference), month, day, hour, minute);
    if (when) when->has_offset = gmt;
    return when;
}

std::string iptc7901_end_line(const DateTime& when) {
    DateTime t = in_utc(when);
    char buf[40];
    // A local time (ATS) names no zone.
    std::snprintf(buf, sizeof buf, "%02d%02d%02d%s %s %02d", t.day, t.hour, t.minute, t.has_offset ? " GMT" : "",
                  english_months[t.month - 1], t.year % 100);
    return buf;
}

}  // namespace wirekit
