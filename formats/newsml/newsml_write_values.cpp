#include "newsml/newsml_write_values.hpp"

#include <cstdio>

#include "ids/qcode.hpp"
#include "text/text.hpp"
#include "time/datetime.hpp"

namespace wirekit::newsml {

namespace {

bool is_alnum(char c) { return is_ascii_alpha(c) || (c >= '0' && c <= '9'); }

}  // namespace

bool looks_like_uri(std::string_view text) {
    return text.find("://") != std::string_view::npos || starts_with_ci(text, "urn:") || starts_with_ci(text, "tag:") ||
           starts_with_ci(text, "mailto:");
}

bool is_iptc_qcode(std::string_view text) {
    auto q = split_qcode(text);
    return q && !iptc_scheme_uri(q->alias).empty();
}

Attributes identifier_attributes(std::string_view id) {
    if (id.empty()) return {};
    if (is_iptc_qcode(id)) return {{"qcode", std::string(id)}};
    if (looks_like_uri(id)) return {{"uri", std::string(id)}};
    return {{"wk:code", std::string(id)}};
}

Attribute qcode_or_wk(std::string_view name, std::string_view wk_name, std::string_view value) {
    if (is_iptc_qcode(value)) return {name, std::string(value)};
    return {wk_name, std::string(value)};
}

std::string g2_date_time(const DateTime& dt) {
    if (dt.year < 1 || dt.year > 9999 || !is_valid_date(dt.year, dt.month, dt.day)) return {};
    if (dt.hour < 0 || dt.hour > 23 || dt.minute < 0 || dt.minute > 59 || dt.second < 0 || dt.second > 60) return {};
    char text[40];
    int offset = dt.has_offset ? dt.offset_minutes : 0;
    int n = std::snprintf(text, sizeof text, "%04d-%02d-%02dT%02d:%02d:%02d", dt.year, dt.month, dt.day, dt.has_time ? dt.hour : 0,
                          dt.has_time ? dt.minute : 0, dt.has_time ? dt.second : 0);
    std::string out(text, static_cast<std::size_t>(n));
    if (offset == 0) return out + "Z";
    if (offset < -14 * 60 || offset > 14 * 60) return {};
    int a = offset < 0 ? -offset : offset;
    std::snprintf(text, sizeof text, "%c%02d:%02d", offset < 0 ? '-' : '+', a / 60, a % 60);
    return out + text;
}

void write_time(XmlOut& out, std::string_view element, const DateTime& dt, TimeSlot slot, bool derived) {
    std::string exact = format_rfc3339(dt);
    std::string written = slot == TimeSlot::date_or_time && !dt.has_time && !dt.has_offset ? exact : g2_date_time(dt);
    if (written.empty()) return;
    if (slot == TimeSlot::date_or_time && !dt.has_time && !dt.has_offset && !is_valid_date(dt.year, dt.month, dt.day)) return;
    out.leaf(element, {{"wk:value", written == exact ? std::string() : exact}, {"wk:derived", derived ? "true" : ""}}, written);
}

bool is_positive_integer(std::string_view text) {
    return !text.empty() && text.size() <= 18 && text.find_first_not_of("0123456789") == std::string_view::npos &&
           text.find_first_not_of('0') != std::string_view::npos;
}

}  // namespace wirekit::newsml
