#pragma once
// wirekit JSON, parsed into an nlohmann DOM, back to the article model (the
// mapping is in README.md). Strict about types: a value of the wrong type is
// Error(Exit::data) naming its path. Lenient about keys: an unknown key is a
// warning, then ignored; null and absent keys mean the field is empty.
#include <cstddef>

#include <nlohmann/json.hpp>

#include "json/json_path.hpp"
#include "registry/format.hpp"

namespace wirekit {

struct JsonReadContext {
    const ReadOptions& options;
    std::size_t line = 0;  // the input line every value is on (jsonl); 0 when unknown
};

// Each takes VALUE apart: strings are moved out of it rather than copied.
Document document_from_json(nlohmann::json& value, const JsonReadContext& context);
Article article_from_json(nlohmann::json& value, const JsonPath& path, const JsonReadContext& context);

}  // namespace wirekit
