// Content sniffing for JSON Feed (declared in jsonfeed_reader.hpp): the
// version string, or the keys, in a bounded prefix; never throws.
#include "json/json_prefix.hpp"
#include "jsonfeed/jsonfeed_reader.hpp"

namespace wirekit {

namespace {

int sniff(std::string_view prefix) {
    std::string_view text = skip_json_space(prefix);
    if (!text.starts_with('{')) return 0;
    auto version = json_string_value(text, "version");
    if (version && version->find("jsonfeed.org/version/") != std::string_view::npos) return 99;
    bool feed_keys = json_has_key(text, "items") || json_has_key(text, "home_page_url") || json_has_key(text, "feed_url");
    if (!feed_keys) return 0;
    // The bare "1.1" of some feeds, or a version that is further on.
    if (version && (*version == "1" || *version == "1.0" || *version == "1.1")) return 95;
    return json_has_key(text, "home_page_url") || json_has_key(text, "content_html") || json_has_key(text, "content_text")
               ? 80
               : 0;
}

}  // namespace

int sniff_jsonfeed(std::string_view prefix) {
    try {
        return sniff(prefix);
    } catch (...) {
        return 0;
    }
}

}  // namespace wirekit
