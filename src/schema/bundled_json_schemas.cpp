#include "schema/bundled_json_schemas.hpp"

#include <memory>

namespace wirekit {

const JsonSchemaSet& bundled_json_schemas() {
    static const std::unique_ptr<JsonSchemaSet> schemas = [] {
        auto set = std::make_unique<JsonSchemaSet>();
        for (const BundledFile& file : bundled_files())
            if (file.name.ends_with(".json"))
                set->add(nlohmann::json::parse(file.bytes), bundled_schema_uri(file.name), JsonSchemaDraft::draft2020_12);
        return set;
    }();
    return *schemas;
}

}  // namespace wirekit
