#pragma once
// Writes articles as IPTC 7901 transmissions, one message each, in dpa's
// layout, text in UTF-8 (or ISO 8859-1 with +latin1).
#include <string>

#include "registry/format.hpp"

namespace wirekit {
inline constexpr FormatVariant latin1_variant{"latin1", "text in ISO 8859-1 (other characters transliterated), as 8-bit 7901 copy"};
std::string write_iptc7901(const Document& doc, const WriteOptions& options);
}
