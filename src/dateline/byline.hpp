#pragma once
// Bylines as printed in wire copy: "By NAME", "By NAME and NAME",
// "By NAME, Outlet". Shared by every reader that meets them in text.
#include <string>
#include <string_view>
#include <vector>

#include "model/article.hpp"

namespace wirekit {

// True when LINE is a byline: "By" and a short run of capitalised words.
bool is_byline(std::string_view line);

// The people a byline names, with all-capitals names in title case:
// "By PAUL BYRNE and ALMUDENA CALATRAVA" -> {"Paul Byrne", "Almudena Calatrava"};
// "By Tom Krasovic, The San Diego Union-Tribune" -> {"Tom Krasovic"}.
std::vector<std::string> byline_names(std::string_view line);

// A's byline as a text writer prints it: as it is when a reader will know it
// for one; otherwise the byline or the authors' names after "By", so that it
// reads back as a byline; empty when not even that would (it would read back
// as the lead).
std::string byline_as_printed(const Article& a);

}  // namespace wirekit
