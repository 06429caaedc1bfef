#pragma once
// wirekit convert [-f FMT] [-t FMT] [-o OUT] [INPUT...]
// wirekit convert -t FMT -o OUTDIR/ [--split] [--name TEMPLATE] INPUT...   (batch)
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
    bool no_repair_encoding = false;
    std::size_t max_input_size = 0;
    // batch conversion, into the folder -o names
    bool recursive = false;
    bool split = false;
    std::string name_template;  // "" : the default for split or not
    bool force = false;
    bool fail_fast = false;
    unsigned jobs = 0;  // -j: inputs of a batch, or items of one input, at a time; 0: one per core
};

void add_convert_command(CLI::App& app, ConvertOptions& options);
int run_convert(const ConvertOptions& options, const GlobalOptions& global);

}  // namespace wirekit
