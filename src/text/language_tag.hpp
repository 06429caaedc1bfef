#pragma once
// Language tags: what xs:language (and so XML's xml:lang) accepts, and the
// BCP 47 form of the tags feeds write ("en_US", "EN-us").
#include <string>
#include <string_view>

namespace wirekit {

// Whether TAG matches xs:language: [a-zA-Z]{1,8}(-[a-zA-Z0-9]{1,8})*.
bool is_language_tag(std::string_view tag);

// TAG as BCP 47 writes it: trimmed, subtags apart by "-", not "_" ("en_US"
// gives "en-US"); letter case is kept, tags being case-insensitive. A tag
// that is none (white space or other characters inside) is returned trimmed.
std::string normalized_language_tag(std::string_view tag);

}  // namespace wirekit
