#pragma once
// Writes articles as ANPA-1312 transmissions, one message each, in AP's
// layout and 7-bit ASCII (other characters transliterated).
#include <string>

#include "registry/format.hpp"

namespace wirekit {
std::string write_anpa(const Document& doc, const WriteOptions& options);
}
