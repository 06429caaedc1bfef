#pragma once
// Converting one input line by line when both formats keep one record per
// line (jsonl, ninjs lines), so that an input of any size converts in memory
// bounded by its longest line.
#include <functional>
#include <string>
#include <string_view>

#include "io/input_stream.hpp"
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

// Whether INPUT is converted to OUTPUT article by article: its reader hands
// over articles one at a time and OUTPUT writes each on lines of its own.
bool converts_article_by_article(const Detection& input, const Detection& output);

// Reads BYTES (all of the input) with INPUT's streaming reader and writes each
// article to OUTPUT_PATH as soon as it is read ("-": stdout; a file is written
// atomically, so a failure leaves it untouched), so that only one article is
// held at once. The bytes and diagnostics are those of reading the whole
// document and writing it; as the writer's diagnostics come after the
// reader's there, they are returned rather than added to
// WRITE_OPTIONS.diag, for the caller to append. CHECK_INPUT as for
// stream_articles.
Diagnostics convert_article_by_article(std::string_view bytes, const Detection& input, const Detection& output,
                                const ReadOptions& read_options, const WriteOptions& write_options,
                                const std::string& output_path, const std::function<void()>& check_input);

}  // namespace wirekit
