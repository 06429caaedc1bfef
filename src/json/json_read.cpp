#include "json/json_read.hpp"

#include <algorithm>

#include "report/error.hpp"

namespace wirekit {

void json_fail(const JsonOrigin& origin, const JsonPath& path, std::string_view message) {
    throw Error(Exit::data, path.describe(message), origin.options.source, origin.line);
}

void json_type_error(const JsonOrigin& origin, const JsonPath& path, std::string_view expected, const nlohmann::json& got) {
    json_fail(origin, path, "expected " + std::string(expected) + ", got " + describe_json_value(got));
}

void json_warn(const JsonOrigin& origin, const JsonPath& path, std::string_view message) {
    if (origin.options.diag) origin.options.diag->warning(origin.options.source, path.describe(message), origin.line);
}

void json_note(const JsonOrigin& origin, const JsonPath& path, std::string_view message) {
    if (origin.options.diag) origin.options.diag->note(origin.options.source, path.describe(message), origin.line);
}

JsonObject::JsonObject(const nlohmann::json& value, const JsonPath& path, const JsonOrigin& origin)
    : value_(value), path_(path), origin_(origin) {
    if (!value.is_object()) json_type_error(origin, path, "an object", value);
}

const nlohmann::json* JsonObject::find(std::string_view key) const {
    auto it = value_.find(key);
    if (it == value_.end() || it->is_null()) return nullptr;
    return &*it;
}

std::string JsonObject::string(std::string_view key) const {
    const nlohmann::json* v = find(key);
    if (!v) return {};
    if (!v->is_string()) json_type_error(origin_, path(key), "a string", *v);
    return v->get<std::string>();
}

std::optional<double> JsonObject::number(std::string_view key) const {
    const nlohmann::json* v = find(key);
    if (!v) return std::nullopt;
    if (!v->is_number()) json_type_error(origin_, path(key), "a number", *v);
    return v->get<double>();
}

std::optional<bool> JsonObject::boolean(std::string_view key) const {
    const nlohmann::json* v = find(key);
    if (!v) return std::nullopt;
    if (!v->is_boolean()) json_type_error(origin_, path(key), "true or false", *v);
    return v->get<bool>();
}

std::optional<long long> JsonObject::integer(std::string_view key, long long low, long long high) const {
    const nlohmann::json* v = find(key);
    if (!v) return std::nullopt;
    auto n = json_integer<long long>(*v);
    if (!n || *n < low || *n > high)
        json_type_error(origin_, path(key), "an integer from " + std::to_string(low) + " to " + std::to_string(high), *v);
    return n;
}

std::span<const nlohmann::json> JsonObject::array(std::string_view key) const {
    const nlohmann::json* v = find(key);
    if (!v) return {};
    if (v->is_object() && !origin_.options.strict) {
        json_warn(origin_, path(key), "an object where an array belongs; read as a list of one");
        return {v, 1};
    }
    if (!v->is_array()) json_type_error(origin_, path(key), "an array", *v);
    const auto& elements = v->get_ref<const nlohmann::json::array_t&>();
    return {elements.data(), elements.size()};
}

const nlohmann::json* JsonObject::object(std::string_view key) const {
    const nlohmann::json* v = find(key);
    if (v && !v->is_object()) json_type_error(origin_, path(key), "an object", *v);
    return v;
}

void JsonObject::warn_unknown_keys(std::span<const std::string_view> known, bool (*ignore)(std::string_view)) const {
    for (const auto& item : value_.items()) {
        const std::string& key = item.key();
        if (std::find(known.begin(), known.end(), key) != known.end() || (ignore && ignore(key))) continue;
        json_warn(origin_, path(key), "unknown key ignored");
    }
}

std::string json_string_element(const nlohmann::json& element, const JsonPath& path, const JsonOrigin& origin) {
    if (!element.is_string()) json_type_error(origin, path, "a string", element);
    return element.get<std::string>();
}

}  // namespace wirekit
