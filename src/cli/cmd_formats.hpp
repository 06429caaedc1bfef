#pragma once
// wirekit formats
#include <CLI/App.hpp>

namespace wirekit {

void add_formats_command(CLI::App& app);
int run_formats();

}  // namespace wirekit
