#pragma once
// Where tests find the project's files and the shared reference material.
#include <string>

namespace wirekit::test {

// Appended rather than concatenated: GCC 12 warns wrongly (-Warray-bounds) on
// `std::string(DIR) + "/" + relative` once it is inlined.
inline std::string joined_path(const char* dir, const std::string& relative) {
    std::string path = dir;
    path += '/';
    path += relative;
    return path;
}
inline std::string source_path(const std::string& relative) { return joined_path(WIREKIT_SOURCE_DIR, relative); }
inline std::string shared_path(const std::string& relative) { return joined_path(WIREKIT_SHARED_DIR, relative); }

// The whole file; fails the test (throws) when it cannot be read.
std::string read_file(const std::string& path);

}  // namespace wirekit::test
