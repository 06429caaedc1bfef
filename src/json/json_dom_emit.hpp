#pragma once
// Writing an already parsed JSON value through a JsonEmitter, so that values a
// reader kept verbatim (extensions) come out in the same layout as the rest.
#include <nlohmann/json.hpp>

#include "json/json_emitter.hpp"

namespace wirekit {

// Object members come out in nlohmann's order (sorted by key), so the output
// is deterministic. RENAME (may be null) gives the key to write for a member
// key, at any depth.
void emit_json_value(JsonEmitter& out, const nlohmann::json& value,
                     std::string_view (*rename)(std::string_view key) = nullptr);

}  // namespace wirekit
