#pragma once
// What the model's Concept has no field for but a ninjs concept carries (rel,
// creator, confidence, geojson, contactinfo, symbols), kept as one extension
// per article: a JSON array aligned with Article::subjects, each element the
// extra members of that subject (2.x spelling) or null.
#include <span>
#include <string_view>

#include <nlohmann/json.hpp>

#include "model/article.hpp"
#include "ninjs/ninjs_keys.hpp"

namespace wirekit {

inline constexpr std::string_view ninjs_format_id = "ninjs";
inline constexpr std::string_view subject_extras_key = "subject-extras";

// The extra members a concept in ninjs list LIST (2.x name: "people",
// "organisations", "places", "subjects" or "events") may have, in schema order.
std::span<const std::string_view> concept_extra_keys(std::string_view list);

// VALUE with every ninjs key (at any depth) in VERSION's spelling.
nlohmann::json respelled(const nlohmann::json& value, NinjsVersion version);

}  // namespace wirekit
