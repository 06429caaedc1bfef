#include "time/duration_text.hpp"

#include <charconv>

namespace wirekit {

std::optional<long long> parse_duration(std::string_view text) {
    long long unit = 1;
    if (!text.empty()) {
        switch (text.back()) {
            case 's': unit = 1; break;
            case 'm': unit = 60; break;
            case 'h': unit = 3600; break;
            case 'd': unit = 86400; break;
            case 'w': unit = 7 * 86400; break;
            default: unit = 0;
        }
        if (unit != 0) text.remove_suffix(1);
        else unit = 1;
    }
    long long n = 0;
    auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), n);
    // Ten thousand years is more than any feed needs and far from overflow.
    constexpr long long max_seconds = 10000LL * 366 * 86400;
    if (text.empty() || ec != std::errc{} || end != text.data() + text.size() || n < 0 || n > max_seconds / unit)
        return std::nullopt;
    return n * unit;
}

}  // namespace wirekit
