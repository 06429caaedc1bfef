#pragma once
// IPTC 7901's header line, "eca062 4 i 211 ccccb   dpa 061": source and
// sequence, priority digit, category, word count, then an optional selector
// and the originating agency with its number.
#include <string_view>

#include "model/article.hpp"

namespace wirekit {

// Fills A's urgency, priority, category subject, provider and the
// "iptc7901" extensions. False when LINE is not a 7901 header line.
bool read_iptc7901_header(std::string_view line, Article& a);

}  // namespace wirekit
