#pragma once
// Writing bytes to a file descriptor completely.
#include <string_view>

namespace wirekit {

// Writes all of BYTES to FD, retrying short writes and EINTR; false (with
// errno set) on an error.
bool write_all(int fd, std::string_view bytes);

}  // namespace wirekit
