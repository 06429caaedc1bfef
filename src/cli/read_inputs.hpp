#pragma once
// Reading the inputs of a command into one document: detection, decoding and
// the reader, with what each step decided noted for -v.
#include <CLI/App.hpp>
#include <cstddef>
#include <string>
#include <vector>

#include "io/input.hpp"
#include "registry/detect.hpp"
#include "report/diagnostics.hpp"

namespace wirekit {

struct InputSettings {
    std::string from;            // -f
    std::string language;        // --lang
    std::string reference_date;  // --date, YYYY-MM-DD
    bool strict = false;         // --strict
    std::size_t max_input_size = 0;  // 0: the default limit
    bool repair_encoding = true;     // off with --no-repair-encoding
    unsigned threads = 1;            // -j: items of one feed read at a time
};

// --max-input-size, shared by every command that reads inputs.
void add_input_limit_option(CLI::App& cmd, std::size_t& max_input_size);

// Checks the settings that need no input (-f, --date), so that a usage error
// is reported before any input is read. Throws Error 64.
void check_input_settings(const InputSettings& settings);

// Reads every input (none means stdin) and appends their articles in order;
// the feed information comes from the first input that has any.
Document read_inputs(const std::vector<std::string>& names, const InputSettings& settings, Diagnostics& diag);

// The options for reading INPUT (its bytes are not looked at), noting for -v
// which reader reads it.
ReadOptions read_options_for(const Input& input, const Detection& detection, const InputSettings& settings,
                             Diagnostics& diag);

// Reads one input that has been loaded and detected already.
Document read_input_document(const Input& input, const Detection& detection, const InputSettings& settings,
                             Diagnostics& diag);

}  // namespace wirekit
