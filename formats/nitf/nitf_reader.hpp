#pragma once
// Reads a NITF document (2.x to 3.6, with or without NITF's namespace), one
// article, leniently; see README.md for the field mapping.
#include <string_view>

#include "registry/format.hpp"

namespace wirekit {
Document read_nitf(std::string_view bytes, const ReadOptions& options);
int sniff_nitf(std::string_view prefix);
}  // namespace wirekit
