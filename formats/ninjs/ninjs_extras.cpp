#include "ninjs/ninjs_extras.hpp"

namespace wirekit {

std::span<const std::string_view> concept_extra_keys(std::string_view list) {
    static constexpr std::string_view people[] = {"rel", "contactinfo"};
    static constexpr std::string_view organisations[] = {"rel", "symbols", "contactinfo"};
    static constexpr std::string_view places[] = {"rel", "contactinfo", "geojson"};
    static constexpr std::string_view subjects[] = {"rel", "creator", "confidence"};
    static constexpr std::string_view events[] = {"rel"};
    if (list == "people") return people;
    if (list == "organisations") return organisations;
    if (list == "places") return places;
    if (list == "subjects") return subjects;
    if (list == "events") return events;
    return {};
}

nlohmann::json respelled(const nlohmann::json& value, NinjsVersion version) {
    if (value.is_array()) {
        nlohmann::json out = nlohmann::json::array();
        for (const auto& element : value) out.push_back(respelled(element, version));
        return out;
    }
    if (!value.is_object()) return value;
    nlohmann::json out = nlohmann::json::object();
    for (const auto& [key, member] : value.items())
        out[std::string(ninjs_spelling(key, version))] = respelled(member, version);
    return out;
}

}  // namespace wirekit
