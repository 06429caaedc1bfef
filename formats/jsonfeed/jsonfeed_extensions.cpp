#include "jsonfeed/jsonfeed_extensions.hpp"

#include <nlohmann/json.hpp>

#include "text/body_text.hpp"

namespace wirekit {

namespace {
bool is_letter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
}  // namespace

bool is_extension_key(std::string_view key) {
    return key.size() >= 2 && key[0] == '_' && is_letter(key[1]) && key.find('.') == std::string_view::npos;
}

bool is_writable_extension(std::string_view key, std::string_view value_json) {
    if (!is_extension_key(key) || key.size() < 3) return false;
    nlohmann::json value = nlohmann::json::parse(value_json, nullptr, false);
    if (!value.is_object()) return false;
    for (const auto& item : value.items())
        if (item.key().find('.') != std::string::npos) return false;
    return true;
}

std::string jsonfeed_body_text(const Body& body) {
    std::string text;
    for (const auto& paragraph : block_paragraphs(body)) text += (text.empty() ? "" : "\n\n") + paragraph;
    return text;
}

}  // namespace wirekit
