#include "text/location.hpp"

#include "text/text.hpp"

namespace wirekit {

LineColumn line_column(std::string_view text, std::size_t byte_offset) {
    if (byte_offset > text.size()) byte_offset = text.size();
    LineColumn at;
    std::size_t pos = 0;
    while (pos < byte_offset) {
        char c = text[pos];
        if (c == '\n' || c == '\r') {
            // CRLF is one line end: step over the CR and let the LF count.
            if (c == '\r' && pos + 1 < text.size() && text[pos + 1] == '\n') {
                ++pos;
                continue;
            }
            ++pos;
            ++at.line;
            at.column = 1;
            continue;
        }
        next_code_point(text, pos);
        ++at.column;
    }
    return at;
}

}  // namespace wirekit
