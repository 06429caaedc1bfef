#pragma once
// Lexical checks of the XML Schema built-in types that the feed and news
// schemas use (xs:dateTime, xs:date, xs:language, xs:integer, ...), for
// `wirekit validate`. Each takes the value exactly as written and returns why
// it is not of the type, or nullopt when it is. Whitespace around a value is
// the caller's business: XSD collapses it for simple types, but libxml2 (the
// reference validator) does not for simple content of complex types.
#include <optional>
#include <string>
#include <string_view>

namespace wirekit {

using ValueProblem = std::optional<std::string>;

ValueProblem check_xs_date_time(std::string_view value);
ValueProblem check_xs_date(std::string_view value);
ValueProblem check_xs_g_year_month(std::string_view value);
ValueProblem check_xs_g_year(std::string_view value);
ValueProblem check_xs_integer(std::string_view value);
ValueProblem check_xs_non_negative_integer(std::string_view value);
ValueProblem check_xs_boolean(std::string_view value);
// xs:language: [a-zA-Z]{1,8}(-[a-zA-Z0-9]{1,8})*
ValueProblem check_xs_language(std::string_view value);
// xs:NCName and xs:ID (the same lexical space), ASCII names only beyond letters.
ValueProblem check_xs_ncname(std::string_view value);
// xs:ID: lexically an NCName; check_element_rules also requires each to be
// unique in the document.
ValueProblem check_xs_id(std::string_view value);
// xs:IDREF: an NCName; check_element_rules also requires an element with that id.
ValueProblem check_xs_idref(std::string_view value);
// No line break or tab anywhere: the pattern [\S ]* (a space is the only blank).
ValueProblem check_single_line(std::string_view value);

// "'VALUE'" for messages, with line breaks and tabs shown as \n, \r, \t.
std::string quoted_value(std::string_view value);

}  // namespace wirekit
