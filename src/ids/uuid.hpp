#pragma once
// Stable ids for articles whose source has none: a name-based UUID (RFC 4122
// version 5) in wirekit's own namespace, so the same content gives the same id.
#include <initializer_list>
#include <string>
#include <string_view>

namespace wirekit {

// "urn:uuid:xxxxxxxx-xxxx-5xxx-yxxx-xxxxxxxxxxxx" for NAME.
std::string content_uuid(std::string_view name);

// The same for the name that is LINES joined with newlines, hashed without
// joining them.
std::string content_uuid(std::initializer_list<std::string_view> lines);

}  // namespace wirekit
