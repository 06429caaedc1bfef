#pragma once
// Converting a feed article by article: the streaming reader hands each
// article to the streaming writer, whose bytes go to the output at once, so
// that the model holds one article at a time (a few hundred at most when the
// reader reads items on several threads: its window ahead).
#include <functional>
#include <string>
#include <string_view>

#include "registry/format.hpp"
#include "report/diagnostics.hpp"

namespace wirekit {

// Reads BYTES with READ_EACH and writes each article with a writer made by
// MAKE_WRITER to OUTPUT_PATH ("-": stdout; a file is written atomically, so a
// failure leaves it untouched), in blocks of 64 KiB. Articles without a
// language take READ_OPTIONS.language. The writer's diagnostics are returned
// rather than added to WRITE_OPTIONS.diag: writing the whole document gives
// them after the reader's, so the caller appends them when all is read.
// CHECK_INPUT is called when every article is written, before a file is
// committed: what it throws (the input was not what was read) leaves the file
// untouched too. Throws what READ_EACH and CHECK_INPUT throw, and Error 73/74
// when the output cannot be created or written.
Diagnostics stream_articles(std::string_view bytes, ReadEachFn read_each, StreamingWriterFn make_writer,
                            const ReadOptions& read_options, const WriteOptions& write_options,
                            const std::string& output_path, const std::function<void()>& check_input);

}  // namespace wirekit
