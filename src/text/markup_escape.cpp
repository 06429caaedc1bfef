#include "text/markup_escape.hpp"

namespace wirekit {

namespace {

// The escape of C, or empty when C stands as it is.
std::string_view escape_of(char c, bool attribute) {
    switch (c) {
        case '&': return "&amp;";
        case '<': return "&lt;";
        case '>': return "&gt;";
        case '"': return attribute ? "&quot;" : "";
        case '\'': return attribute ? "&#39;" : "";
        default: return "";
    }
}

}  // namespace

void append_escaped(std::string& out, std::string_view text, bool attribute) {
    // The runs between two escapes are appended whole: markup is mostly text.
    std::size_t run = 0;
    for (std::size_t i = 0; i < text.size(); ++i) {
        char c = text[i];
        if (c != '&' && c != '<' && c != '>' && c != '"' && c != '\'') continue;
        std::string_view escape = escape_of(c, attribute);
        if (escape.empty()) continue;
        out.append(text.data() + run, i - run);
        out += escape;
        run = i + 1;
    }
    out.append(text.data() + run, text.size() - run);
}

std::string escape_xml(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    append_escaped(out, text, true);
    return out;
}

}  // namespace wirekit
