#include "json/json_shape.hpp"

#include <cmath>

#include "json/json_value.hpp"
#include "text/text.hpp"
#include "text/uri_syntax.hpp"
#include "time/datetime.hpp"

namespace wirekit {

void JsonReport::error(const JsonPath& path, std::string_view message) {
    LineColumn at = locations_.at(path.str());
    findings_.error(path.describe(message), at.line, at.column);
}

namespace {

bool has_type(const nlohmann::json& value, unsigned types) {
    if (types == json_type_any) return true;
    if ((types & json_type_null) && value.is_null()) return true;
    if ((types & json_type_boolean) && value.is_boolean()) return true;
    if ((types & json_type_number) && value.is_number()) return true;
    if ((types & json_type_integer) && value.is_number() &&
        (value.is_number_integer() || std::trunc(value.get<double>()) == value.get<double>()))
        return true;
    if ((types & json_type_string) && value.is_string()) return true;
    if ((types & json_type_array) && value.is_array()) return true;
    if ((types & json_type_object) && value.is_object()) return true;
    return false;
}

std::string quoted(std::string_view text) { return '"' + std::string(text) + '"'; }

std::string number_text(double n) {
    if (std::trunc(n) == n && std::fabs(n) < 1e18) return std::to_string(static_cast<long long>(n));
    return std::to_string(n);
}

std::string choices_text(const std::vector<std::string_view>& choices) {
    std::string out;
    for (auto c : choices) out += (out.empty() ? "" : ", ") + quoted(c);
    return out;
}

void check_string(const std::string& text, const JsonShape& shape, const nlohmann::json& value, const JsonPath& path,
                  JsonReport& report) {
    if (!shape.choices.empty()) {
        bool listed = false;
        for (auto c : shape.choices) listed = listed || c == text;
        if (!listed) report.error(path, "expected one of " + choices_text(shape.choices) + ", got " + describe_json_value(value));
    }
    if (utf8_length(text) < shape.min_length)
        report.error(path, shape.min_length == 1 ? std::string("expected a non-empty string")
                                                 : "expected at least " + std::to_string(shape.min_length) + " characters");
    if (shape.format == JsonStringFormat::date_time && !is_json_date_time(text))
        report.error(path, "expected an RFC 3339 date-time such as 2024-03-12T08:00:00Z, got " + describe_json_value(value));
    if (shape.format == JsonStringFormat::uri && !is_absolute_uri(text))
        report.error(path, "expected an absolute URI, got " + describe_json_value(value));
}

void check_number(double n, const JsonShape& shape, const nlohmann::json& value, const JsonPath& path, JsonReport& report) {
    bool low = shape.minimum && n < *shape.minimum;
    bool high = shape.maximum && n > *shape.maximum;
    if (!low && !high) return;
    std::string range = shape.minimum && shape.maximum
                            ? "from " + number_text(*shape.minimum) + " to " + number_text(*shape.maximum)
                        : shape.minimum ? "of at least " + number_text(*shape.minimum)
                                        : "of at most " + number_text(*shape.maximum);
    report.error(path, "expected " + json_types_name(shape.types) + " " + range + ", got " + describe_json_value(value));
}

void check_array(const nlohmann::json& value, const JsonShape& shape, const JsonPath& path, JsonReport& report) {
    if (value.size() < shape.min_items)
        report.error(path, shape.min_items == 1 ? std::string("expected a non-empty array")
                                                : "expected an array of at least " + std::to_string(shape.min_items) +
                                                      " elements, got " + std::to_string(value.size()));
    if (!shape.items) return;
    for (std::size_t i = 0; i < value.size(); ++i) check_json_shape(value[i], shape.items(), path.element(i), report);
}

void check_member(const nlohmann::json& value, const JsonMember& member, const JsonPath& path, JsonReport& report) {
    if (!(member.flags & json_list)) {
        check_json_shape(value, member.shape(), path, report);
        return;
    }
    if (!value.is_array()) {
        report.error(path, "expected an array, got " + describe_json_value(value));
        return;
    }
    for (std::size_t i = 0; i < value.size(); ++i) check_json_shape(value[i], member.shape(), path.element(i), report);
}

void check_object(const nlohmann::json& value, const JsonShape& shape, const JsonPath& path, JsonReport& report) {
    if (value.size() < shape.min_properties) report.error(path, "expected a non-empty object");
    for (const auto& member : shape.members)
        if ((member.flags & json_required) && !value.contains(member.key))
            report.error(path, "missing required member " + quoted(member.key));
    for (const auto& [key, child] : value.items()) {
        JsonPath child_path = path.member(key);
        const JsonMember* known = nullptr;
        for (const auto& member : shape.members)
            if (member.key == key) known = &member;
        bool patterned = shape.is_pattern_key && shape.is_pattern_key(key);
        if (known) check_member(child, *known, child_path, report);
        if (patterned && shape.pattern_shape) check_json_shape(child, shape.pattern_shape(), child_path, report);
        if (!known && !patterned && shape.closed) report.error(child_path, "unknown member (not allowed here)");
    }
}

}  // namespace

std::string json_types_name(unsigned types) {
    static constexpr std::pair<unsigned, std::string_view> names[] = {
        {json_type_string, "a string"},       {json_type_number, "a number"}, {json_type_integer, "an integer"},
        {json_type_boolean, "true or false"}, {json_type_object, "an object"}, {json_type_array, "an array"},
        {json_type_null, "null"}};
    std::string out;
    for (auto [type, name] : names) {
        if (!(types & type)) continue;
        if (type == json_type_integer && (types & json_type_number)) continue;  // a number covers it
        out += (out.empty() ? "" : " or ") + std::string(name);
    }
    return out.empty() ? "any value" : out;
}

void check_json_shape(const nlohmann::json& value, const JsonShape& shape, const JsonPath& path, JsonReport& report) {
    if (!has_type(value, shape.types)) {
        report.error(path, "expected " + json_types_name(shape.types) + ", got " + describe_json_value(value));
        return;
    }
    if (value.is_string()) check_string(value.get_ref<const std::string&>(), shape, value, path, report);
    if (value.is_number()) check_number(value.get<double>(), shape, value, path, report);
    if (value.is_array()) check_array(value, shape, path, report);
    if (value.is_object()) check_object(value, shape, path, report);
    if (shape.rule) shape.rule(value, path, report);
}

const JsonShape& json_any_shape() {
    static const JsonShape shape{};
    return shape;
}
const JsonShape& json_string_shape() {
    static const JsonShape shape{.types = json_type_string};
    return shape;
}
const JsonShape& json_number_shape() {
    static const JsonShape shape{.types = json_type_number};
    return shape;
}
const JsonShape& json_integer_shape() {
    static const JsonShape shape{.types = json_type_integer};
    return shape;
}
const JsonShape& json_boolean_shape() {
    static const JsonShape shape{.types = json_type_boolean};
    return shape;
}
const JsonShape& json_object_shape() {
    static const JsonShape shape{.types = json_type_object};
    return shape;
}
const JsonShape& json_uri_shape() {
    static const JsonShape shape{.types = json_type_string, .format = JsonStringFormat::uri};
    return shape;
}
const JsonShape& json_date_time_shape() {
    static const JsonShape shape{.types = json_type_string, .format = JsonStringFormat::date_time};
    return shape;
}

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
    if (zone == "Z" || zone == "z") return true;
    int zone_hour, zone_minute;
    return zone.size() == 6 && (zone[0] == '+' || zone[0] == '-') && digits_at(zone, 1, 2, zone_hour) && zone[3] == ':' &&
           digits_at(zone, 4, 2, zone_minute) && zone_hour <= 23 && zone_minute <= 59;
}

}  // namespace wirekit
