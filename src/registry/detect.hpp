#pragma once
// Choosing a format: by name (-f/-t), by file suffix, then by content; never a
// silent default.
#include <string>
#include <string_view>

#include "registry/format.hpp"

namespace wirekit {

// The format whose id or alias is NAME (case-insensitive), or nullptr.
const FormatInfo* find_format(std::string_view name);

// How many bytes of an input content sniffing looks at.
inline constexpr std::size_t sniff_prefix_size = 4096;

struct Detection {
    const FormatInfo* format = nullptr;
    std::string rule;                   // which rule decided, for -v and `wirekit detect`
    std::vector<std::string> variants;  // -t FORMAT+VARIANT: the variants asked for
};

// The format to read the input NAME with contents BYTES: EXPLICIT (-f) when
// given, else the suffix of NAME, else content sniffing. Throws Error 64 for an
// unknown or write-only explicit name and 65 when nothing matches, naming the
// candidates.
Detection detect_input_format(const std::string& name, std::string_view bytes, const std::string& explicit_name);

// The format to write: EXPLICIT (-t, as FORMAT or FORMAT+VARIANT+...) when
// given, else the suffix of OUTPUT. Throws Error 64 when neither decides or a
// variant is unknown.
Detection detect_output_format(const std::string& output, const std::string& explicit_name);

}  // namespace wirekit
