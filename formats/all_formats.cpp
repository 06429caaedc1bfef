// The single table of formats. Adding a format means adding its line here.
#include "dispatch/dispatch_format.hpp"
#include "json/json_format.hpp"
#include "registry/format.hpp"

namespace wirekit {

std::span<const FormatInfo> all_formats() {
    static const FormatInfo table[] = {
        dispatch_format(),
        json_format(),
        jsonl_format(),
    };
    return table;
}

}  // namespace wirekit
