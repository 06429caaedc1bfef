// What the ninjs schemas' versions share (declared in ninjs_rules.hpp).
#include "ninjs/ninjs_rules.hpp"

namespace wirekit {

void require_one_of(const nlohmann::json& object, const JsonPath& path, JsonReport& report, std::string_view a,
                    std::string_view b) {
    bool has_a = object.contains(a);
    bool has_b = object.contains(b);
    if (has_a != has_b) return;
    std::string names = "\"" + std::string(a) + "\" or \"" + std::string(b) + "\"";
    report.error(path, has_a ? "expected " + names + ", not both" : "missing required member " + names);
}

namespace {

// The address of a contactinfo; POSTAL_CODE is its one member whose spelling
// changed (postalcode before 3.0, postalCode since).
JsonShape address_shape(std::string_view postal_code) {
    return JsonShape{.types = json_type_object,
                     .members = {{"lines", json_string_shape, json_list},
                                 {"locality", json_string_shape},
                                 {"area", json_string_shape},
                                 {postal_code, json_string_shape},
                                 {"country", json_string_shape}},
                     .closed = true};
}
const JsonShape& address_lower_case() {
    static const JsonShape shape = address_shape("postalcode");
    return shape;
}
const JsonShape& address_camel_case() {
    static const JsonShape shape = address_shape("postalCode");
    return shape;
}

void value_or_address(const nlohmann::json& value, const JsonPath& path, JsonReport& report) {
    require_one_of(value, path, report, "value", "address");
}

void linked_or_encoded(const nlohmann::json& value, const JsonPath& path, JsonReport& report) {
    require_one_of(value, path, report, "linkedrights", "encodedrights");
}

JsonShape contactinfo_shape(JsonShapeOf address) {
    return JsonShape{.types = json_type_object,
                     .members = {{"type", json_string_shape},
                                 {"role", json_string_shape},
                                 {"lang", json_string_shape},
                                 {"name", json_string_shape},
                                 {"value", json_string_shape},
                                 {"address", address}},
                     .closed = true,
                     .rule = value_or_address};
}

}  // namespace

const JsonShape& ninjs_contactinfo_shape() {
    static const JsonShape shape = contactinfo_shape(address_lower_case);
    return shape;
}

const JsonShape& ninjs3_contactinfo_shape() {
    static const JsonShape shape = contactinfo_shape(address_camel_case);
    return shape;
}

const JsonShape& ninjs_rightsinfo_shape() {
    static const JsonShape shape{.types = json_type_object,
                                 .members = {{"langid", json_uri_shape},
                                             {"linkedrights", json_uri_shape},
                                             {"encodedrights", json_string_shape}},
                                 .rule = linked_or_encoded};
    return shape;
}

}  // namespace wirekit
