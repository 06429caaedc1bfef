#include "json/json_prefix.hpp"

#include <nlohmann/json.hpp>

#include "text/charset.hpp"
#include "text/text.hpp"

namespace wirekit {

namespace {

constexpr std::string_view json_space = " \t\r\n";

// Where the value of key NAME starts in TEXT, or npos.
std::size_t value_offset(std::string_view text, std::string_view name) {
    for (auto at = text.find(name); at != std::string_view::npos; at = text.find(name, at + 1)) {
        std::size_t end = at + name.size();
        if (at == 0 || text[at - 1] != '"' || end >= text.size() || text[end] != '"') continue;
        if (at >= 2 && text[at - 2] == '\\') continue;
        auto colon = text.find_first_not_of(json_space, end + 1);
        if (colon == std::string_view::npos || text[colon] != ':') continue;
        auto value = text.find_first_not_of(json_space, colon + 1);
        return value == std::string_view::npos ? text.size() : value;
    }
    return std::string_view::npos;
}

}  // namespace

std::string_view skip_json_space(std::string_view text) {
    text = without_utf8_bom(text);
    auto start = text.find_first_not_of(json_space);
    return start == std::string_view::npos ? std::string_view{} : text.substr(start);
}

std::optional<char> json_value_start(std::string_view text, std::string_view name) {
    std::size_t at = value_offset(text, name);
    if (at == std::string_view::npos) return std::nullopt;
    return at == text.size() ? '\0' : text[at];
}

bool json_has_key(std::string_view text, std::string_view name) { return json_value_start(text, name).has_value(); }

std::optional<std::string_view> json_string_value(std::string_view text, std::string_view name) {
    std::size_t at = value_offset(text, name);
    if (at == std::string_view::npos || at == text.size() || text[at] != '"') return std::nullopt;
    for (std::size_t i = at + 1; i < text.size(); ++i) {
        if (text[i] == '\\')
            ++i;
        else if (text[i] == '"')
            return text.substr(at + 1, i - at - 1);
    }
    return std::nullopt;
}

bool first_line_is_json_value(std::string_view text) {
    text = skip_json_space(text);
    std::string_view first = text.substr(0, text.find('\n'));
    return !first.empty() && nlohmann::json::accept(first);
}

bool is_json_lines(std::string_view text) {
    text = skip_json_space(text);
    if (!first_line_is_json_value(text)) return false;
    auto newline = text.find('\n');
    return newline != std::string_view::npos && !trim(text.substr(newline + 1)).empty();
}

}  // namespace wirekit
