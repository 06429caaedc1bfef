#pragma once
// wirekit fetch URL... [--state FILE] [--new-only] [convert options]
#include <CLI/App.hpp>
#include <cstddef>
#include <string>

#include "cli/cmd_convert.hpp"
#include "cli/http_options.hpp"
#include "cli/options.hpp"

namespace wirekit {

struct FetchOptions {
    ConvertOptions convert;  // its inputs are the URLs
    std::string state;       // the state file, "" for none
    bool new_only = false;
    std::size_t remember = 10000;  // ids kept per URL for --new-only
    HttpOptions http;
};

void add_fetch_command(CLI::App& app, FetchOptions& options);
int run_fetch(const FetchOptions& options, const GlobalOptions& global);

}  // namespace wirekit
