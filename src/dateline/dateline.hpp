#pragma once
// Recognising the dateline at the start of a wire story's lead paragraph:
// "DUSHANBE (Pakistan Point News / Sputnik - 06th June, 2023) Building ...".
// Shared by every reader whose source may carry the dateline inside the text
// (dispatch, NewsML-G2 bodies, feeds).
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "model/article.hpp"

namespace wirekit {

struct DatelineMatch {
    // text/place/region/date/credit filled as far as the dateline says.
    // dateline.text is verbatim and excludes the separator.
    Dateline dateline;
    // What stands between the dateline and the lead, verbatim: " - ", " — ",
    // " -- ", " _ ", ".- ", " : ", " ", or "" (CJK forms such as 【…】).
    std::string separator;
    // Invariant: paragraph == dateline.text + separator + paragraph.substr(length).
    std::size_t length = 0;
};

// Looks for a dateline at the start of PARAGRAPH (one paragraph of text, lines
// already joined with single spaces). REFERENCE dates the dateline's date when
// it has no year: the year is chosen so that the date is never more than two
// days after REFERENCE. Returns nullopt when the paragraph does not start with a
// dateline (a capitalised section head or caption is not one).
//
// Details of the match:
// - place and region are as written, split at the first comma; a dual dateline
//   keeps its second place in the region ("SURABAYA, Indonesia/JAKARTA" gives
//   place "SURABAYA", region "Indonesia/JAKARTA"; "HONG KONG/SINGAPORE" is one place).
// - a place in title case ("London") needs a credit or a date beside it; a bare
//   place ("WASHINGTON — ") must be in capitals.
// - PARAGRAPH must start with the dateline: leading spaces give nullopt, since
//   the invariant below could not hold.
std::optional<DatelineMatch> parse_dateline(std::string_view paragraph, const std::optional<DateTime>& reference);

// Whether LEAD (a lead paragraph a text writer prints, the dateline first)
// gives DATELINE back when read: a text writer prints a dateline only then,
// since any other would read back as the lead's first words.
bool reads_back_as_dateline(const std::string& lead, const Dateline& dateline);

// The name of a dateline place for `located`: words written all in capitals
// get title case ("DUSHANBE" -> "Dushanbe", "BUENOS AIRES" -> "Buenos Aires",
// "МОСКВА" -> "Москва"); other words are kept as written ("San Diego", "北京").
std::string place_name(std::string_view place_as_written);

// Splits a dateline credit into the agencies it names:
// "Pakistan Point News / Sputnik" -> {"Pakistan Point News", "Sputnik"},
// "tca/dpa" -> {"tca", "dpa"}.
std::vector<std::string> split_credit_sources(std::string_view credit);

}  // namespace wirekit
