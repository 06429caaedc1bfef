#pragma once
// The rules of IPTC's ninjs schemas 1.6, 2.2 and 3.1 as shapes
// (json/json_shape.hpp), one root object each, for `wirekit validate`.
#include <string_view>

#include "json/json_shape.hpp"

namespace wirekit {

const JsonShape& ninjs_1_6_shape();
const JsonShape& ninjs_2_2_shape();
const JsonShape& ninjs_3_1_shape();

// What the versions share.

// The schemas' oneOf of two "required": exactly one of members A and B.
void require_one_of(const nlohmann::json& object, const JsonPath& path, JsonReport& report, std::string_view a,
                    std::string_view b);

// contactinfo: with the lower-case postalcode of 1.6 and 2.2, and with 3.x's postalCode.
const JsonShape& ninjs_contactinfo_shape();
const JsonShape& ninjs3_contactinfo_shape();

// rightsinfo with lower-case names (1.6 and 2.2): not closed, one of
// linkedrights and encodedrights.
const JsonShape& ninjs_rightsinfo_shape();

}  // namespace wirekit
