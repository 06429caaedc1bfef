#pragma once
// Which wire framing a capture is in, and why: the signatures of ANPA-1312,
// IPTC 7901 and ZCZC telex copy on its first bytes.
#include <string_view>

namespace wirekit {

enum class WireFraming { none, anpa, iptc7901, zczc };

struct WireSniff {
    WireFraming framing = WireFraming::none;
    int score = 0;          // as a format's sniff scores: 0-100
    std::string_view rule;  // the signature that fired, for `wirekit detect`
};

// Looks at PREFIX, the first bytes of an input (fill bytes may lead).
WireSniff sniff_wire(std::string_view prefix);

// sniff_wire's score for PREFIX when it is in FRAMING, else 0 (a format's sniff).
int wire_sniff_score(std::string_view prefix, WireFraming framing);

// The rule sniff_wire names for PREFIX (a FormatInfo's sniff_rule).
std::string_view wire_sniff_rule(std::string_view prefix);

// The format id of a framing: "anpa", "iptc7901", "zczc" ("" for none).
std::string_view wire_format_id(WireFraming framing);

// IPTC 7901's header line shape, "eca062 4 i 211 ccccb   dpa 061": source
// letters and number, a priority digit, a category of 1-3 letters, a word count.
bool is_iptc7901_header(std::string_view line);

// ANPA's first header line, "W2870<US>asian": service letter, 4 digits, an
// optional field, US, the selector.
bool is_anpa_header(std::string_view line);

}  // namespace wirekit
