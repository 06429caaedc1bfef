#include "text/numbers.hpp"

namespace wirekit {

std::string number_text(double d) {
    char text[32];
    auto [end, ec] = std::to_chars(text, text + sizeof text, d);
    return ec == std::errc() ? std::string(text, end) : std::string();
}

std::string count_text(const std::optional<long long>& n) { return n && *n >= 0 ? std::to_string(*n) : std::string(); }

}  // namespace wirekit
