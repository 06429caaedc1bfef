#pragma once
// Reads IPTC 7901 wire copy (dpa, ATS, KNA, APA ...): the header line, the
// keyword line, the headline block up to " =", hard-wrapped paragraphs, the
// not-for-publication notes, the sign-off and the end line; several messages
// in one capture give several articles; copy whose controls a relay stripped
// is read too.
#include <string_view>

#include "registry/format.hpp"

namespace wirekit {
Document read_iptc7901(std::string_view bytes, const ReadOptions& options);
int sniff_iptc7901(std::string_view prefix);
}  // namespace wirekit
