#pragma once
// One urgency scale (1 = most urgent ... 6 = least) for ANPA-1312's priority
// letters and IPTC 7901's priority digits, so that either converts to the other.
#include <optional>

namespace wirekit {

// ANPA's letter on the 7901 scale: f (flash) 1, b (bulletin) 2, u (urgent) 3,
// r (regular) 4, d (deferred) 5, any other letter 6. Case is ignored.
int anpa_priority_urgency(char letter);

// The letter for an urgency (1-9; above 5 gives d, none gives r).
char anpa_priority_letter(std::optional<int> urgency);

}  // namespace wirekit
