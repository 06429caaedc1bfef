#include "support/golden.hpp"

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>

#include "support/paths.hpp"

namespace wirekit::test {

namespace {
bool accepting() {
    const char* v = std::getenv("WIREKIT_ACCEPT");
    return v && std::string(v) == "1";
}
}  // namespace

bool matches_golden(const std::string& path, const std::string& actual) {
    std::string expected;
    bool exists = std::filesystem::exists(path);
    if (exists) expected = read_file(path);
    if (exists && expected == actual) return true;
    if (!accepting()) return false;
    std::filesystem::create_directories(std::filesystem::path(path).parent_path());
    std::ofstream(path, std::ios::binary) << actual;
    return true;
}

std::vector<std::string> files_in(const std::string& dir, const std::string& suffix) {
    std::vector<std::string> out;
    for (const auto& entry : std::filesystem::directory_iterator(dir)) {
        std::string name = entry.path().filename().string();
        if (entry.is_regular_file() && name.ends_with(suffix)) out.push_back(entry.path().string());
    }
    std::sort(out.begin(), out.end());
    return out;
}

}  // namespace wirekit::test
