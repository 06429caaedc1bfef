#pragma once
// The named character references of HTML 4 (and &apos;), for recovering feeds
// that use them in XML, where only five are defined.
#include <span>
#include <string_view>

namespace wirekit {

struct HtmlEntity {
    std::string_view name;
    char32_t code_point;
};

// Every reference html_entity knows, sorted by name.
std::span<const HtmlEntity> html_entities();

// The code point NAME (without & and ;) stands for, or 0.
char32_t html_entity(std::string_view name);

}  // namespace wirekit
