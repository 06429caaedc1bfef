#pragma once
// The bundled JSON schemas (ninjs with GeoJSON, JSON Feed, wirekit's own),
// loaded once a run into one JsonSchemaSet, each under its own "$id" and
// under the URI bundled_schema_uri (bundled_files.hpp) gives its file.
#include "schema/bundled_files.hpp"
#include "schema/json_schema.hpp"

namespace wirekit {

const JsonSchemaSet& bundled_json_schemas();

}  // namespace wirekit
