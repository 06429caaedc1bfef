#pragma once
// The options of convert that fetch and push share, registered and
// interpreted in one place: how inputs are read (-f, --lang, --date,
// --strict, --max-input-size) and how the output is written (-t, --wrap, --now).
#include <CLI/App.hpp>
#include <optional>

#include "cli/cmd_convert.hpp"
#include "cli/read_inputs.hpp"
#include "registry/format.hpp"

namespace wirekit {

void add_reading_options(CLI::App& cmd, ConvertOptions& options);
void add_writing_options(CLI::App& cmd, ConvertOptions& options);

// The settings for reading, each input's items read -j at a time.
InputSettings input_settings(const ConvertOptions& options);

// What -j is when not given: one per processor this process may run on.
unsigned default_jobs();

// --now, else SOURCE_DATE_EPOCH; the clock is read only by a writer that
// needs it. Throws Error 64 for a --now that is not an RFC 3339 instant.
std::optional<DateTime> writing_time(const std::string& now);

// The writer's options for the output detection OUT (its variants), --wrap and --now.
WriteOptions writing_options(const ConvertOptions& options, const Detection& out, Diagnostics& diag);

}  // namespace wirekit
