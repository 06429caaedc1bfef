#pragma once
// A JSON Schema evaluator over nlohmann::json for the drafts the bundled
// schemas declare: draft-04, draft-07 and 2020-12 (and a 2019-09 document
// one of them refers to). Keywords: $ref, $id/id, $anchor, $dynamicRef and
// $dynamicAnchor, definitions/$defs, type, enum, const, the number bounds
// (with draft-04's boolean exclusives) and multipleOf, minLength/maxLength,
// pattern (ECMA-262, json_schema_regex.hpp), items/prefixItems/additionalItems,
// minItems/maxItems, uniqueItems, properties, patternProperties,
// additionalProperties, required, minProperties, propertyNames,
// dependentSchemas, unevaluatedProperties, allOf/anyOf/oneOf/not,
// if/then/else, and format "date-time" and "uri" (json_schema_formats.hpp).
// Other keywords are ignored, as the drafts say of unknown ones. Checked
// against the official JSON-Schema-Test-Suite (tests/core/test_json_schema_suite.cpp).
#include <deque>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>

#include <nlohmann/json.hpp>

#include "json/json_path.hpp"
#include "json/json_validation.hpp"

namespace wirekit {

enum class JsonSchemaDraft { draft4, draft7, draft2019_09, draft2020_12 };

// The drafts before 2019-09, where "$ref" makes its siblings ignored (and
// where anchors, dependentSchemas and unevaluatedProperties do not exist).
inline bool refs_hide_siblings(JsonSchemaDraft draft) {
    return draft == JsonSchemaDraft::draft4 || draft == JsonSchemaDraft::draft7;
}

class EcmaRegex;

// Where a subschema sits: its JSON, the base URI its references resolve
// against and the draft it is read by.
struct JsonSchemaNode {
    const nlohmann::json* json = nullptr;
    std::string base;
    JsonSchemaDraft draft = JsonSchemaDraft::draft2020_12;
};

// Schema documents by URI, with their identifiers, anchors and patterns
// indexed once when they are added.
class JsonSchemaSet {
public:
    JsonSchemaSet();
    ~JsonSchemaSet();
    JsonSchemaSet(const JsonSchemaSet&) = delete;
    JsonSchemaSet& operator=(const JsonSchemaSet&) = delete;

    // Adds DOCUMENT under URI (and under the identifiers it declares), read
    // as DRAFT unless its "$schema" names another. Its patterns are compiled
    // now; one that does not compile fails every value it is applied to.
    void add(nlohmann::json document, const std::string& uri, JsonSchemaDraft draft);

    // The subschema a reference names (an absolute URI, with a JSON pointer or
    // an anchor as its fragment); null when no document added holds it.
    const JsonSchemaNode* resolve(const std::string& uri) const;
    // The node of a subschema of an added document (reached through a keyword).
    const JsonSchemaNode& node_of(const nlohmann::json& subschema, const JsonSchemaNode& parent) const;
    // Whether URI (with its fragment) was declared with $dynamicAnchor.
    bool is_dynamic_anchor(const std::string& uri) const { return dynamic_anchors_.contains(uri); }
    // The compiled form of a pattern of an added document.
    const EcmaRegex& regex(const std::string& pattern) const;

private:
    void index(const nlohmann::json& schema, std::string base, JsonSchemaDraft draft);
    const JsonSchemaNode* follow_pointer(const JsonSchemaNode& root, std::string_view pointer) const;

    std::deque<nlohmann::json> documents_;  // stable addresses: nodes point into them
    std::unordered_map<std::string, JsonSchemaNode> resources_;  // by absolute URI without fragment
    std::unordered_map<std::string, JsonSchemaNode> anchors_;    // by "URI#name"
    std::unordered_map<std::string, bool> dynamic_anchors_;
    std::unordered_map<const nlohmann::json*, JsonSchemaNode> nodes_;  // every subschema indexed
    std::unordered_map<std::string, std::unique_ptr<EcmaRegex>> regexes_;
    mutable std::deque<JsonSchemaNode> loose_nodes_;  // nodes made for pointers into non-schema places
};

struct JsonSchemaOptions {
    bool assert_formats = true;  // "format" as an assertion (date-time, uri), not an annotation
};

// Reports to REPORT every way VALUE (at PATH) breaks the schema URI (a
// reference resolve() knows). Messages say what was expected at the value's
// place ("expected a string, got 5"); where none of the alternatives of
// anyOf/oneOf holds they are summed up ("missing required member "a" or "b"").
void check_json_schema(const nlohmann::json& value, const JsonSchemaSet& schemas, const std::string& uri,
                       const JsonPath& path, JsonReport& report, JsonSchemaOptions options = {});

// Whether VALUE is valid against the schema URI (the test suite's question).
bool json_schema_accepts(const nlohmann::json& value, const JsonSchemaSet& schemas, const std::string& uri,
                         JsonSchemaOptions options = {});

}  // namespace wirekit
