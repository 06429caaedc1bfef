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

const std::vector<std::size_t>& LineIndex::LineStarts::get() {
    // Line by line with find (memchr), not byte by byte: a large feed's text is
    // read here while the other threads wait for the answer.
    std::call_once(found_, [&] {
        starts_.push_back(0);
        for (std::size_t pos = 0; pos < text_.size();) {
            std::size_t lf = text_.find('\n', pos);
            std::size_t end = std::min(lf, text_.size());
            // A CR ends a line too, but for the CR of a CRLF: its LF starts the next line.
            std::string_view line = text_.substr(pos, end - pos);
            for (std::size_t cr = line.find('\r'); cr != std::string_view::npos; cr = line.find('\r', cr + 1))
                if (pos + cr + 1 != lf) starts_.push_back(pos + cr + 1);
            if (lf == std::string_view::npos) break;
            starts_.push_back(lf + 1);
            pos = lf + 1;
        }
    });
    return starts_;
}

LineColumn LineIndex::at(std::size_t byte_offset) const {
    const std::vector<std::size_t>& line_starts = starts_->get();
    std::string_view text = starts_->text();
    byte_offset = std::min(byte_offset, text.size());
    auto after = std::upper_bound(line_starts.begin(), line_starts.end(), byte_offset);
    std::size_t start = *std::prev(after);
    bool further_on = last_.line_start == start && last_.offset <= byte_offset;
    std::size_t pos = further_on ? last_.reached : start;
    std::size_t column = further_on ? last_.column : 1;
    // Counted as line_column counts: a code point per column; within a line the
    // only line-end byte is the CR of a closing CRLF, which takes no column.
    while (pos < byte_offset) {
        if (text[pos] == '\r') {
            ++pos;
            continue;
        }
        next_code_point(text, pos);
        ++column;
    }
    last_ = {start, byte_offset, pos, column};
    return {static_cast<std::size_t>(after - line_starts.begin()), column};
}

}  // namespace wirekit
