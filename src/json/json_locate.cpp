#include "json/json_locate.hpp"

#include <vector>

#include "text/text.hpp"

namespace wirekit {

namespace {

int hex_value(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return 0;
}

// The string starting at the quote TEXT[POS], unescaped as the DOM holds it;
// POS ends after the closing quote.
std::string read_string(std::string_view text, std::size_t& pos) {
    std::string out;
    for (++pos; pos < text.size() && text[pos] != '"'; ++pos) {
        if (text[pos] != '\\' || pos + 1 >= text.size()) {
            out += text[pos];
            continue;
        }
        char e = text[++pos];
        switch (e) {
        case 'n': out += '\n'; break;
        case 't': out += '\t'; break;
        case 'r': out += '\r'; break;
        case 'b': out += '\b'; break;
        case 'f': out += '\f'; break;
        case 'u': {
            char32_t cp = 0;
            for (int i = 0; i < 4 && pos + 1 < text.size(); ++i) cp = cp * 16 + static_cast<char32_t>(hex_value(text[++pos]));
            // A surrogate pair is two escapes; join them.
            if (cp >= 0xD800 && cp <= 0xDBFF && text.substr(pos + 1, 2) == "\\u" && pos + 6 < text.size()) {
                char32_t low = 0;
                for (int i = 0; i < 4; ++i) low = low * 16 + static_cast<char32_t>(hex_value(text[pos + 3 + i]));
                if (low >= 0xDC00 && low <= 0xDFFF) {
                    cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
                    pos += 6;
                }
            }
            append_utf8(out, cp);
            break;
        }
        default: out += e;  // \" \\ \/
        }
    }
    ++pos;
    return out;
}

struct Container {
    bool is_array = false;
    std::string path;
    std::size_t next_index = 0;
};

std::string child_path(const std::string& parent, const std::string& key) {
    return parent.empty() ? key : parent + '.' + key;
}

}  // namespace

void JsonLocations::index() {
    indexed_ = true;
    std::vector<Container> open;
    // The path of the value that starts next (set by a key or an array slot).
    std::string pending;
    bool value_expected = true;
    for (std::size_t pos = 0; pos < text_.size();) {
        char c = text_[pos];
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == ':' || c == ',') {
            ++pos;
            continue;
        }
        if (c == '}' || c == ']') {
            if (!open.empty()) open.pop_back();
            value_expected = false;
            ++pos;
            continue;
        }
        bool in_object = !open.empty() && !open.back().is_array;
        if (in_object && !value_expected) {
            // A member's key: the member is located at it.
            std::size_t key_start = pos;
            pending = child_path(open.back().path, read_string(text_, pos));
            offsets_[pending] = key_start;
            value_expected = true;
            continue;
        }
        if (!open.empty() && open.back().is_array) {
            pending = open.back().path + '[' + std::to_string(open.back().next_index++) + ']';
            offsets_[pending] = pos;
        }
        value_expected = false;
        if (c == '{' || c == '[') {
            open.push_back({c == '[', pending, 0});
            ++pos;
            continue;
        }
        if (c == '"') {
            read_string(text_, pos);
            continue;
        }
        // A number, true, false or null.
        while (pos < text_.size() && text_[pos] != ',' && text_[pos] != '}' && text_[pos] != ']' &&
               !is_ascii_space(text_[pos]))
            ++pos;
    }
}

LineColumn JsonLocations::at(const std::string& path) {
    if (!indexed_) index();
    auto it = offsets_.find(path);
    LineColumn where = lines_.at(it == offsets_.end() ? 0 : it->second);
    where.line += first_line_ - 1;
    return where;
}

}  // namespace wirekit
