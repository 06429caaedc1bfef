#pragma once
// Turning a byte offset into the line and column that error messages print.
#include <cstddef>
#include <string_view>

namespace wirekit {

struct LineColumn {
    std::size_t line = 1;    // 1-based
    std::size_t column = 1;  // 1-based, in code points (an invalid byte counts as one)
};

// Where BYTE_OFFSET falls in TEXT. Lines end at LF, CRLF or a lone CR; an offset
// past the end gives the position just after the last character.
LineColumn line_column(std::string_view text, std::size_t byte_offset);

}  // namespace wirekit
