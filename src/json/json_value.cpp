#include "json/json_value.hpp"

#include "text/text.hpp"

namespace wirekit {

std::string describe_json_value(const nlohmann::json& value) {
    using nlohmann::json;
    switch (value.type()) {
    case json::value_t::object: return "an object";
    case json::value_t::array: return "an array";
    case json::value_t::string: {
        constexpr std::size_t max_chars = 40;
        const auto& s = value.get_ref<const std::string&>();
        std::size_t end = 0;
        for (std::size_t n = 0; n < max_chars && end < s.size(); ++n) next_code_point(s, end);
        // Invalid UTF-8 would make dump() throw; replace it first.
        std::string shown;
        for (std::size_t pos = 0; pos < end;) append_utf8(shown, next_code_point(s, pos));
        shown = json(shown).dump();
        return end < s.size() ? shown + "…" : shown;
    }
    default: return value.dump();
    }
}

}  // namespace wirekit
