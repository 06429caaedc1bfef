#include "report/error.hpp"

namespace wirekit {

std::string location_prefix(const std::string& source, std::size_t line, std::size_t column) {
    if (source.empty()) return {};
    std::string out = source;
    if (line > 0) {
        out += ':' + std::to_string(line);
        if (column > 0) out += ':' + std::to_string(column);
    }
    return out + ": ";
}

std::string Error::format() const {
    return location_prefix(source_, line_, column_) + "error: " + what();
}

}  // namespace wirekit
