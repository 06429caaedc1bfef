#pragma once
// Bylines as printed in wire copy: "By NAME", "By NAME and NAME",
// "By NAME, Outlet". Shared by every reader that meets them in text.
#include <string>
#include <string_view>
#include <vector>

namespace wirekit {

// True when LINE is a byline: "By" and a short run of capitalised words.
bool is_byline(std::string_view line);

// The people a byline names, with all-capitals names in title case:
// "By PAUL BYRNE and ALMUDENA CALATRAVA" -> {"Paul Byrne", "Almudena Calatrava"};
// "By Tom Krasovic, The San Diego Union-Tribune" -> {"Tom Krasovic"}.
std::vector<std::string> byline_names(std::string_view line);

}  // namespace wirekit
