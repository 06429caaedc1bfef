#pragma once
// Printing diagnostics on stderr as -v / -q ask.
#include "cli/options.hpp"
#include "core/diagnostics.hpp"

namespace wirekit {

// Warnings always (unless -q), notes only with -v.
void print_diagnostics(const Diagnostics& diag, const GlobalOptions& global);

}  // namespace wirekit
