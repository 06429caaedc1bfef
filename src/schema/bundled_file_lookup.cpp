#include "schema/bundled_files.hpp"

namespace wirekit {

std::optional<std::string_view> bundled_file(std::string_view name) {
    for (const BundledFile& file : bundled_files())
        if (file.name == name) return file.bytes;
    return std::nullopt;
}

std::string bundled_schema_uri(std::string_view name, std::string_view fragment) {
    std::string uri = std::string(bundled_uri_base) + std::string(name);
    if (!fragment.empty()) uri += "#" + std::string(fragment);
    return uri;
}

}  // namespace wirekit
