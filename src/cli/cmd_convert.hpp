#pragma once
// wirekit convert [-f FMT] [-t FMT] [-o OUT] [INPUT...]
#include <CLI/App.hpp>
#include <string>
#include <vector>

#include "cli/options.hpp"

namespace wirekit {

struct ConvertOptions {
    std::vector<std::string> inputs;
    std::string from;
    std::string to;
    std::string output = "-";
    int wrap = 0;
    std::string language;
    std::string reference_date;
    std::string now;
    bool strict = false;
    std::size_t max_input_size = 0;
};

void add_convert_command(CLI::App& app, ConvertOptions& options);
int run_convert(const ConvertOptions& options, const GlobalOptions& global);

}  // namespace wirekit
