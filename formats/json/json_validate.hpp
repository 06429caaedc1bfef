#pragma once
// `wirekit validate` for wirekit's own json and jsonl: the rules of
// formats/json/wirekit.schema.json (a document; one article per jsonl line).
#include "registry/format.hpp"

namespace wirekit {

void validate_json(std::string_view bytes, const ReadOptions& options, Findings& findings);
void validate_jsonl(std::string_view bytes, const ReadOptions& options, Findings& findings);

}  // namespace wirekit
