#pragma once
// Turning a byte offset into the line and column that error messages print.
#include <cstddef>
#include <memory>
#include <mutex>
#include <string_view>
#include <utility>
#include <vector>

namespace wirekit {

struct LineColumn {
    std::size_t line = 1;    // 1-based
    std::size_t column = 1;  // 1-based, in code points (an invalid byte counts as one)
};

// Where BYTE_OFFSET falls in TEXT. Lines end at LF, CRLF or a lone CR; an offset
// past the end gives the position just after the last character.
LineColumn line_column(std::string_view text, std::size_t byte_offset);

// line_column for many offsets in one TEXT (a reader's notes): the starts of
// its lines are found once, on the first question, so each answer costs a
// search and the length of its own line, not the text before it. Questions
// come mostly in document order, so a column is counted on from the previous
// answer when that is earlier on the same line: a minified document is one
// line, and counting each column from its start would be quadratic.
class LineIndex {
public:
    explicit LineIndex(std::string_view text) : starts_(std::make_shared<LineStarts>(text)) {}
    LineColumn at(std::size_t byte_offset) const;

    // An index of the same text for another thread: the starts of its lines
    // are found once for both (by whichever asks first), but it counts on from
    // answers of its own.
    LineIndex for_another_thread() const { return LineIndex(starts_); }

private:
    class LineStarts {
    public:
        explicit LineStarts(std::string_view text) : text_(text) {}
        std::string_view text() const { return text_; }
        const std::vector<std::size_t>& get();

    private:
        std::string_view text_;
        std::once_flag found_;
        std::vector<std::size_t> starts_;
    };
    // Where the previous answer's count stopped: the first character start
    // at or after its offset, and the column there.
    struct CountedTo {
        std::size_t line_start = 0, offset = 0, reached = 0, column = 1;
    };

    explicit LineIndex(std::shared_ptr<LineStarts> starts) : starts_(std::move(starts)) {}

    std::shared_ptr<LineStarts> starts_;  // found on the first question
    mutable CountedTo last_;
};

}  // namespace wirekit
