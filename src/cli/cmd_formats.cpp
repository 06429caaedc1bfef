#include "cli/cmd_formats.hpp"

#include <iostream>
#include <string>

#include "registry/format.hpp"

namespace wirekit {

void add_formats_command(CLI::App& app) {
    app.add_subcommand("formats", "List the formats, their aliases and suffixes, and whether each reads and writes");
}

namespace {

std::string joined(const std::vector<std::string_view>& items) {
    std::string out;
    for (auto i : items) out += (out.empty() ? "" : ",") + std::string(i);
    return out.empty() ? "-" : out;
}

std::string padded(std::string s, std::size_t width) {
    if (s.size() < width) s.append(width - s.size(), ' ');
    return s;
}

}  // namespace

int run_formats() {
    std::cout << padded("FORMAT", 10) << padded("READ", 6) << padded("WRITE", 7) << padded("ALIASES", 14)
              << padded("SUFFIXES", 20) << "DESCRIPTION\n";
    for (const auto& f : all_formats()) {
        std::cout << padded(std::string(f.id), 10) << padded(f.read ? "yes" : "no", 6) << padded(f.write ? "yes" : "no", 7)
                  << padded(joined(f.aliases), 14) << padded(joined(f.suffixes), 20) << f.description << '\n';
        for (const auto& v : f.variants)
            std::cout << padded("", 57) << padded("+" + std::string(v.name), 12) << v.description << '\n';
    }
    return 0;
}

}  // namespace wirekit
