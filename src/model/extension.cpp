#include "model/extension.hpp"

namespace wirekit {

const std::string* find_extension(const Extensions& bag, std::string_view format, std::string_view key) {
    for (const auto& e : bag)
        if (e.format == format && e.key == key) return &e.value;
    return nullptr;
}

void set_extension(Extensions& bag, std::string_view format, std::string_view key, std::string value) {
    for (auto& e : bag) {
        if (e.format == format && e.key == key) {
            e.value = std::move(value);
            return;
        }
    }
    bag.push_back({std::string(format), std::string(key), std::move(value)});
}

}  // namespace wirekit
