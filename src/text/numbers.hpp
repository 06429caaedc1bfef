#pragma once
// Numbers written as text: an attribute's width, an urgency, a duration.
#include <charconv>
#include <optional>
#include <string>
#include <string_view>

#include "text/text.hpp"

namespace wirekit {

// TEXT, white space around it allowed, as a NUMBER (integral or floating);
// nullopt when it is empty, anything more, or out of NUMBER's range.
template <typename Number>
std::optional<Number> parse_number(std::string_view text) {
    Number n{};
    text = trim(text);
    auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), n);
    if (ec != std::errc() || end != text.data() + text.size() || text.empty()) return std::nullopt;
    return n;
}

// D in the shortest decimal form that reads back as D ("" when it has none).
std::string number_text(double d);

// N in decimal when it is set and not negative, else "".
std::string count_text(const std::optional<long long>& n);

}  // namespace wirekit
