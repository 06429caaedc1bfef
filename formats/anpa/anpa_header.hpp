#pragma once
// ANPA-1312's two header lines, between SOH and STX:
//   W2870<US>asian
//   f l<DC3><DC1> BC-LT--Argentina-CancerB 1stLd-Writethru TB06 11-13 1049
#include <string>
#include <string_view>

#include "model/article.hpp"

namespace wirekit {

// Fills A's priority, urgency, category subject, take key and the "anpa"
// extensions from HEADER. Returns false when line 2 is missing or unreadable.
bool read_anpa_header(std::string_view header, Article& a);

// Whether the message's format identifier says "tabular" (second byte DC2).
bool anpa_is_tabular(const Article& a);

}  // namespace wirekit
