#pragma once
// File names made from what articles say (ids, headlines, sources), safe to
// create inside an output folder: one path component, never "." or "..",
// no hidden names, no control bytes, valid UTF-8 and a length cap.
#include <cstddef>
#include <string>
#include <string_view>

namespace wirekit {

// Leaves room under NAME_MAX (255) for a collision number and for the
// temporary name an atomic write uses beside the file.
inline constexpr std::size_t max_file_name_bytes = 200;

// TEXT with path separators, control bytes and invalid UTF-8 replaced by '-'.
std::string safe_name_part(std::string_view text);

// A lowercase slug of TEXT: ASCII letters and digits and non-ASCII
// characters kept, every other run of bytes one '-', none at either end; at
// most MAX_BYTES bytes (cut at a character boundary).
std::string slugify(std::string_view text, std::size_t max_bytes = 80);

// NAME as one safe path component: safe_name_part, runs of dots as one dot,
// no leading dots or spaces, no trailing spaces, and at most
// max_file_name_bytes, keeping a short extension. "article" when nothing is left.
std::string safe_file_name(std::string_view name);

// NAME (a safe_file_name) with "-N" before its extension, within the cap.
std::string numbered_file_name(std::string_view name, std::size_t n);

}  // namespace wirekit
