#include "time/date_words.hpp"

#include <string>

#include "text/script_chars.hpp"
#include "text/text.hpp"
#include "time/month_names.hpp"

namespace wirekit {

namespace {

struct ZoneName {
    std::string_view name;  // lower case
    int minutes;
};

// Only abbreviations with one meaning in practice; "IST" (India, Ireland,
// Israel) and the like are left out and read as local time.
constexpr ZoneName zone_names[] = {
    {"ut", 0},       {"utc", 0},       {"gmt", 0},      {"z", 0},         {"wet", 0},       {"edt", -4 * 60},
    {"est", -5 * 60}, {"cdt", -5 * 60}, {"cst", -6 * 60}, {"mdt", -6 * 60}, {"mst", -7 * 60}, {"pdt", -7 * 60},
    {"pst", -8 * 60}, {"akdt", -8 * 60}, {"akst", -9 * 60}, {"hst", -10 * 60}, {"ast", -4 * 60}, {"adt", -3 * 60},
    {"bst", 60},     {"west", 60},     {"cet", 60},     {"met", 60},      {"cest", 2 * 60}, {"mest", 2 * 60},
    {"eet", 2 * 60}, {"eest", 3 * 60}, {"msk", 3 * 60}, {"hkt", 8 * 60},  {"awst", 8 * 60}, {"jst", 9 * 60},
    {"kst", 9 * 60}, {"acst", 9 * 60 + 30}, {"aest", 10 * 60}, {"aedt", 11 * 60}, {"nzst", 12 * 60}, {"nzdt", 13 * 60},
};

struct ExtraMonth {
    std::string_view name;  // lower case, without a trailing period
    int month;
};

constexpr ExtraMonth extra_months[] = {
    // Portuguese
    {"janeiro", 1}, {"fevereiro", 2}, {"março", 3}, {"marco", 3}, {"maio", 5}, {"junho", 6}, {"jun", 6},
    {"julho", 7}, {"setembro", 9}, {"outubro", 10}, {"out", 10}, {"novembro", 11}, {"dezembro", 12},
    // Dutch
    {"januari", 1}, {"februari", 2}, {"maart", 3}, {"mrt", 3}, {"mei", 5}, {"augustus", 8},
};

constexpr std::string_view weekdays[] = {
    "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
};

}  // namespace

std::optional<int> zone_offset_minutes(std::string_view word) {
    std::string lower = to_lower_ascii(word);
    for (const ZoneName& z : zone_names)
        if (z.name == lower) return z.minutes;
    if (lower.size() == 1 && lower[0] >= 'a' && lower[0] <= 'y' && lower[0] != 'j') return 0;
    return std::nullopt;
}

int feed_month_from_name(std::string_view word) {
    if (int month = month_from_name(word)) return month;
    word = trim(word);
    if (word.ends_with('.')) word.remove_suffix(1);
    const std::string folded = fold_case(word);
    for (const ExtraMonth& m : extra_months)
        if (m.name == folded) return m.month;
    return 0;
}

bool is_english_weekday(std::string_view word) {
    if (word.ends_with('.')) word.remove_suffix(1);
    std::string lower = to_lower_ascii(word);
    for (std::string_view day : weekdays)
        if (day == lower) return true;
    return false;
}

}  // namespace wirekit
