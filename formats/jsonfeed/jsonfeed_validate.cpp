#include "jsonfeed/jsonfeed_validate.hpp"

#include "json/json_validation.hpp"
#include "schema/bundled_json_schemas.hpp"

namespace wirekit {

void validate_jsonfeed(std::string_view bytes, const ReadOptions&, Findings& findings) {
    // sonicdoe's schema for JSON Feed 1.1, which takes 1.0 feeds too.
    static const std::string schema = bundled_schema_uri("jsonfeed/schema-v1.1.json");
    validate_json_document(bytes, findings, [](const nlohmann::json& value, std::size_t, JsonReport& report) {
        check_json_schema(value, bundled_json_schemas(), schema, JsonPath{}, report);
    });
}

}  // namespace wirekit
