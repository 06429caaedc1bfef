// One ninjs object as an article (declared in ninjs_read.hpp): the single
// properties here, the lists in ninjs_read_text/concepts/media.cpp, and the
// properties the model has no field for kept as extensions.
#include <algorithm>
#include <array>
#include <climits>
#include <cmath>
#include <string>

#include "model/extension.hpp"
#include "ninjs/ninjs_extras.hpp"
#include "ninjs/ninjs_read.hpp"
#include "text/text.hpp"
#include "time/datetime.hpp"
#include "time/datetime_rfc822.hpp"

namespace wirekit {

namespace {

using namespace ninjs_keys;

// Properties kept verbatim (as extensions, in 2.x spelling where 2.x has
// them) for a same-format round trip. 1.x spells altids differently (an
// object) and has no objects, events or trust indicators in the 2.x shape.
constexpr std::array<NinjsKey, 11> carried{representationtype, profile,       objects,         altids,
                                           trustindicators,    title,         expires,         rightsinfo,
                                           digitalsourcetype,  event_details, planned_coverage};
constexpr std::array<NinjsKey, 6> carried_v1{representationtype, profile, title, expires, rightsinfo, digitalsourcetype};

// Properties the reader maps to the model.
constexpr std::array<NinjsKey, 29> mapped{
    uri,           type,      version,      firstcreated,    versioncreated,  contentcreated,
    embargoed,     pubstatus, urgency,      copyrightholder, copyrightnotice, usageterms,
    ednote,        language,  descriptions, bodies,          headlines,       people,
    organisations, places,    subjects,     events,          infosources,     by,
    slugline,      located,   renditions,   associations,    genres};

std::optional<DateTime> read_date(const JsonObject& item, std::string_view key) {
    std::string text = item.string(key);
    if (text.empty()) return std::nullopt;
    if (auto dt = parse_rfc3339(text)) return dt;
    // Hand-made ninjs sometimes has feed-style dates; say so and read them.
    auto dt = parse_feed_date(text);
    if (!dt)
        json_fail(item.origin(), item.path(key),
                  "expected an RFC 3339 date-time, got " + describe_json_value(*item.find(key)));
    json_warn(item.origin(), item.path(key), "not an RFC 3339 date-time; read as " + format_rfc3339(*dt));
    return dt;
}

// ninjs says a string; the AP Media API and dpa write a number ("version": 2).
std::string version_text(const JsonObject& item, std::string_view key) {
    const nlohmann::json* v = item.find(key);
    if (v && v->is_number_unsigned()) {
        json_warn(item.origin(), item.path(key), "a number where ninjs has a string; read as text");
        return std::to_string(v->get<unsigned long long>());
    }
    return item.string(key);
}

// The AP Media API gives usage terms as a list of sentences.
std::string usage_terms_text(const JsonObject& item, std::string_view key) {
    const nlohmann::json* v = item.find(key);
    if (!v || !v->is_array()) return item.string(key);
    std::string text;
    const JsonPath list = item.path(key);
    for (std::size_t i = 0; i < v->size(); ++i)
        text += (text.empty() ? "" : " ") + json_string_element((*v)[i], list.element(i), item.origin());
    return text;
}

template <std::size_t N>
bool spelled_in(const std::array<NinjsKey, N>& keys, std::string_view key, NinjsVersion version) {
    return std::any_of(keys.begin(), keys.end(),
                       [&](const NinjsKey& k) { return !k.in(version).empty() && k.in(version) == key; });
}

bool is_v1_text_key(std::string_view key) {
    return key == "headline" || key.starts_with("headline_") || key.starts_with("body_") || key.starts_with("description_");
}

// What becomes of a top-level property.
enum class Fate { mapped, carried, dropped, unknown };

// dpa digitalwires, a ninjs dialect, names some of ninjs' properties its own way.
constexpr std::array<std::string_view, 5> digitalwires_keys{"urn", "headline", "byline", "creditline", "article_html"};

Fate fate_of(std::string_view key, NinjsVersion version) {
    if (std::find(digitalwires_keys.begin(), digitalwires_keys.end(), key) != digitalwires_keys.end()) return Fate::mapped;
    // The version links only say which version this is.
    if (key == schema_link || key == standard.in(version)) return Fate::mapped;
    if (spelled_in(mapped, key, version) || (version == NinjsVersion::v1 && is_v1_text_key(key))) return Fate::mapped;
    if (version == NinjsVersion::v1 ? spelled_in(carried_v1, key, version) || key == altids.v1
                                    : spelled_in(carried, key, version))
        return Fate::carried;
    for (const auto& k : ninjs_top_level_keys())
        if (k.in(version) == key) return Fate::dropped;
    if (version == NinjsVersion::v1 && (key == "mimetype" || key == "charcount" || key == "wordcount")) return Fate::dropped;
    return Fate::unknown;
}

// 1.x altids are {"role": "value", ...}; 2.x and 3.x [{"role": ..., "value": ...}].
nlohmann::json altids_from_v1(const nlohmann::json& map) {
    nlohmann::json out = nlohmann::json::array();
    for (const auto& [role, value] : map.items()) out.push_back({{"role", role}, {"value", value}});
    return out;
}

void keep(const std::string& key, const nlohmann::json& value, NinjsVersion version, Article& out) {
    if (version == NinjsVersion::v1 && key == altids.v1) {
        if (!value.is_object()) return;
        set_extension(out.extensions, ninjs_format_id, altids.v2, altids_from_v1(value).dump());
        return;
    }
    set_extension(out.extensions, ninjs_format_id, ninjs_v2_spelling(key), respelled(value, NinjsVersion::v2).dump());
}

void keep_unmapped(const JsonObject& item, NinjsVersion version, Article& out) {
    for (const auto& [key, value] : item.value().items()) {
        if (value.is_null()) continue;
        switch (fate_of(key, version)) {
        case Fate::mapped: break;
        case Fate::carried: keep(key, value, version, out); break;
        case Fate::dropped: json_note(item.origin(), item.path(key), "not kept (the model has no place for it)"); break;
        case Fate::unknown: json_warn(item.origin(), item.path(key), "unknown key ignored"); break;
        }
    }
}

}  // namespace

Article article_from_ninjs(const JsonObject& item, NinjsVersion version) {
    Article a;
    a.id = item.string(uri.in(version));
    if (a.id.empty()) a.id = item.string("urn");  // dpa digitalwires
    if (a.id.empty()) json_warn(item.origin(), item.path(), "no \"uri\"; ninjs requires one");
    a.type = item.string(type.in(version));
    a.version = version_text(item, ninjs_keys::version.in(version));
    a.first_created = read_date(item, firstcreated.in(version));
    a.version_created = read_date(item, versioncreated.in(version));
    a.content_created = read_date(item, contentcreated.in(version));
    a.embargoed = read_date(item, embargoed.in(version));
    a.pub_status = item.string(pubstatus.in(version));
    if (const nlohmann::json* u = item.find(urgency.in(version))) {
        auto n = json_integer<int>(*u);
        if (!n && u->is_number_float() && std::floor(u->get<double>()) == u->get<double>() &&
            std::fabs(u->get<double>()) < INT_MAX)
            n = static_cast<int>(u->get<double>());  // 2.x says "number": 3.0 is 3
        if (!n) json_type_error(item.origin(), item.path(urgency.in(version)), "an integer", *u);
        a.urgency = n;
    }
    a.copyright = {item.string(copyrightholder.in(version)), item.string(copyrightnotice.in(version)),
                   usage_terms_text(item, usageterms.in(version))};
    a.editor_note = item.string(ednote.in(version));
    a.language = item.string(language.in(version));
    a.byline = item.string(by.in(version));
    if (a.byline.empty()) a.byline = item.string("byline");  // dpa digitalwires
    a.creditline = collapse_spaces(item.string("creditline"));
    a.slugline = item.string(slugline.in(version));
    a.located.name = item.string(located.in(version));
    read_ninjs_text(item, version, a);
    read_ninjs_concepts(item, version, a);
    read_ninjs_media(item, version, a);
    keep_unmapped(item, version, a);
    return a;
}

}  // namespace wirekit
