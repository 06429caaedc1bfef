#include "json/json_validate.hpp"

#include "json/json_validation.hpp"
#include "schema/bundled_json_schemas.hpp"

namespace wirekit {

namespace {

// formats/json/wirekit.schema.json, bundled: the whole document, or one article a line.
void check_wirekit_json(std::string_view bytes, Findings& findings, bool lines) {
    static const std::string document = bundled_schema_uri("wirekit/wirekit.schema.json");
    static const std::string article = bundled_schema_uri("wirekit/wirekit.schema.json", "/$defs/article");
    auto check = [lines](const nlohmann::json& value, std::size_t, JsonReport& report) {
        check_json_schema(value, bundled_json_schemas(), lines ? article : document, JsonPath{}, report);
    };
    if (lines)
        validate_json_lines(bytes, findings, check);
    else
        validate_json_document(bytes, findings, check);
}

}  // namespace

void validate_json(std::string_view bytes, const ReadOptions&, Findings& findings) { check_wirekit_json(bytes, findings, false); }

void validate_jsonl(std::string_view bytes, const ReadOptions&, Findings& findings) { check_wirekit_json(bytes, findings, true); }

}  // namespace wirekit
