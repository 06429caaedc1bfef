#pragma once
// JSON values as error messages show them, and the integer checks every JSON
// reader needs ("expected an integer from 1 to 9, got 3.5").
#include <cstdint>
#include <limits>
#include <optional>
#include <string>

#include <nlohmann/json.hpp>

namespace wirekit {

// A short rendering of VALUE for "expected X, got Y" messages: strings quoted
// and cut after 40 characters, containers by kind ("an object", "an array").
std::string describe_json_value(const nlohmann::json& value);

// VALUE as an Int when it is a JSON integer that fits; nullopt for any other
// value (a fraction such as 3.0 included).
template <class Int>
std::optional<Int> json_integer(const nlohmann::json& value) {
    if (!value.is_number_integer()) return std::nullopt;
    constexpr auto low = std::numeric_limits<Int>::min();
    constexpr auto high = std::numeric_limits<Int>::max();
    // nlohmann keeps a non-negative literal as unsigned, a negative one as signed.
    if (value.is_number_unsigned()) {
        auto n = value.get<std::uint64_t>();
        if (n <= static_cast<std::uint64_t>(high)) return static_cast<Int>(n);
        return std::nullopt;
    }
    auto n = value.get<std::int64_t>();
    if (n >= low && n <= high) return static_cast<Int>(n);
    return std::nullopt;
}

}  // namespace wirekit
