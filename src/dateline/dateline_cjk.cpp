// Datelines in Chinese and Japanese copy, which use no dash:
//   lenticular brackets (Japanese): "【6月18日 AFP】", "【ワシントン＝共同】"
//   square brackets (Reuters Japan): "[東京 18日 ロイター]"
//   Xinhua's "dispatch" form (Chinese): AGENCY PLACE DATE 电 - "新华社北京11月17日电"
#include "dateline/dateline_forms.hpp"
#include "text/script_chars.hpp"

namespace wirekit {

namespace {

constexpr char32_t bracket_open = 0x3010;        // 【
constexpr std::string_view bracket_close = "\u3011";  // 】
constexpr char32_t dian = 0x7535;                // 电, "dispatched"
constexpr char32_t dian_traditional = 0x96FB;    // 電
constexpr std::string_view place_credit_marks[] = {"\uFF1D", "="};  // ＝ in "【ワシントン＝共同】"
// The agency names Chinese datelines start with end in one of these:
// 新华社 (…agency), 中新网 (…net), 人民日报 (…paper).
constexpr char32_t agency_endings[] = {0x793E, 0x7F51, 0x7DB2, 0x62A5, 0x5831};  // 社 网 網 报 報

constexpr std::size_t max_bracket_bytes = 60;  // some twenty ideographs
constexpr int max_prefix_code_points = 12;     // agency and place before the date

std::string_view trim_spaces(std::string_view s) {
    std::size_t begin = skip_dateline_spaces(s, 0);
    std::size_t end = s.size();
    while (end > begin) {
        std::size_t start = end - 1;
        while (start > begin && (static_cast<unsigned char>(s[start]) & 0xC0) == 0x80) --start;  // back to a lead byte
        if (!is_dateline_space(code_point_at(s, start))) break;
        end = start;
    }
    return s.substr(begin, end - begin);
}

// Ends the dateline at END: spaces (or nothing) separate it from the lead.
std::optional<DatelineFound> finish(std::string_view s, std::size_t end, DatelineFound found) {
    found.text_end = end;
    found.lead_begin = skip_dateline_spaces(s, end);
    if (!starts_lead(s, found.lead_begin)) return std::nullopt;
    return found;
}

// Reuters Japan: "[東京 18日 ロイター] " — place, day, agency in ASCII brackets.
std::optional<DatelineFound> find_square_bracketed(std::string_view s) {
    std::size_t close = s.substr(0, max_bracket_bytes).find(']');
    if (!s.starts_with('[') || close == std::string_view::npos) return std::nullopt;
    std::string_view inner = s.substr(1, close - 1);
    std::size_t first_space = inner.find(' '), last_space = inner.rfind(' ');
    if (first_space == std::string_view::npos || first_space == last_space) return std::nullopt;
    std::string_view place = inner.substr(0, first_space), credit = inner.substr(last_space + 1);
    std::string_view day = inner.substr(first_space + 1, last_space - first_space - 1);
    std::size_t digits = 0;
    while (digits < day.size() && day[digits] >= '0' && day[digits] <= '9') ++digits;
    if (digits == 0 || digits > 2 || day.substr(digits) != "\u65E5") return std::nullopt;  // 日
    if (!is_cjk(code_point_at(place, 0)) || credit.empty() || !is_cjk(code_point_at(credit, 0))) return std::nullopt;
    DatelineFound found;
    found.place = place;
    found.credit = credit;
    return finish(s, close + 1, found);
}

std::optional<DatelineFound> find_bracketed(std::string_view s) {
    std::size_t inner_begin = 0;
    if (code_point_at(s, 0, inner_begin) != bracket_open) return std::nullopt;
    std::size_t close = s.substr(0, max_bracket_bytes).find(bracket_close, inner_begin);
    if (close == std::string_view::npos) return std::nullopt;
    std::string_view inner = trim_spaces(s.substr(inner_begin, close - inner_begin));
    DatelineFound found;
    if (auto date = scan_dateline_date(inner)) {
        found.date = date;
        found.credit = trim_spaces(inner.substr(date->length));
    } else {
        for (std::string_view mark : place_credit_marks) {
            if (std::size_t at = inner.find(mark); at != std::string_view::npos) {
                found.place = trim_spaces(inner.substr(0, at));
                found.credit = trim_spaces(inner.substr(at + mark.size()));
                break;
            }
        }
        if (found.place.empty()) return std::nullopt;  // a label such as 【速報】
    }
    if (found.credit.empty()) return std::nullopt;
    return finish(s, close + bracket_close.size(), found);
}

// Splits "新华社北京" after the agency's last character.
void split_agency_and_place(std::string_view prefix, DatelineFound& found) {
    for (std::size_t pos = 0, next = 0; pos < prefix.size(); pos = next) {
        char32_t cp = code_point_at(prefix, pos, next);
        for (char32_t ending : agency_endings) {
            if (cp == ending) {
                found.credit = prefix.substr(0, next);
                found.place = prefix.substr(next);
                return;
            }
        }
    }
    found.place = prefix;
}

std::optional<DatelineFound> find_dian(std::string_view s) {
    std::size_t prefix_end = 0, next = 0;
    for (int count = 0; count < max_prefix_code_points && is_cjk(code_point_at(s, prefix_end, next)); ++count)
        prefix_end = next;
    if (prefix_end == 0) return std::nullopt;
    auto date = scan_dateline_date(s.substr(prefix_end));
    if (!date) return std::nullopt;
    std::size_t date_end = prefix_end + date->length;
    char32_t mark = code_point_at(s, date_end, next);
    if (mark != dian && mark != dian_traditional) return std::nullopt;
    DatelineFound found;
    found.date = date;
    split_agency_and_place(s.substr(0, prefix_end), found);
    return finish(s, next, found);
}

}  // namespace

std::optional<DatelineFound> find_cjk_dateline(std::string_view paragraph) {
    if (code_point_at(paragraph, 0) == bracket_open) return find_bracketed(paragraph);
    if (paragraph.starts_with('[')) return find_square_bracketed(paragraph);
    return find_dian(paragraph);
}

}  // namespace wirekit
