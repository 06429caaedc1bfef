#include "text/location.hpp"

#include <algorithm>

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

LineColumn LineIndex::at(std::size_t byte_offset) const {
    if (line_starts_.empty()) {
        line_starts_.push_back(0);
        for (std::size_t pos = 0; pos < text_.size(); ++pos) {
            char c = text_[pos];
            // CRLF is one line end: its LF starts the next line.
            if (c == '\n' || (c == '\r' && (pos + 1 == text_.size() || text_[pos + 1] != '\n'))) line_starts_.push_back(pos + 1);
        }
    }
    byte_offset = std::min(byte_offset, text_.size());
    auto after = std::upper_bound(line_starts_.begin(), line_starts_.end(), byte_offset);
    std::size_t start = *std::prev(after);
    // The column as line_column counts it, over this line alone.
    LineColumn at = line_column(text_.substr(start), byte_offset - start);
    at.line = static_cast<std::size_t>(after - line_starts_.begin());
    return at;
}

}  // namespace wirekit
