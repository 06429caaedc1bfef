#pragma once
// Looking at the first bytes of a JSON input without parsing it, for content
// sniffing: the prefix is usually cut in the middle of a value.
#include <optional>
#include <string_view>

namespace wirekit {

// TEXT without a UTF-8 BOM and leading whitespace.
std::string_view skip_json_space(std::string_view text);

// The first character of the value of key NAME in TEXT, if "NAME": occurs
// there as a key (quoted, not an escaped quote inside a string, then a colon);
// '\0' when the prefix ends right after the colon.
std::optional<char> json_value_start(std::string_view text, std::string_view name);

bool json_has_key(std::string_view text, std::string_view name);

// The string value of key NAME when it starts in TEXT and ends before the
// prefix does (without unescaping); nullopt otherwise.
std::optional<std::string_view> json_string_value(std::string_view text, std::string_view name);

// Whether the first line of TEXT (BOM and leading blank lines skipped) holds
// one complete JSON value, as in JSON Lines; a pretty-printed document's first
// line ("{" or "[" alone) does not.
bool first_line_is_json_value(std::string_view text);

// Whether TEXT is JSON Lines rather than one document: its first line holds a
// whole JSON value and text follows it.
bool is_json_lines(std::string_view text);

}  // namespace wirekit
