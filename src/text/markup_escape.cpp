#include "text/markup_escape.hpp"

#include "text/ascii_scan.hpp"

namespace wirekit {

namespace {

// The escape of C, one of the bytes skip_unescaped stops at.
std::string_view escape_of(char c) {
    switch (c) {
        case '&': return "&amp;";
        case '<': return "&lt;";
        case '>': return "&gt;";
        case '"': return "&quot;";
        default: return "&#39;";
    }
}

}  // namespace

void append_escaped(std::string& out, std::string_view text, bool attribute) {
    // The runs between two escapes are appended whole: markup is mostly text.
    std::size_t run = 0;
    for (std::size_t i = skip_unescaped(text, 0, attribute); i < text.size(); i = skip_unescaped(text, run, attribute)) {
        out.append(text.data() + run, i - run);
        out += escape_of(text[i]);
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
