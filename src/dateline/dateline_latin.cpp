// Datelines in Latin, Greek and Cyrillic script. The grammar, in the order tried:
//   credit first:  "(" CREDIT ")" DASH  HEAD  SEPARATOR        (ANSA) - Rome, October 11 -
//   date first:    DATE "(" CREDIT ")"  SEPARATOR              Jan 3 (Reuters) -
//   credit alone:  "(" CREDIT ")" DASH | "(" CAPS ")"            (Reuters) - / (CNN)Lead
//                  "(" lower-case CREDIT ")" " "                (ats afp) Lead
//   place first:   HEAD [","] ["(" CREDIT [" - " DATE] ")"] SEPARATOR [CREDIT "."]
//                  HEAD-with-date WORD SEPARATOR                 SYDNEY, Dec 7 AAP -
//                  HEAD-with-date ". /" CREDIT "/. "            ВАШИНГТОН, 5 февраля. /ТАСС/.
// where HEAD is PLACE [", " REGION] [", " DATE] (the comma may be Arabic: "،"),
// and a lower-case credit ("Berne (ats) ") needs no dash after it. A Cyrillic credit after the dash
// ends with a period (RIA: "МОСКВА, 10 фев — РИА Новости. "). A place in title case
// ("London") needs a credit or a date beside it: alone, "Federal: Health care"
// would pass for one.
#include "dateline/dateline_forms.hpp"
#include "dateline/dateline_words.hpp"
#include "text/script_chars.hpp"
#include "text/text.hpp"

namespace wirekit {

namespace {

constexpr std::size_t max_paren_bytes = 80;
constexpr int max_place_words = 5;
constexpr int max_region_words = 4;
constexpr int max_trailing_credit_words = 3;

constexpr std::string_view em_dash = "\u2014";

struct Separator {
    std::size_t end = 0;  // where the lead starts
    std::string_view dash;  // empty when only spaces separate
    bool spaced_after = false;  // "WASHINGTON — NASA", not "STT–Sourcefabric"

    bool has_dash() const { return !dash.empty(); }
};

// The dash (or colon) between dateline and lead with the spaces around it.
Separator scan_separator(std::string_view s, std::size_t pos) {
    static constexpr std::string_view dashes[] = {".-", ".\u2014", ".\u2013", "--", em_dash, "\u2013", "-", "_", ":"};
    std::size_t p = skip_dateline_spaces(s, pos);
    for (std::string_view dash : dashes) {
        // The first byte first: this runs at the end of every dateline candidate.
        if (p >= s.size() || s[p] != dash.front() || !s.substr(p).starts_with(dash)) continue;
        std::size_t end = skip_dateline_spaces(s, p + dash.size());
        return {end, dash, end > p + dash.size()};
    }
    return {p, {}, false};
}

struct Paren {
    std::string_view credit;
    std::optional<ScannedDate> date;  // Pakistani wires date inside: "(APP - 4th Jan, 2023)"
    std::size_t end = 0;              // just after ")"
};

// "(AP)", "(tca/dpa)", "(Pakistan Point News / Sputnik - 06th June, 2023)" at POS.
std::optional<Paren> scan_paren(std::string_view s, std::size_t pos) {
    if (pos >= s.size() || s[pos] != '(') return std::nullopt;
    std::size_t close = s.substr(0, pos + max_paren_bytes).find(')', pos + 1);
    if (close == std::string_view::npos) return std::nullopt;
    std::string_view inner = trim(s.substr(pos + 1, close - pos - 1));
    if (inner.find('(') != std::string_view::npos) return std::nullopt;
    Paren paren{inner, std::nullopt, close + 1};
    if (std::size_t dash = inner.rfind(" - "); dash != std::string_view::npos) {
        std::string_view tail = trim(inner.substr(dash + 3));
        auto date = scan_dateline_date(tail);
        if (date && date->length == tail.size()) {
            paren.credit = trim(inner.substr(0, dash));
            paren.date = date;
        }
    }
    if (!looks_like_credit(paren.credit)) return std::nullopt;
    return paren;
}

constexpr std::string_view arabic_comma = "\u060C";

// Where a comma at POS ends ("," or Arabic "،"), or POS when there is none.
std::size_t after_comma(std::string_view s, std::size_t pos) {
    if (pos < s.size() && s[pos] == ',') return pos + 1;
    if (s.substr(pos).starts_with(arabic_comma)) return pos + arabic_comma.size();
    return pos;
}

bool at_comma_space(std::string_view s, std::size_t pos) {
    std::size_t end = after_comma(s, pos);
    return end > pos && end < s.size() && s[end] == ' ';
}

// HEAD: PLACE [", " REGION] [", " DATE]; returns where it ends.
std::optional<std::size_t> scan_head(std::string_view s, std::size_t pos, DatelineFound& found, bool& all_caps) {
    auto place = scan_place(s, pos, max_place_words);
    if (!place || place->end - pos < 2 || names_a_label(s.substr(pos, place->end - pos))) return std::nullopt;
    found.place = s.substr(pos, place->end - pos);
    all_caps = place->all_caps;
    std::size_t p = place->end;
    // A date ends the head: the region, if any, comes before it.
    for (int segment = 0; segment < 2 && !found.date && at_comma_space(s, p); ++segment) {
        std::size_t q = skip_dateline_spaces(s, after_comma(s, p));
        if (auto date = scan_dateline_date(s.substr(q))) {
            found.date = date;
            p = q + date->length;
            continue;
        }
        if (!found.region.empty()) break;
        auto region = scan_place(s, q, max_region_words);
        if (!region) break;
        found.region = s.substr(q, region->end - q);
        p = region->end;
    }
    return p;
}

// The credit of a paren after the head ("BEIJING, Nov. 24 (Xinhua)", "PESHAWAR, (APP ...)").
// Returns where the dateline now ends, or nullopt if a paren is there but is no credit.
std::optional<std::size_t> take_paren_credit(std::string_view s, std::size_t pos, DatelineFound& found, bool& date_in_paren) {
    std::size_t q = skip_dateline_spaces(s, after_comma(s, pos));
    if (q >= s.size() || s[q] != '(') return pos;
    auto paren = scan_paren(s, q);
    if (!paren || (paren->date && found.date)) return std::nullopt;
    found.credit = paren->credit;
    if (paren->date) {
        found.date = paren->date;
        date_in_paren = true;
    }
    return paren->end;
}

bool is_cyrillic(char32_t cp) { return cp >= 0x400 && cp <= 0x4FF; }

// Russian-language agencies name themselves after the dash, ending with a
// period ("МОСКВА, 10 фев — РИА Новости. "). Only in Cyrillic: in English the
// same shape is a lead's first sentence ("LONDON, Jan 3 — Britain. ...").
void take_trailing_credit(std::string_view s, DatelineFound& found) {
    std::size_t start = found.lead_begin;
    if (!is_cyrillic(code_point_at(s, start))) return;
    auto words = scan_place(s, start, max_trailing_credit_words);
    if (!words) return;
    std::string_view name = s.substr(start, words->end - start);
    std::size_t after_period = words->end;
    if (name.ends_with('.')) name.remove_suffix(1);  // the word scanner took it as an abbreviation's
    else if (after_period < s.size() && s[after_period] == '.') ++after_period;
    else return;
    std::size_t lead = skip_dateline_spaces(s, after_period);
    if (lead == after_period || !starts_lead(s, lead) || !looks_like_credit(name)) return;
    found.credit = name;
    found.text_end = after_period;
    found.lead_begin = lead;
}

// ATS signs "Berne (ats) La Banque ..." with no dash: a credit all in lower
// case ("ats", "ats afp") is an agency's signature, never an aside in a sentence.
bool is_lower_case_credit(std::string_view credit) {
    bool letters = false;
    for (char c : credit) {
        if (c >= 'A' && c <= 'Z') return false;
        letters = letters || (c >= 'a' && c <= 'z');
    }
    return letters;
}

// Ends the dateline at POS: a separator must follow, then the lead. ALL_CAPS
// tells whether the place is in capitals; DATE_IN_PAREN whether the credit's
// paren held the date.
std::optional<DatelineFound> finish(std::string_view s, std::size_t pos, DatelineFound found, bool all_caps, bool date_in_paren) {
    Separator sep = scan_separator(s, pos);
    // Only a paren with a date in it (UrduPoint, Sputnik) or a lower-case
    // signature (ATS) ends a dateline without a dash.
    bool dashless = sep.end > pos && pos > 0 && (date_in_paren || (s[pos - 1] == ')' && is_lower_case_credit(found.credit)));
    if (!sep.has_dash() && !dashless) return std::nullopt;
    found.text_end = pos;
    found.lead_begin = sep.end;
    if (sep.has_dash() && found.credit.empty() && found.date) take_trailing_credit(s, found);
    if (found.credit.empty() && !found.date) {
        // A bare place is the weakest form: it must be in capitals and spaced
        // from its lead, or slugs ("BC-US--Earns") would pass; only the em
        // dash may touch the lead ("WASHINGTON—The Senate", WSJ style).
        if (!all_caps || !(sep.spaced_after || sep.dash == em_dash)) return std::nullopt;
    }
    if (found.text_end > max_dateline_bytes || !starts_lead(s, found.lead_begin)) return std::nullopt;
    return found;
}

// "CNN" in "(CNN)Lead": a short agency name in capitals may touch its lead.
bool is_short_capitals(std::string_view credit) {
    if (credit.empty() || credit.size() > 6) return false;
    for (char c : credit)
        if (c < 'A' || c > 'Z') return false;
    return true;
}

// "(ANSA) - Rome, October 11 - ", or the credit alone: "(Reuters) - ",
// "(CNN) -- ", "(CNN)Lead", ATS's "(ats afp) Lead".
std::optional<DatelineFound> find_credit_first(std::string_view s) {
    auto paren = scan_paren(s, 0);
    if (!paren || paren->date) return std::nullopt;
    Separator sep = scan_separator(s, paren->end);
    DatelineFound found;
    found.credit = paren->credit;
    found.text_end = paren->end;
    if (!sep.has_dash()) {
        bool glued = sep.end == paren->end && is_short_capitals(found.credit);
        bool signature = sep.end > paren->end && is_lower_case_credit(found.credit);
        if (!(glued || signature) || !starts_lead(s, sep.end)) return std::nullopt;
        found.lead_begin = sep.end;
        return found;
    }
    bool all_caps = false;
    DatelineFound with_head = found;
    if (auto end = scan_head(s, sep.end, with_head, all_caps))
        if (auto done = finish(s, *end, with_head, all_caps, /*date_in_paren=*/false)) return done;
    if (!sep.spaced_after || !starts_lead(s, sep.end)) return std::nullopt;
    found.lead_begin = sep.end;
    return found;
}

// An agency named after the head without parentheses, one word: AAP's
// "SYDNEY, Dec 7 AAP - ", Kyodo's "TOKYO, Japan, Dec. 5 Kyodo - ". Returns
// where its name ends.
std::optional<std::size_t> bare_credit_end(std::string_view s, std::size_t pos) {
    constexpr std::size_t max_letters = 12;
    if (pos + 1 >= s.size() || s[pos] != ' ' || s[pos + 1] < 'A' || s[pos + 1] > 'Z') return std::nullopt;
    std::size_t end = pos + 2;
    while (end < s.size() && is_ascii_alpha(s[end])) ++end;
    if (end - pos - 1 < 2 || end - pos - 1 > max_letters) return std::nullopt;
    return end;
}

// TASS: "ВАШИНГТОН, 5 февраля. /ТАСС/. " — the credit between slashes after a period.
std::optional<DatelineFound> take_slashed_credit(std::string_view s, std::size_t pos, DatelineFound found) {
    // The date scanner may have taken the period already ("февраля." as an abbreviation).
    if (pos > 0 && s[pos - 1] == '.' && s.substr(pos).starts_with(" /")) --pos;
    if (!s.substr(pos).starts_with(". /")) return std::nullopt;
    std::size_t close = s.find('/', pos + 3);
    if (close == std::string_view::npos || close - pos > max_paren_bytes) return std::nullopt;
    std::string_view credit = s.substr(pos + 3, close - pos - 3);
    if (!looks_like_credit(credit) || close + 1 >= s.size() || s[close + 1] != '.') return std::nullopt;
    std::size_t lead = skip_dateline_spaces(s, close + 2);
    if (lead == close + 2 || !starts_lead(s, lead)) return std::nullopt;
    found.credit = credit;
    found.text_end = close + 1;
    found.lead_begin = lead;
    return found;
}

std::optional<DatelineFound> find_date_first(std::string_view s) {
    auto date = scan_dateline_date(s);
    if (!date) return std::nullopt;
    auto paren = scan_paren(s, skip_dateline_spaces(s, date->length));
    if (!paren || paren->date) return std::nullopt;
    DatelineFound found;
    found.date = date;
    found.credit = paren->credit;
    return finish(s, paren->end, found, /*all_caps=*/false, /*date_in_paren=*/false);
}

std::optional<DatelineFound> find_place_first(std::string_view s) {
    DatelineFound found;
    bool all_caps = false, date_in_paren = false;
    auto head_end = scan_head(s, 0, found, all_caps);
    if (!head_end) return std::nullopt;
    if (found.date)
        if (auto slashed = take_slashed_credit(s, *head_end, found)) return slashed;
    auto end = take_paren_credit(s, *head_end, found, date_in_paren);
    if (!end) return std::nullopt;
    if (found.credit.empty() && found.date && all_caps && *end == *head_end)
        if (auto credit_end = bare_credit_end(s, *end)) {
            DatelineFound with_credit = found;
            with_credit.credit = s.substr(*end + 1, *credit_end - *end - 1);
            if (auto done = finish(s, *credit_end, with_credit, all_caps, date_in_paren)) return done;
        }
    return finish(s, *end, found, all_caps, date_in_paren);
}

}  // namespace

std::optional<DatelineFound> find_latin_dateline(std::string_view paragraph) {
    if (paragraph.starts_with('(')) return find_credit_first(paragraph);
    if (auto found = find_date_first(paragraph)) return found;
    return find_place_first(paragraph);
}

}  // namespace wirekit
