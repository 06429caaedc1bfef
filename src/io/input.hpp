#pragma once
// Reading whole inputs (files or stdin) into memory, with a size limit and
// errors that name the input and carry the right exit status.
#include <cstddef>
#include <optional>
#include <string>

#include "model/datetime.hpp"

namespace wirekit {

struct Input {
    std::string name;   // as given on the command line; "-" is stdin
    std::string bytes;
    std::optional<DateTime> modified;  // the file's modification time (UTC), when it has one
    std::string charset;   // declared outside the bytes (HTTP Content-Type), when known
    std::string base_url;  // the URL the bytes came from, for relative links; "" for files
};

inline constexpr std::size_t default_max_input_size = std::size_t{256} << 20;

// Reads the file NAME ("-" for stdin; read_input_or_url in http/ also takes
// URLs). Throws Error: 66 when missing or a folder, 74 on a read error, 65
// when larger than max_size.
Input read_input(const std::string& name, std::size_t max_size = default_max_input_size);

// The display name of an input in diagnostics: "<stdin>" for "-".
std::string display_name(const std::string& name);

}  // namespace wirekit
