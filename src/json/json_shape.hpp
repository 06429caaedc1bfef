#pragma once
// A JSON format's schema rules written as data, for `wirekit validate`: the
// type of each value, the members an object must or may have, enumerations,
// formats (date-time, uri) and bounds. The ninjs, JSON Feed and json
// validators describe their documents with these tables; what a table cannot
// say (oneOf, if/then, a pattern) is a rule function next to it.
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "json/json_locate.hpp"
#include "json/json_path.hpp"
#include "report/validation.hpp"

namespace wirekit {

// Where the findings about one JSON text go, each at its value's place.
class JsonReport {
public:
    JsonReport(Findings& findings, JsonLocations& locations) : findings_(findings), locations_(locations) {}
    void error(const JsonPath& path, std::string_view message);

private:
    Findings& findings_;
    JsonLocations& locations_;
};

struct JsonShape;
using JsonShapeOf = const JsonShape& (*)();
using JsonRule = void (*)(const nlohmann::json& value, const JsonPath& path, JsonReport& report);

// The types a value may have; json_type_number includes the integers, and an
// integer is any number without a fraction (1.0 too), as JSON Schema says.
enum JsonTypes : unsigned {
    json_type_any = 0,
    json_type_null = 1,
    json_type_boolean = 2,
    json_type_integer = 4,
    json_type_number = 8,
    json_type_string = 16,
    json_type_array = 32,
    json_type_object = 64,
};

enum class JsonStringFormat { none, date_time, uri };

enum JsonMemberFlags : unsigned { json_optional = 0, json_required = 1, json_list = 2 };

struct JsonMember {
    std::string_view key;
    JsonShapeOf shape;
    unsigned flags = json_optional;  // json_list: an array of SHAPE
};

struct JsonShape {
    unsigned types = json_type_any;
    // strings
    std::vector<std::string_view> choices = {};  // the allowed values; empty: any
    JsonStringFormat format = JsonStringFormat::none;
    std::size_t min_length = 0;  // in characters
    // numbers
    std::optional<double> minimum = {};
    std::optional<double> maximum = {};
    // arrays
    JsonShapeOf items = nullptr;
    std::size_t min_items = 0;
    // objects
    std::vector<JsonMember> members = {};
    bool (*is_pattern_key)(std::string_view key) = nullptr;  // patternProperties: keys that take PATTERN_SHAPE
    JsonShapeOf pattern_shape = nullptr;
    bool closed = false;  // additionalProperties: false
    std::size_t min_properties = 0;
    JsonRule rule = nullptr;  // checked after the rest
};

// Reports to REPORT every way VALUE (at PATH) breaks SHAPE.
void check_json_shape(const nlohmann::json& value, const JsonShape& shape, const JsonPath& path, JsonReport& report);

// "a string", "an integer or null", ... for messages.
std::string json_types_name(unsigned types);

// Shapes every schema uses.
const JsonShape& json_any_shape();
const JsonShape& json_string_shape();
const JsonShape& json_number_shape();
const JsonShape& json_integer_shape();
const JsonShape& json_boolean_shape();
const JsonShape& json_object_shape();  // any object
const JsonShape& json_uri_shape();        // a string, format uri
const JsonShape& json_date_time_shape();  // a string, format date-time

// RFC 3339 section 5.6 date-time, as JSON Schema's "date-time" format: a real
// date, a time with seconds, a zone ("Z" or +hh:mm); 't' and 'z' allowed.
bool is_json_date_time(std::string_view text);

}  // namespace wirekit
