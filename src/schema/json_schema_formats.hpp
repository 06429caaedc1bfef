#pragma once
// The "format" values the bundled JSON schemas use, checked as assertions.
#include <string_view>

namespace wirekit {

// RFC 3339 section 5.6 date-time, as JSON Schema's "date-time": a real date, a
// time with seconds (a leap second only at 23:59:60 UTC), an optional
// fraction, a zone "Z" or +hh:mm; 't' and 'z' allowed.
bool is_json_date_time(std::string_view text);

// Whether TEXT passes the FORMAT this evaluator knows ("date-time", "uri", an
// absolute RFC 3986 URI); true for any other format (an annotation only).
bool passes_json_format(std::string_view format, std::string_view text);

}  // namespace wirekit
