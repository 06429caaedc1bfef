#pragma once
// What a reader understood but the model has no slot for. Each entry is owned
// by the format that wrote it, so that a same-format round trip loses nothing.
#include <string>
#include <string_view>
#include <vector>

namespace wirekit {

struct Extension {
    std::string format;  // the format id that knows what this means, e.g. "dispatch"
    std::string key;     // e.g. "dateline-separator" or "{namespace-uri}local-name"
    std::string value;   // text, or a serialized XML/JSON fragment

    bool operator==(const Extension&) const = default;
};

using Extensions = std::vector<Extension>;

// The value of the first extension with this format and key, or nullptr.
const std::string* find_extension(const Extensions& bag, std::string_view format, std::string_view key);
void set_extension(Extensions& bag, std::string_view format, std::string_view key, std::string value);

}  // namespace wirekit
