#pragma once
// Reads ANPA-1312 wire copy (AP and North-American-style senders): the two
// header lines, AP's caret lines (slug, headline, notes, byline), TAB
// paragraphs, agate tables and the transmission stamp; several messages in
// one capture give several articles.
#include <string_view>

#include "registry/format.hpp"

namespace wirekit {
Document read_anpa(std::string_view bytes, const ReadOptions& options);
int sniff_anpa(std::string_view prefix);
}  // namespace wirekit
