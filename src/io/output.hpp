#pragma once
// Writing a command's output: to stdout, or to a file atomically (a temporary
// file in the same folder, flushed, then renamed), so that a failed run never
// leaves a partial or empty file behind.
#include <string>
#include <string_view>

namespace wirekit {

// Writes BYTES to PATH ("-" for stdout). Throws Error 73 when the file cannot
// be created, 74 on a write error.
void write_output(const std::string& path, std::string_view bytes);

}  // namespace wirekit
