#include "xml/xsd_types.hpp"

#include "text/text.hpp"
#include "time/datetime.hpp"

namespace wirekit {

namespace {

// An XSD year: optional '-', at least four digits, no leading zero beyond four.
bool read_year(std::string_view s, std::size_t& pos, int& year) {
    bool negative = pos < s.size() && s[pos] == '-';
    if (negative) ++pos;
    std::size_t start = pos;
    while (pos < s.size() && is_ascii_digit(s[pos])) ++pos;
    std::size_t length = pos - start;
    if (length < 4 || (length > 4 && s[start] == '0') || length > 9) return false;
    year = 0;
    for (std::size_t i = start; i < pos; ++i) year = year * 10 + (s[i] - '0');
    if (negative) year = -year;
    return year != 0;
}

// Z, or +hh:mm / -hh:mm with hh:mm at most 14:00; at the end of S.
ValueProblem check_zone(std::string_view s, std::size_t pos) {
    if (pos == s.size()) return std::nullopt;
    if (s.substr(pos) == "Z") return std::nullopt;
    if (s[pos] != '+' && s[pos] != '-') return std::string("unexpected text after the time");
    ++pos;
    int hours = 0;
    int minutes = 0;
    std::size_t at = pos;
    if (read_digits(s, at, 2, hours) && at == s.size() - 2 && read_digits(s, at, 2, minutes))
        return std::string("the offset needs a colon: ") + std::string(s.substr(pos - 1, 3)) + ":" +
               std::string(s.substr(pos + 2));
    at = pos;
    if (!read_digits(s, at, 2, hours) || at >= s.size() || s[at] != ':' || !read_digits(s, ++at, 2, minutes) ||
        at != s.size())
        return std::string("the offset must be Z or ±hh:mm");
    if (minutes > 59 || hours > 14 || (hours == 14 && minutes > 0)) return std::string("the offset is out of range");
    return std::nullopt;
}

// YYYY-MM-DD at POS; advances past it.
ValueProblem read_date(std::string_view s, std::size_t& pos) {
    int year = 0;
    int month = 0;
    int day = 0;
    if (!read_year(s, pos, year)) return std::string("the year must have four digits");
    if (pos >= s.size() || s[pos] != '-' || !read_digits(s, ++pos, 2, month) || pos >= s.size() || s[pos] != '-' ||
        !read_digits(s, ++pos, 2, day))
        return std::string("the date must be YYYY-MM-DD");
    if (month < 1 || month > 12 || day < 1 || day > days_in_month(year < 0 ? -year : year, month))
        return std::string("there is no such date");
    return std::nullopt;
}

ValueProblem described(std::string_view value, std::string_view type, const ValueProblem& why) {
    if (!why) return std::nullopt;
    std::string message = quoted_value(value) + " is not an " + std::string(type);
    if (!why->empty()) message += " (" + *why + ")";
    return message;
}

bool is_xml_blank(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

bool has_outer_space(std::string_view value) {
    return !value.empty() && (is_xml_blank(value.front()) || is_xml_blank(value.back()));
}

ValueProblem date_time_problem(std::string_view s) {
    if (s.empty()) return std::string("it is empty");
    if (has_outer_space(s)) return std::string(is_xml_blank(s.front()) ? "it starts with blanks" : "it ends with blanks");
    std::size_t pos = 0;
    if (auto bad = read_date(s, pos)) return bad;
    if (pos >= s.size() || s[pos] != 'T') return std::string("the time is missing: YYYY-MM-DDThh:mm:ss");
    ++pos;
    int hour = 0;
    int minute = 0;
    int second = 0;
    if (!read_digits(s, pos, 2, hour) || pos >= s.size() || s[pos] != ':' || !read_digits(s, ++pos, 2, minute) ||
        pos >= s.size() || s[pos] != ':' || !read_digits(s, ++pos, 2, second))
        return std::string("the time must be hh:mm:ss");
    bool fraction_nonzero = false;
    if (pos < s.size() && s[pos] == '.') {
        std::size_t start = ++pos;
        while (pos < s.size() && is_ascii_digit(s[pos])) fraction_nonzero |= s[pos++] != '0';
        if (pos == start) return std::string("a '.' must be followed by digits");
    }
    if (minute > 59 || second > 59 || hour > 24 || (hour == 24 && (minute || second || fraction_nonzero)))
        return std::string("the time is out of range");
    return check_zone(s, pos);
}

}  // namespace

std::string quoted_value(std::string_view value) {
    std::string out = "'";
    for (char c : value) {
        if (c == '\n')
            out += "\\n";
        else if (c == '\r')
            out += "\\r";
        else if (c == '\t')
            out += "\\t";
        else
            out += c;
    }
    return out + "'";
}

ValueProblem check_xs_date_time(std::string_view value) {
    return described(value, "xs:dateTime", date_time_problem(value));
}

ValueProblem check_xs_date(std::string_view value) {
    ValueProblem why;
    std::size_t pos = 0;
    if (value.empty())
        why = "it is empty";
    else if (has_outer_space(value))
        why = "it has blanks around it";
    else if (!(why = read_date(value, pos)))
        why = check_zone(value, pos);
    return described(value, "xs:date", why);
}

ValueProblem check_xs_g_year_month(std::string_view value) {
    std::size_t pos = 0;
    int year = 0;
    int month = 0;
    bool ok = read_year(value, pos, year) && pos < value.size() && value[pos] == '-' && read_digits(value, ++pos, 2, month) &&
              month >= 1 && month <= 12 && !check_zone(value, pos);
    return ok ? std::nullopt : described(value, "xs:gYearMonth", std::string());
}

ValueProblem check_xs_g_year(std::string_view value) {
    std::size_t pos = 0;
    int year = 0;
    bool ok = read_year(value, pos, year) && !check_zone(value, pos);
    return ok ? std::nullopt : described(value, "xs:gYear", std::string());
}

ValueProblem check_xs_integer(std::string_view value) {
    std::size_t pos = !value.empty() && (value[0] == '-' || value[0] == '+') ? 1 : 0;
    bool ok = pos < value.size();
    for (; pos < value.size(); ++pos) ok &= is_ascii_digit(value[pos]);
    return ok ? std::nullopt : described(value, "xs:integer", std::string());
}

ValueProblem check_xs_non_negative_integer(std::string_view value) {
    std::size_t pos = !value.empty() && value[0] == '+' ? 1 : 0;
    bool ok = pos < value.size();
    for (; pos < value.size(); ++pos) ok &= is_ascii_digit(value[pos]);
    if (!ok && value.starts_with('-') && !check_xs_integer(value))
        ok = value.find_first_not_of("-0") == std::string_view::npos;
    return ok ? std::nullopt : described(value, "xs:nonNegativeInteger", std::string());
}

ValueProblem check_xs_boolean(std::string_view value) {
    bool ok = value == "true" || value == "false" || value == "1" || value == "0";
    return ok ? std::nullopt : described(value, "xs:boolean", std::string("true, false, 1 or 0"));
}

ValueProblem check_xs_language(std::string_view value) {
    std::size_t pos = 0;
    bool first = true;
    bool ok = !value.empty();
    while (ok && pos <= value.size()) {
        std::size_t start = pos;
        while (pos < value.size() && (is_ascii_alpha(value[pos]) || (!first && is_ascii_digit(value[pos])))) ++pos;
        std::size_t length = pos - start;
        ok = length >= 1 && length <= 8;
        first = false;
        if (pos == value.size()) break;
        ok = ok && value[pos] == '-';
        ++pos;
    }
    return ok ? std::nullopt : described(value, "xs:language", std::string("a tag like en or pt-BR"));
}

ValueProblem check_xs_ncname(std::string_view value) {
    bool ok = !value.empty() && (is_ascii_alpha(value[0]) || value[0] == '_' || static_cast<unsigned char>(value[0]) >= 0x80);
    for (char c : value)
        ok &= is_ascii_alpha(c) || is_ascii_digit(c) || c == '_' || c == '-' || c == '.' || static_cast<unsigned char>(c) >= 0x80;
    return ok ? std::nullopt : described(value, "xs:NCName", std::string("a name without spaces or colons"));
}

ValueProblem check_xs_id(std::string_view value) {
    if (!check_xs_ncname(value)) return std::nullopt;
    return quoted_value(value) + " is not an xs:ID (a name without spaces or colons)";
}

ValueProblem check_xs_idref(std::string_view value) {
    if (!check_xs_ncname(value)) return std::nullopt;
    return quoted_value(value) + " is not an xs:IDREF (the id of an element)";
}

ValueProblem check_single_line(std::string_view value) {
    if (value.find_first_of("\n\r\t") == std::string_view::npos) return std::nullopt;
    return quoted_value(value) + " must stay on one line (no line breaks or tabs)";
}

}  // namespace wirekit
