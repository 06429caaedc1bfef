#include "support/paths.hpp"

#include <fstream>
#include <sstream>
#include <stdexcept>

namespace wirekit::test {

std::string read_file(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) throw std::runtime_error("cannot read " + path);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

}  // namespace wirekit::test
