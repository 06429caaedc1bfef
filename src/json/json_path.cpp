#include "json/json_path.hpp"

namespace wirekit {

void JsonPath::append_to(std::string& out) const {
    if (!parent_) return;
    parent_->append_to(out);
    if (index_ != no_index) {
        out += '[';
        out += std::to_string(index_);
        out += ']';
        return;
    }
    if (!out.empty()) out += '.';
    out += key_;
}

std::string JsonPath::str() const {
    std::string out;
    append_to(out);
    return out;
}

std::string JsonPath::describe(std::string_view message) const {
    std::string out = str();
    if (!out.empty()) out += ": ";
    out += message;
    return out;
}

}  // namespace wirekit
