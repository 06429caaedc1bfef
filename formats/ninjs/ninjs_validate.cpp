#include "ninjs/ninjs_validate.hpp"

#include <optional>

#include "json/json_prefix.hpp"
#include "json/json_validation.hpp"
#include "ninjs/ninjs_read.hpp"
#include "schema/bundled_json_schemas.hpp"

namespace wirekit {

namespace {

// IPTC's schema of each version, bundled.
struct NinjsSchema {
    const char* name;
    const char* file;
};

NinjsSchema schema_for(NinjsVersion version) {
    switch (version) {
    case NinjsVersion::v1: return {"ninjs 1.6", "ninjs/ninjs-schema_1.6.json"};
    case NinjsVersion::v3: return {"ninjs 3.1", "ninjs/ninjs-schema_3.1.json"};
    case NinjsVersion::v2: break;
    }
    return {"ninjs 2.2", "ninjs/ninjs-schema_2.2.json"};
}

// Checks the objects of one value (an object, or an array of them), saying
// under -v which schema each is checked against when it changes.
class ObjectChecker {
public:
    explicit ObjectChecker(const ReadOptions& options) : options_(options) {}

    void check_value(const nlohmann::json& value, std::size_t line, JsonReport& report) {
        const JsonPath top;
        if (!value.is_array()) return check_object(value, top, line, report);
        for (std::size_t i = 0; i < value.size(); ++i) check_object(value[i], top.element(i), line, report);
    }

private:
    void check_object(const nlohmann::json& value, const JsonPath& path, std::size_t line, JsonReport& report) {
        NinjsVersionGuess guess =
            value.is_object() ? detect_ninjs_version(value) : NinjsVersionGuess{NinjsVersion::v2, "not an object"};
        NinjsSchema schema = schema_for(guess.version);
        if (options_.diag && (!last_version_ || *last_version_ != guess.version))
            options_.diag->note(options_.source,
                                path.describe(std::string("checked against ") + schema.name + " (" + guess.rule + ")"), line);
        last_version_ = guess.version;
        check_json_schema(value, bundled_json_schemas(), bundled_schema_uri(schema.file), path, report);
    }

    const ReadOptions& options_;
    std::optional<NinjsVersion> last_version_;
};

}  // namespace

void validate_ninjs(std::string_view bytes, const ReadOptions& options, Findings& findings) {
    ObjectChecker checker(options);
    auto check = [&](const nlohmann::json& value, std::size_t line, JsonReport& report) {
        checker.check_value(value, line, report);
    };
    // The reader's rule: a first line that holds a whole value, with more after it, is JSON Lines.
    if (is_json_lines(bytes))
        validate_json_lines(bytes, findings, check);
    else
        validate_json_document(bytes, findings, check);
}

}  // namespace wirekit
