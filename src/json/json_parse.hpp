#pragma once
// JSON text to an nlohmann DOM, with every failure turned into Error(Exit::data)
// at the line and column it concerns.
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

namespace wirekit {

// Deeper nesting than this is refused before parsing: the DOM-to-model
// conversion and the model's own body tree are recursive. Real documents
// nest about ten levels.
inline constexpr std::size_t max_json_depth = 512;

// The offset of the first '[' or '{' in TEXT nested deeper than MAX_DEPTH
// (brackets inside strings do not count), if any.
std::optional<std::size_t> find_excessive_nesting(std::string_view text, std::size_t max_depth);

// Parses TEXT, which starts at line FIRST_LINE of the input named SOURCE.
nlohmann::json parse_json_text(std::string_view text, const std::string& source, std::size_t first_line = 1);

}  // namespace wirekit
