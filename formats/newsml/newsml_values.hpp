#pragma once
// The simple types of NewsML-G2 that are not XML Schema built-ins (QCodeType,
// Int1to9Type, TruncatedDateTimeType, ...), as value checks for the rule table.
#include "xml/xsd_types.hpp"

namespace wirekit {

// QCodeType: [^\s:]+:[^\s]+ ("medtop:20000763").
ValueProblem check_g2_qcode(std::string_view value);
ValueProblem check_g2_qcode_list(std::string_view value);
// g2normalizedString: [\S ]*, one line.
ValueProblem check_g2_string(std::string_view value);
// The reference validator (libxml2) reads the values below as the schema says,
// with blanks around them collapsed, with one exception: the simple content
// of an xs:dateTime element may end with blanks but not start with them.

// xs:dateTime as the content of a DateTimePropType element.
ValueProblem check_g2_date_time(std::string_view value);
// DateOptTimeType: xs:date or xs:dateTime.
ValueProblem check_g2_date_opt_time(std::string_view value);
// TruncatedDateTimeType: xs:date, xs:dateTime, xs:gYearMonth or xs:gYear.
ValueProblem check_g2_truncated_date_time(std::string_view value);
// UnionDateTimeEmptyStringType: xs:dateTime or nothing.
ValueProblem check_g2_date_time_or_empty(std::string_view value);
// Int1to9Type.
ValueProblem check_g2_urgency(std::string_view value);
ValueProblem check_g2_positive_integer(std::string_view value);
ValueProblem check_g2_count(std::string_view value);
// standardversion: [0-9]+\.[0-9]+
ValueProblem check_g2_standard_version(std::string_view value);
ValueProblem check_g2_decimal(std::string_view value);
ValueProblem check_g2_direction(std::string_view value);
// Int100Type: 0 to 100.
ValueProblem check_g2_percent(std::string_view value);
// xml:lang of xml.xsd: a language tag, or empty.
ValueProblem check_g2_xml_lang(std::string_view value);

}  // namespace wirekit
