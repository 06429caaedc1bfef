#pragma once
// Model values in the shapes NewsML-G2 demands: date-times with a zone, QCodes
// only with aliases IPTC's catalog declares, one-line strings; and the wk
// attributes that keep what those shapes cannot say.
#include <optional>
#include <string>
#include <string_view>

#include "model/article.hpp"
#include "xml/xml_out.hpp"

namespace wirekit::newsml {

// An absolute URI or a tag:/urn: identifier, as opposed to a QCode or a code.
bool looks_like_uri(std::string_view text);

// A QCode whose alias IPTC's catalog declares.
bool is_iptc_qcode(std::string_view text);

// Attributes for an identifier: qcode= when it is an IPTC QCode, uri= when it
// looks like a URI, else wk:code= (verbatim).
Attributes identifier_attributes(std::string_view id);

// A QCode-typed attribute NAME for VALUE when VALUE is an IPTC QCode, else the
// value verbatim in the wk attribute WK_NAME.
Attribute qcode_or_wk(std::string_view name, std::string_view wk_name, std::string_view value);

enum class TimeSlot {
    date_time,      // xs:dateTime: a bare date becomes midnight UTC
    date_or_time,   // TruncatedDateTime: a bare date stays a date
};

// ELEMENT holding DT as YYYY-MM-DDThh:mm:ss(Z|+hh:mm) (or YYYY-MM-DD where the
// slot allows a date). When that is not exactly the model's value (no zone,
// fraction digits, a date in a date-time slot), wk:value keeps the value;
// DERIVED marks a time the writer made up (wk:derived="true").
void write_time(XmlOut& out, std::string_view element, const DateTime& dt, TimeSlot slot, bool derived = false);

// DT as xs:dateTime with a zone, or "" when it is not a valid date.
std::string g2_date_time(const DateTime& dt);

// Digits naming a number above zero: what xs:positiveInteger (version) takes.
bool is_positive_integer(std::string_view text);


}  // namespace wirekit::newsml
