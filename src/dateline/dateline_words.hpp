#pragma once
// The words of a dateline: the capitalised run that names a place or region,
// the short name of an agency, and the labels that look like places but start
// captions, notes and kickers ("FILE - ", "UPDATE: ", "INTERVIEW - ").
#include <cstddef>
#include <optional>
#include <string_view>

namespace wirekit {

struct PlaceSpan {
    std::size_t end = 0;         // just after the last word
    bool all_caps = false;  // "GREEN BAY" rather than "San Diego"
};

// The capitalised words naming a place at POS: "GREEN BAY", "San Diego",
// "St. Louis", "Rio de Janeiro", "Indonesia/JAKARTA", "Ore.". Words are joined by
// one space or a slash; lower-case connectors ("de", "am") may stand inside.
// At most MAX_WORDS words; nullopt when POS does not start a capitalised word.
std::optional<PlaceSpan> scan_place(std::string_view s, std::size_t pos, int max_words);

// Whether TEXT reads as an agency credit: "AP", "tca/dpa", "dpa-AFX",
// "Pakistan Point News / Sputnik", "РИА Новости"; not "Adds comments, detail".
bool looks_like_credit(std::string_view text);

// Whether a word of PLACE opens captions, notes, bylines or kickers rather than
// naming a place: "FILE", "UPDATE", "By", "INTERVIEW", "SPIEGEL ONLINE".
bool names_a_label(std::string_view place);

}  // namespace wirekit
