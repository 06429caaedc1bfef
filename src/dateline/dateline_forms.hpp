#pragma once
// Inside the dateline parser: the written forms it recognises, one file per
// script family, and what each reports back to parse_dateline.
#include <cstddef>
#include <optional>
#include <string_view>

#include "dateline/dateline_date.hpp"

namespace wirekit {

// What a form found, as views into the paragraph.
struct DatelineFound {
    std::string_view place;
    std::string_view region;
    std::string_view credit;
    std::optional<ScannedDate> date;
    std::size_t text_end = 0;    // the dateline is paragraph[0, text_end)
    std::size_t lead_begin = 0;  // the separator is paragraph[text_end, lead_begin)
};

// Datelines longer than this are sentences, not datelines.
inline constexpr std::size_t max_dateline_bytes = 160;

// "NEW YORK (AP) — ", "PORTLAND, Ore., Feb 26 - ", "Jan 3 (Reuters) - ",
// "(ANSA) - Rome, October 11 - ", "DUSHANBE (Pakistan Point News / Sputnik - 06th June, 2023) ",
// "МОСКВА, 10 фев — РИА Новости. ", "MEXICO CITY.- ".
std::optional<DatelineFound> find_latin_dateline(std::string_view paragraph);

// "【6月18日 AFP】", "【ワシントン＝共同】", "新华社北京11月17日电 ".
std::optional<DatelineFound> find_cjk_dateline(std::string_view paragraph);

// Whether a lead may start at POS: something follows, and not in lower case
// (a lower-case continuation means the "dateline" was part of a sentence).
bool starts_lead(std::string_view paragraph, std::size_t pos);

}  // namespace wirekit
