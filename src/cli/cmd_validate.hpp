#pragma once
// wirekit validate [-f FMT] [INPUT...]
#include <CLI/App.hpp>
#include <cstddef>
#include <string>
#include <vector>

#include "cli/options.hpp"

namespace wirekit {

struct ValidateOptions {
    std::vector<std::string> inputs;
    std::string from;
    std::size_t max_input_size = 0;
    bool warnings_as_errors = false;
};

void add_validate_command(CLI::App& app, ValidateOptions& options);
int run_validate(const ValidateOptions& options, const GlobalOptions& global);

}  // namespace wirekit
