#include "ids/uuid.hpp"

#include "ids/sha1.hpp"

namespace wirekit {

namespace {
// wirekit's namespace UUID, chosen once at random: 3f6d2c1e-8b0a-4f57-9c2d-6e1a5b7c9d40.
constexpr unsigned char wirekit_namespace[16] = {0x3f, 0x6d, 0x2c, 0x1e, 0x8b, 0x0a, 0x4f, 0x57,
                                                 0x9c, 0x2d, 0x6e, 0x1a, 0x5b, 0x7c, 0x9d, 0x40};
}  // namespace

std::string content_uuid(std::string_view name) { return content_uuid({name}); }

std::string content_uuid(std::initializer_list<std::string_view> lines) {
    Sha1 hasher;
    hasher.update(std::string_view(reinterpret_cast<const char*>(wirekit_namespace), sizeof wirekit_namespace));
    bool first = true;
    for (std::string_view line : lines) {
        if (!first) hasher.update("\n");
        hasher.update(line);
        first = false;
    }
    auto digest = hasher.finish();
    digest[6] = static_cast<std::uint8_t>((digest[6] & 0x0F) | 0x50);
    digest[8] = static_cast<std::uint8_t>((digest[8] & 0x3F) | 0x80);
    static constexpr char hex[] = "0123456789abcdef";
    std::string out = "urn:uuid:";
    for (int i = 0; i < 16; ++i) {
        if (i == 4 || i == 6 || i == 8 || i == 10) out += '-';
        out += hex[digest[i] >> 4];
        out += hex[digest[i] & 0x0F];
    }
    return out;
}

}  // namespace wirekit
