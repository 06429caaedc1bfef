#pragma once
// Reads NewsML 1.0 to 1.2 (AFP, EFE, ANP, ANA-MPA, Kyodo, Belga, Business
// Wire and others), one article per NewsItem, leniently; see README.md.
#include <string_view>

#include "registry/format.hpp"

namespace wirekit {
Document read_newsml1(std::string_view bytes, const ReadOptions& options);
int sniff_newsml1(std::string_view prefix);
}  // namespace wirekit
