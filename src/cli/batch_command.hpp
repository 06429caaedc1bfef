#pragma once
// The batch side of `wirekit convert`: -o FOLDER/ with files or folders in,
// one output file per input (or per article with --split).
#include <CLI/App.hpp>
#include <string>

#include "cli/cmd_convert.hpp"
#include "cli/options.hpp"

namespace wirekit {

// --recursive, --split, --name, --force, --fail-fast, and -j (which a single
// input uses too: how many of its items are read at a time).
void add_batch_options(CLI::App& cmd, ConvertOptions& options);

// Whether -o OUTPUT asks for a batch: it ends in '/'. (A folder named
// without the '/' stays an error, so that a slip cannot start a batch.)
bool is_batch_output(const std::string& output);

// Throws Error 64 when a batch option is given without an output folder.
void check_not_batch(const ConvertOptions& options);

// Converts the inputs of OPTIONS into the folder -o names (created when
// missing); prints a summary with -v. Returns the exit status: 0, or that of
// the first input that failed.
int run_batch_convert(const ConvertOptions& options, const GlobalOptions& global);

}  // namespace wirekit
