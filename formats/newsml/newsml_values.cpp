#include "newsml/newsml_values.hpp"

#include "text/text.hpp"

namespace wirekit {

namespace {

bool is_xml_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

ValueProblem not_a(std::string_view value, std::string_view type, std::string_view hint = {}) {
    std::string message = quoted_value(value) + " is not " + std::string(type);
    if (!hint.empty()) message += " (" + std::string(hint) + ")";
    return message;
}

}  // namespace

ValueProblem check_g2_qcode(std::string_view value) {
    auto colon = value.find(':');
    bool ok = colon != std::string_view::npos && colon > 0 && colon + 1 < value.size();
    for (char c : value) ok &= !is_xml_space(c);
    return ok ? std::nullopt : not_a(value, "a QCode", "scheme:code, without blanks");
}

ValueProblem check_g2_qcode_list(std::string_view value) {
    std::size_t pos = 0;
    while (pos < value.size()) {
        while (pos < value.size() && is_xml_space(value[pos])) ++pos;
        std::size_t end = pos;
        while (end < value.size() && !is_xml_space(value[end])) ++end;
        if (end > pos)
            if (auto bad = check_g2_qcode(value.substr(pos, end - pos))) return bad;
        pos = end;
    }
    return std::nullopt;
}

ValueProblem check_g2_string(std::string_view value) { return check_single_line(value); }

ValueProblem check_g2_date_time(std::string_view value) { return check_xs_date_time(trim_right(value)); }

ValueProblem check_g2_date_opt_time(std::string_view value) {
    value = trim(value);
    if (!check_xs_date_time(value) || !check_xs_date(value)) return std::nullopt;
    if (value.find('T') != std::string_view::npos) return check_xs_date_time(value);
    return not_a(value, "a date or an xs:dateTime", "YYYY-MM-DD or YYYY-MM-DDThh:mm:ss with an optional zone");
}

ValueProblem check_g2_truncated_date_time(std::string_view value) {
    value = trim(value);
    if (!check_xs_date_time(value) || !check_xs_date(value) || !check_xs_g_year_month(value) || !check_xs_g_year(value))
        return std::nullopt;
    if (value.find('T') != std::string_view::npos) return check_xs_date_time(value);
    return not_a(value, "a date and time, a date, a year-month or a year");
}

ValueProblem check_g2_date_time_or_empty(std::string_view value) {
    value = trim(value);
    return value.empty() ? std::nullopt : check_xs_date_time(value);
}

ValueProblem check_g2_urgency(std::string_view value) {
    std::string_view digits = trim(value);
    if (digits.size() == 1 && digits[0] >= '1' && digits[0] <= '9') return std::nullopt;
    return not_a(value, "a number from 1 to 9");
}

ValueProblem check_g2_positive_integer(std::string_view value) {
    std::string_view digits = trim(value);
    if (digits.starts_with('+')) digits.remove_prefix(1);
    bool ok = !digits.empty() && digits.find_first_not_of("0123456789") == std::string_view::npos &&
              digits.find_first_not_of('0') != std::string_view::npos;
    return ok ? std::nullopt : not_a(value, "a positive whole number");
}

ValueProblem check_g2_count(std::string_view value) { return check_xs_non_negative_integer(trim(value)); }

ValueProblem check_g2_standard_version(std::string_view value) {
    auto dot = value.find('.');
    bool ok = dot != std::string_view::npos && dot > 0 && dot + 1 < value.size() &&
              value.find_first_not_of("0123456789.") == std::string_view::npos &&
              value.find('.', dot + 1) == std::string_view::npos;
    return ok ? std::nullopt : not_a(value, "a version like 2.35");
}

ValueProblem check_g2_decimal(std::string_view value) {
    std::string_view number = trim(value);
    if (!number.empty() && (number[0] == '+' || number[0] == '-')) number.remove_prefix(1);
    bool digits = false;
    bool ok = !number.empty();
    int dots = 0;
    for (char c : number) {
        if (c == '.')
            ok &= ++dots == 1;
        else if (c >= '0' && c <= '9')
            digits = true;
        else
            ok = false;
    }
    return ok && digits ? std::nullopt : not_a(value, "a decimal number");
}

ValueProblem check_g2_direction(std::string_view value) {
    return value == "ltr" || value == "rtl" ? std::nullopt : not_a(value, "a writing direction", "ltr or rtl");
}

ValueProblem check_g2_percent(std::string_view value) {
    std::string_view digits = trim(value);
    bool ok = !digits.empty() && digits.size() <= 3 && digits.find_first_not_of("0123456789") == std::string_view::npos &&
              std::stoi(std::string(digits)) <= 100;
    return ok ? std::nullopt : not_a(value, "a whole number from 0 to 100");
}

ValueProblem check_g2_xml_lang(std::string_view value) { return value.empty() ? std::nullopt : check_xs_language(value); }

}  // namespace wirekit
