#pragma once
// Converting one input line by line when both formats keep one record per
// line (jsonl, ninjs lines), so that an input of any size converts in memory
// bounded by its longest line.
#include <string>
#include <string_view>

#include "core/input_stream.hpp"
#include "registry/detect.hpp"

namespace wirekit {

// Whether the input detected as INPUT, which starts with PREFIX, holds one
// record per line: jsonl, or ninjs whose first line is a whole JSON value.
bool reads_line_by_line(const Detection& input, std::string_view prefix);

// Whether OUTPUT writes one record per line: jsonl, ninjs+lines.
bool writes_line_by_line(const Detection& output);

// Converts what is left of IN after PREFIX (its first bytes, already read)
// line by line to OUTPUT ("-": stdout; a file is written atomically, so a
// failure leaves it untouched). Lines longer than MAX_LINE_SIZE are an error.
void convert_line_by_line(InputStream& in, std::string_view prefix, const Detection& input, const Detection& output,
                          const ReadOptions& read_options, const WriteOptions& write_options, const std::string& output_path,
                          std::size_t max_line_size);

}  // namespace wirekit
