#pragma once
// Converting a line-per-record input (jsonl, ninjs lines) to a line-per-record
// output (jsonl, ninjs+lines) one line at a time, so that an input of any size
// is converted in memory bounded by its longest line.
#include <cstddef>
#include <istream>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "io/input.hpp"
#include "registry/format.hpp"

namespace wirekit {

// Splits a stream into LF-terminated lines, reading it in fixed-size chunks.
class LineReader {
public:
    // ALREADY_READ is what the caller took from IN before (a prefix for format
    // detection): it comes first. Throws Error 65 (naming SOURCE) for a line
    // longer than MAX_LINE_SIZE bytes.
    LineReader(std::istream& in, std::string source, std::string_view already_read = {},
               std::size_t max_line_size = default_max_input_size);

    // The next line without its LF (a CR before it is kept); false at the end
    // of the input. Throws Error 74 when reading fails.
    bool next(std::string& line);
    // The 1-based number of the line next() returned last.
    std::size_t line_number() const { return line_number_; }

private:
    bool fill();

    std::istream& in_;
    std::string source_;
    std::size_t max_line_size_;
    std::vector<char> chunk_;
    std::size_t pos_ = 0, end_ = 0;
    std::size_t line_number_ = 0;
};

struct LineStreamStats {
    std::size_t lines = 0;         // input lines, blank ones included
    std::size_t articles = 0;      // articles read and written
    std::size_t longest_line = 0;  // bytes: the most input held at once
};

// Reads ALREADY_READ (what the caller took from IN to detect its format), then
// IN, line by line; each non-blank line is read with READ as an input of
// its own (articles without a language take READ_OPTIONS.language), and its
// articles written with WRITE as a document without feed,
// appended to OUT as soon as the line is done. Errors and diagnostics of a
// line name its line number in the whole input; a note given again for every
// line ("read as ninjs 2.x", "dropped: ...") is passed on once. READ and
// WRITE must be formats whose records are lines: readers that take one line
// as a whole input, writers that end each article with a newline.
// Throws what READ throws, Error 65 for a line over MAX_LINE_SIZE bytes and
// Error 74 when reading IN or writing OUT fails.
LineStreamStats stream_lines(std::istream& in, std::ostream& out, ReadFn read, WriteFn write,
                             const ReadOptions& read_options, const WriteOptions& write_options,
                             std::string_view already_read = {}, std::size_t max_line_size = default_max_input_size);

}  // namespace wirekit
