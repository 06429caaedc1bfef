// Entry points of the dateline parser. The forms themselves live in
// dateline_latin.cpp and dateline_cjk.cpp; dates in dateline_date.cpp.
#include "dateline/dateline.hpp"

#include "dateline/dateline_forms.hpp"
#include "text/script_chars.hpp"
#include "text/text.hpp"

namespace wirekit {

namespace {

DatelineMatch make_match(std::string_view paragraph, const DatelineFound& found, const std::optional<DateTime>& reference) {
    DatelineMatch m;
    m.dateline.text = std::string(paragraph.substr(0, found.text_end));
    m.dateline.place = std::string(found.place);
    m.dateline.region = std::string(found.region);
    m.dateline.credit = std::string(found.credit);
    if (found.date) m.dateline.date = resolve_dateline_date(*found.date, reference);
    m.separator = std::string(paragraph.substr(found.text_end, found.lead_begin - found.text_end));
    m.length = found.lead_begin;
    return m;
}

// Where a credit names several agencies: "A / B", "tca/dpa", "APP - UrduPoint".
bool is_source_break(std::string_view credit, std::size_t i) {
    if (credit[i] == '/' || credit[i] == ',' || credit[i] == ';') return true;
    // A hyphen splits only with spaces around it: "dpa-AFX" is one agency.
    return credit[i] == '-' && i > 0 && i + 1 < credit.size() && credit[i - 1] == ' ' && credit[i + 1] == ' ';
}

}  // namespace

bool starts_lead(std::string_view paragraph, std::size_t pos) {
    return pos < paragraph.size() && letter_case(code_point_at(paragraph, pos)) != LetterCase::lower;
}

std::optional<DatelineMatch> parse_dateline(std::string_view paragraph, const std::optional<DateTime>& reference) {
    // The dateline is the paragraph's first text; a leading space would break
    // the invariant that text, separator and lead add up to the paragraph.
    if (paragraph.empty() || is_dateline_space(code_point_at(paragraph, 0))) return std::nullopt;
    auto found = find_cjk_dateline(paragraph);
    if (!found) found = find_latin_dateline(paragraph);
    if (!found) return std::nullopt;
    return make_match(paragraph, *found, reference);
}

bool reads_back_as_dateline(const std::string& lead, const Dateline& dateline) {
    auto match = parse_dateline(lead, std::nullopt);
    return match && match->dateline.text == dateline.text;
}

std::vector<std::string> split_credit_sources(std::string_view credit) {
    std::vector<std::string> sources;
    std::size_t start = 0;
    for (std::size_t i = 0; i <= credit.size(); ++i) {
        if (i < credit.size() && !is_source_break(credit, i)) continue;
        std::string_view source = trim(credit.substr(start, i - start));
        if (!source.empty()) sources.emplace_back(source);
        start = i + 1;
    }
    return sources;
}

namespace {

// "BUENOS" -> "Buenos"; a word with any lower-case letter is kept as written.
void append_place_word(std::string& out, std::string_view word) {
    bool has_lower = false;
    for (std::size_t pos = 0; pos < word.size();) {
        std::size_t next = pos;
        if (letter_case(code_point_at(word, pos, next)) == LetterCase::lower) has_lower = true;
        pos = next;
    }
    if (has_lower || word.empty()) {
        out += word;
        return;
    }
    std::size_t after_first = 0;
    code_point_at(word, 0, after_first);
    out += word.substr(0, after_first);
    out += fold_case(word.substr(after_first));
}

}  // namespace

std::string place_name(std::string_view place) {
    std::string out;
    std::size_t start = 0;
    for (std::size_t i = 0; i <= place.size(); ++i) {
        // Words break at spaces, hyphens and slashes: "WINSTON-SALEM", "Indonesia/JAKARTA".
        if (i < place.size() && place[i] != ' ' && place[i] != '-' && place[i] != '/') continue;
        append_place_word(out, place.substr(start, i - start));
        if (i < place.size()) out += place[i];
        start = i + 1;
    }
    return out;
}

}  // namespace wirekit
