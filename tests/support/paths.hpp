#pragma once
// Where tests find the project's files and the shared reference material.
#include <string>

namespace wirekit::test {

inline std::string source_path(const std::string& relative) { return std::string(WIREKIT_SOURCE_DIR) + "/" + relative; }
inline std::string shared_path(const std::string& relative) { return std::string(WIREKIT_SHARED_DIR) + "/" + relative; }

// The whole file; fails the test (throws) when it cannot be read.
std::string read_file(const std::string& path);

}  // namespace wirekit::test
