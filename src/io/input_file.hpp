#pragma once
// What every way of reading an input checks first about a named file.
#include <cstddef>
#include <optional>
#include <string>

#include "model/datetime.hpp"

namespace wirekit {

struct InputFileInfo {
    bool regular = false;    // a regular file: its size is known in advance
    std::size_t size = 0;    // when regular
    std::optional<DateTime> modified;
};

// Looks at file NAME (shown as SHOWN in errors). Throws Error 66 when it is
// missing or a folder, 74 when it cannot be looked at, 65 when it is a
// regular file larger than MAX_SIZE.
InputFileInfo check_input_file(const std::string& name, const std::string& shown, std::size_t max_size);

// The error for an input that grew past MAX_SIZE bytes while being read.
[[noreturn]] void throw_input_too_large(const std::string& shown, std::size_t max_size);

}  // namespace wirekit
