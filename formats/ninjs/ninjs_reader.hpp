#pragma once
#include <string_view>

#include "registry/format.hpp"

namespace wirekit {
Document read_ninjs(std::string_view bytes, const ReadOptions& options);
int sniff_ninjs(std::string_view prefix);
}  // namespace wirekit
