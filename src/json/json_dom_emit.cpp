#include "json/json_dom_emit.hpp"

#include <cstdint>
#include <limits>

namespace wirekit {

void emit_json_value(JsonEmitter& out, const nlohmann::json& value, std::string_view (*rename)(std::string_view)) {
    using nlohmann::json;
    switch (value.type()) {
    case json::value_t::object:
        out.begin_object();
        for (const auto& [key, member] : value.items()) {
            out.key(rename ? rename(key) : std::string_view(key));
            emit_json_value(out, member, rename);
        }
        out.end_object();
        break;
    case json::value_t::array:
        out.begin_array();
        for (const auto& element : value) emit_json_value(out, element, rename);
        out.end_array();
        break;
    case json::value_t::string: out.string(value.get_ref<const std::string&>()); break;
    case json::value_t::boolean: out.boolean(value.get<bool>()); break;
    case json::value_t::number_integer: out.integer(value.get<long long>()); break;
    case json::value_t::number_unsigned: {
        auto n = value.get<std::uint64_t>();
        if (n <= static_cast<std::uint64_t>(std::numeric_limits<long long>::max()))
            out.integer(static_cast<long long>(n));
        else
            out.number(static_cast<double>(n));
        break;
    }
    case json::value_t::number_float: out.number(value.get<double>()); break;
    default: out.null(); break;
    }
}

}  // namespace wirekit
