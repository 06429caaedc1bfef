// Content sniffing for ninjs (declared in ninjs_reader.hpp): property names
// in a bounded prefix, never throwing.
#include <array>

#include "json/json_prefix.hpp"
#include "ninjs/ninjs_reader.hpp"

namespace wirekit {

namespace {

// Names no other format here uses: 1.x, 2.x and 3.x spellings.
constexpr std::array ninjs_only_keys{
    "headlines",       "bodies",          "descriptions",    "versioncreated",  "versionCreated",     "firstcreated",
    "firstCreated",    "contentcreated",  "contentCreated",  "pubstatus",       "pubStatus",          "embargoedUntil",
    "copyrightholder", "copyrightHolder", "copyrightnotice", "copyrightNotice", "usageterms",         "usageTerms",
    "ednote",          "edNote",          "infosources",     "infoSources",     "representationtype", "representationType",
    "renditions",      "associations",    "altids",          "altIds",          "body_html",          "body_text",
    "body_xhtml",      "body_richtext",   "body_main",       "headline_main",   "trustindicators",    "digitalsourcetype"};

int count_ninjs_keys(std::string_view text) {
    int n = 0;
    for (std::string_view key : ninjs_only_keys) n += json_has_key(text, key) ? 1 : 0;
    return n;
}

int sniff_object(std::string_view text) {
    if (auto schema = json_string_value(text, "$schema"); schema && schema->find("ninjs") != std::string_view::npos)
        return 99;
    // dpa digitalwires, a ninjs dialect, names itself.
    if (auto format = json_string_value(text, "format"); format && format->starts_with("digitalwires")) return 90;
    int specific = count_ninjs_keys(text);
    bool has_uri = json_value_start(text, "uri") == '"';
    if (has_uri && specific >= 3) return 95;
    if (has_uri && specific >= 1) return 90;
    return specific >= 2 ? 70 : 0;  // the prefix may end before "uri"
}

int sniff(std::string_view prefix) {
    std::string_view text = skip_json_space(prefix);
    if (text.starts_with('[')) {
        // An array of ninjs objects.
        if (!skip_json_space(text.substr(1)).starts_with('{')) return 0;
        int score = sniff_object(text);
        return score > 5 ? score - 5 : 0;
    }
    return text.starts_with('{') ? sniff_object(text) : 0;
}

}  // namespace

int sniff_ninjs(std::string_view prefix) {
    try {
        return sniff(prefix);
    } catch (...) {
        return 0;
    }
}

}  // namespace wirekit
