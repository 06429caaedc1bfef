#pragma once
// A cautious guess of a text's language from its script and common words,
// for sources that do not say. Returns "" when unsure: no language beats a
// wrong one.
#include <string>
#include <string_view>

namespace wirekit {

// One of en, de, fr, es, it, pt, nl, ru, uk, ar, zh, ja, ko, or "".
std::string guess_language(std::string_view text);

}  // namespace wirekit
