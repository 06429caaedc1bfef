#include "text/markup_escape.hpp"

namespace wirekit {

void append_escaped(std::string& out, std::string_view text, bool attribute) {
    for (char c : text) {
        switch (c) {
            case '&': out += "&amp;"; break;
            case '<': out += "&lt;"; break;
            case '>': out += "&gt;"; break;
            case '"': if (attribute) { out += "&quot;"; break; } out += c; break;
            case '\'': if (attribute) { out += "&#39;"; break; } out += c; break;
            default: out += c;
        }
    }
}

std::string escape_xml(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    append_escaped(out, text, true);
    return out;
}

}  // namespace wirekit
