#include "schema/json_schema_formats.hpp"

#include "text/uri_syntax.hpp"
#include "time/datetime.hpp"

namespace wirekit {

namespace {

bool digits_at(std::string_view text, std::size_t pos, std::size_t count, int& out) {
    if (pos + count > text.size()) return false;
    out = 0;
    for (std::size_t i = pos; i < pos + count; ++i) {
        if (text[i] < '0' || text[i] > '9') return false;
        out = out * 10 + (text[i] - '0');
    }
    return true;
}

}  // namespace

bool is_json_date_time(std::string_view t) {
    int year, month, day, hour, minute, second;
    if (!digits_at(t, 0, 4, year) || t.size() < 20 || t[4] != '-' || !digits_at(t, 5, 2, month) || t[7] != '-' ||
        !digits_at(t, 8, 2, day) || (t[10] != 'T' && t[10] != 't') || !digits_at(t, 11, 2, hour) || t[13] != ':' ||
        !digits_at(t, 14, 2, minute) || t[16] != ':' || !digits_at(t, 17, 2, second))
        return false;
    if (!is_valid_date(year, month, day) || hour > 23 || minute > 59 || second > 60) return false;
    std::size_t pos = 19;
    if (t[pos] == '.') {
        std::size_t start = ++pos;
        while (pos < t.size() && t[pos] >= '0' && t[pos] <= '9') ++pos;
        if (pos == start) return false;
    }
    std::string_view zone = t.substr(pos);
    int offset_minutes = 0;
    if (zone != "Z" && zone != "z") {
        int zone_hour, zone_minute;
        if (zone.size() != 6 || (zone[0] != '+' && zone[0] != '-') || !digits_at(zone, 1, 2, zone_hour) || zone[3] != ':' ||
            !digits_at(zone, 4, 2, zone_minute) || zone_hour > 23 || zone_minute > 59)
            return false;
        offset_minutes = (zone[0] == '+' ? 1 : -1) * (zone_hour * 60 + zone_minute);
    }
    // A leap second is the last second of a UTC day.
    int utc_minute = ((hour * 60 + minute - offset_minutes) % 1440 + 1440) % 1440;
    return second < 60 || utc_minute == 23 * 60 + 59;
}

bool passes_json_format(std::string_view format, std::string_view text) {
    if (format == "date-time") return is_json_date_time(text);
    if (format == "uri") return is_absolute_uri(text);
    return true;
}

}  // namespace wirekit
