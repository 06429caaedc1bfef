#include "cli/batch_inputs.hpp"

#include <algorithm>
#include <filesystem>
#include <system_error>

#include "report/error.hpp"

namespace wirekit {

namespace fs = std::filesystem;

namespace {

std::string child_path(const std::string& dir, const std::string& name) {
    return dir.ends_with('/') ? dir + name : dir + "/" + name;
}

bool same_folder(const std::string& a, const std::string& b) {
    std::error_code ec;
    return !b.empty() && fs::equivalent(a, b, ec);
}

void add_folder(const std::string& dir, bool recursive, const std::string& skip, std::vector<std::string>& out) {
    std::error_code ec;
    std::vector<std::string> names;
    for (fs::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) {
        std::string name = it->path().filename().string();
        if (!name.starts_with('.')) names.push_back(std::move(name));
    }
    if (ec) throw Error(Exit::no_input, "cannot list the folder: " + ec.message(), dir);
    std::sort(names.begin(), names.end());
    for (const auto& name : names) {
        std::string path = child_path(dir, name);
        auto link = fs::symlink_status(path, ec);
        bool folder = fs::is_directory(path, ec);
        if (!folder) {
            out.push_back(path);
        } else if (recursive && !fs::is_symlink(link) && !same_folder(path, skip)) {
            add_folder(path, recursive, skip, out);
        }
    }
}

}  // namespace

std::vector<std::string> batch_input_files(const std::vector<std::string>& inputs, bool recursive, const std::string& skip) {
    std::vector<std::string> out;
    for (const auto& input : inputs) {
        std::error_code ec;
        if (input != "-" && fs::is_directory(input, ec))
            add_folder(input, recursive, skip, out);
        else
            out.push_back(input);
    }
    return out;
}

}  // namespace wirekit
