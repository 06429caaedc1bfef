#pragma once
// What the iptc7901 reader and writer agree on: the extension keys (format
// "iptc7901") for header fields the model has no place for.
#include <string_view>

namespace wirekit::iptc7901 {

inline constexpr std::string_view format_id = "iptc7901";
inline constexpr std::string_view source_id = "source";     // "eca": the service, before the number
inline constexpr std::string_view sequence = "sequence";    // "062": wraps, never an id
inline constexpr std::string_view word_count = "word-count";
inline constexpr std::string_view selector = "selector";    // "ccccb"
inline constexpr std::string_view agency_number = "agency-number";  // "061" after the agency mnemonic

// The scheme of the category's subject ("iptc7901-category:pl").
inline constexpr std::string_view category_scheme = "iptc7901-category";

}  // namespace wirekit::iptc7901
