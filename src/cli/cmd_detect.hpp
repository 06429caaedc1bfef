#pragma once
// wirekit detect [INPUT...]
#include <CLI/App.hpp>
#include <string>
#include <vector>


namespace wirekit {

struct DetectOptions {
    std::vector<std::string> inputs;
    std::size_t max_input_size = 0;
};

void add_detect_command(CLI::App& app, DetectOptions& options);
int run_detect(const DetectOptions& options);

}  // namespace wirekit
