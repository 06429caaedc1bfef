// Telling ninjs 1.x, 2.x and 3.x apart (declared in ninjs_read.hpp).
#include <initializer_list>
#include <string_view>

#include "ninjs/ninjs_read.hpp"

namespace wirekit {

namespace {

// The major version in a schema link such as
// "http://www.iptc.org/std/ninjs/ninjs-schema_2.1.json", or 0.
int major_in_schema_link(std::string_view link) {
    auto ninjs = link.rfind("ninjs");
    if (ninjs == std::string_view::npos) return 0;
    auto digit = link.find_first_of("0123456789", ninjs);
    if (digit == std::string_view::npos) return 0;
    return link[digit] - '0';
}

// The major version a "standard" object names, when it names ninjs.
int major_in_standard(const nlohmann::json& standard) {
    if (!standard.is_object()) return 0;
    auto name = standard.find("name");
    auto version = standard.find("version");
    if (name == standard.end() || !name->is_string() || version == standard.end() || !version->is_string()) return 0;
    std::string_view n = name->get_ref<const std::string&>();
    std::string_view v = version->get_ref<const std::string&>();
    if (n.find("ninjs") == std::string_view::npos && n.find("NINJS") == std::string_view::npos) return 0;
    return v.empty() || v[0] < '1' || v[0] > '9' ? 0 : v[0] - '0';
}

bool has_any(const nlohmann::json& object, std::initializer_list<std::string_view> keys) {
    for (auto key : keys)
        if (object.contains(key)) return true;
    return false;
}

bool has_v1_pattern_key(const nlohmann::json& object) {
    for (const auto& item : object.items()) {
        std::string_view key = item.key();
        if (key.starts_with("headline_") || key.starts_with("body_") || key.starts_with("description_")) return true;
    }
    return false;
}

// 3.x names inside the lists, for 3.x objects whose top-level names are all
// spelled as in 2.x ({"uri", "bodies": [{"contentType": ...}]}).
bool has_camel_case_inside(const nlohmann::json& object, int depth = 0) {
    for (std::string_view list :
         {"headlines", "bodies", "descriptions", "renditions", "people", "organisations", "places", "associations"}) {
        auto it = object.find(list);
        if (it == object.end() || !it->is_array()) continue;
        for (const auto& element : *it) {
            if (!element.is_object()) continue;
            if (has_any(element, {"contentType", "charCount", "wordCount", "sizeInBytes", "contactInfo", "geoJSON"}))
                return true;
            if (list == "associations" && depth == 0 && has_camel_case_inside(element, depth + 1)) return true;
        }
    }
    return false;
}

NinjsVersion from_major(int major) {
    return major == 1 ? NinjsVersion::v1 : major >= 3 ? NinjsVersion::v3 : NinjsVersion::v2;
}

}  // namespace

NinjsVersionGuess detect_ninjs_version(const nlohmann::json& object) {
    if (auto link = object.find(ninjs_keys::schema_link); link != object.end() && link->is_string())
        if (int major = major_in_schema_link(link->get_ref<const std::string&>()); major > 0)
            return {from_major(major), "its \"$schema\" link"};
    for (auto key : {ninjs_keys::standard.v2, ninjs_keys::standard.v1})
        if (auto standard = object.find(key); standard != object.end())
            if (int major = major_in_standard(*standard); major > 0)
                return {from_major(major), "its \"" + std::string(key) + "\" object"};
    if (has_any(object,
                {"versionCreated", "firstCreated", "contentCreated", "embargoedUntil", "pubStatus", "copyrightHolder",
                 "copyrightNotice", "usageTerms", "edNote", "infoSources", "altIds", "trustIndicators", "rightsInfo",
                 "digitalSourceType", "representationType", "eventDetails", "plannedCoverage"}))
        return {NinjsVersion::v3, "camelCase property names"};
    if (has_camel_case_inside(object)) return {NinjsVersion::v3, "camelCase property names inside its lists"};
    if (has_any(object, {"headlines", "bodies", "descriptions", "by", "people", "organisations", "places", "subjects",
                         "infosources", "genres", "events", "objects", "trustindicators"}))
        return {NinjsVersion::v2, "2.x property names"};
    if (has_v1_pattern_key(object) ||
        has_any(object, {"headline", "byline", "person", "organisation", "place", "subject", "infosource", "genre", "event",
                         "object", "trustindicator", "$standard", "mimetype"}))
        return {NinjsVersion::v1, "1.x property names"};
    return {NinjsVersion::v2, "no version-specific property; read as 2.x"};
}

}  // namespace wirekit
