#pragma once
// SHA-1, only for name-based (version 5) UUIDs; not for security.
#include <array>
#include <cstdint>
#include <string_view>

namespace wirekit {

std::array<std::uint8_t, 20> sha1(std::string_view data);

}  // namespace wirekit
