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

std::optional<double> parse_clock_duration(std::string_view text) {
    double seconds = 0;
    int parts = 0;
    for (;;) {
        std::size_t colon = text.find(':');
        std::string_view part = text.substr(0, colon);
        bool last = colon == std::string_view::npos;
        double value = 0;
        auto [end, ec] = std::from_chars(part.data(), part.data() + part.size(), value, std::chars_format::fixed);
        bool whole_part = last || part.find('.') == std::string_view::npos;
        if (part.empty() || ec != std::errc{} || end != part.data() + part.size() || value < 0 || !whole_part || ++parts > 3)
            return std::nullopt;
        // Minutes and seconds after a colon stay below 60.
        if (parts > 1 && value >= 60) return std::nullopt;
        seconds = seconds * 60 + value;
        if (last) return seconds;
        text.remove_prefix(colon + 1);
    }
}

}  // namespace wirekit
