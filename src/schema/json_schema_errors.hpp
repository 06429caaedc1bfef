#pragma once
// What a JSON Schema evaluation found wrong, with enough of its kind kept
// to sum up alternatives that all fail: the types, values or members each
// expected, so that anyOf/oneOf give one message ("expected one of "Point",
// "Polygon", got "Circle"") instead of one per alternative.
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "json/json_path.hpp"
#include "json/json_validation.hpp"

namespace wirekit {

// The members of an object that keywords evaluated (unevaluatedProperties).
using EvaluatedMembers = std::vector<std::string_view>;

// A value's bounds, for the message when it is out of them.
struct NumberRange {
    const nlohmann::json* minimum = nullptr;
    const nlohmann::json* maximum = nullptr;
    bool exclusive_minimum = false;
    bool exclusive_maximum = false;
    bool integer = false;  // the schema's type is "integer"
};

class SchemaErrors {
public:
    enum class Kind { other, type, value, missing };
    struct Error {
        std::string path;  // JsonPath::str()
        std::size_t depth = 0;
        std::string message;
        Kind kind = Kind::other;
        std::vector<std::string> expected;  // type names, allowed values (JSON), or missing member names
        std::string got;                    // the value, as messages show it
    };

    std::size_t size() const { return errors_.size(); }
    std::string first_message() const { return errors_.empty() ? std::string() : errors_.front().message; }

    void add(const JsonPath& path, std::string message);
    void add_type(const JsonPath& path, const std::vector<std::string>& types, const nlohmann::json& value);
    void add_value(const JsonPath& path, const std::vector<nlohmann::json>& allowed, const nlohmann::json& value);
    void add_missing(const JsonPath& path, const std::string& member);
    void add_range(const JsonPath& path, const NumberRange& range, const nlohmann::json& value);
    // anyOf or oneOf where no alternative holds; FAILURES: what each found.
    void add_none_holds(const JsonPath& path, const std::vector<SchemaErrors>& failures);
    // oneOf where the alternatives HOLDING (of COUNT) all hold.
    void add_several_hold(const JsonPath& path, const std::vector<const nlohmann::json*>& holding, std::size_t count);

    // Every error, once each, to REPORT.
    void report_to(JsonReport& report) const;

private:
    void push(Error error) { errors_.push_back(std::move(error)); }
    std::vector<Error> errors_;
};

}  // namespace wirekit
