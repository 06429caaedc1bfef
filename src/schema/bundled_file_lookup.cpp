#include "schema/bundled_files.hpp"

namespace wirekit {

std::optional<std::string_view> bundled_file(std::string_view name) {
    for (const BundledFile& file : bundled_files())
        if (file.name == name) return file.bytes;
    return std::nullopt;
}

}  // namespace wirekit
